import { LIMITS } from '@pnetz/shared';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { csrfProtection } from './auth/session';
import type { DatabaseHealth } from './db/health';
import type { Wiring } from './feature';
import { databaseUnavailable } from './http/database-unavailable';
import { apiNotFound, errorHandler } from './http/error-handler';
import { healthRoutes } from './http/health.routes';
import { serveClient } from './http/static-client';
import { buildOpenApiDocument } from './http/openapi';
import { createRouteBinder } from './http/route';
import { authenticateRequest } from './auth/auth.routes';
import { categoryLogger } from './logger';

export interface AppDeps {
  /** What the features share; `wiring.features` are mounted in list order. */
  wiring: Wiring;
  sessionMiddleware: RequestHandler;
  /** The database probe: while it says down, API requests get a clear 503 instead of hanging. */
  databaseHealth?: DatabaseHealth;
}

/** Builds the Express app. Tests call this with their own dependencies. */
export function createApp(deps: AppDeps): express.Express {
  const { wiring } = deps;
  const { env } = wiring;
  const app = express();
  const httpLogger = categoryLogger(wiring.logger, 'http');
  const bind = createRouteBinder(authenticateRequest);

  if (env.TRUST_PROXY) app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The built client loads only its own scripts and styles; images may be data: URIs.
          'img-src': [
            "'self'",
            'data:',
            'blob:',
            ...(env.MAP_TILE_URL ? [new URL(env.MAP_TILE_URL.split('{')[0]!).origin] : []),
          ],
          'upgrade-insecure-requests': env.NODE_ENV === 'production' ? [] : null,
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger: httpLogger,
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/api/ready' },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
    }),
  );

  // API responses (lists, figures, exports) go out compressed when the client accepts it; the
  // client's assets are compressed at build time already.
  app.use(compression());

  // Routes carry their full path from the contract, so routers mount at the root.
  // Probes and the API description need no session.
  app.use(healthRoutes(bind));
  const openApi = buildOpenApiDocument('0.1.0');
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  // From here on requests need the database: while it does not answer they get a 503 at once.
  if (deps.databaseHealth) app.use('/api', databaseUnavailable(deps.databaseHealth));
  app.use(
    '/api',
    express.json({ limit: LIMITS.jsonBodyBytes, strict: true }),
    deps.sessionMiddleware,
    csrfProtection,
  );
  // Every feature's routes, in the order of features.ts.
  for (const feature of wiring.features) if (feature.routes) app.use(feature.routes(bind, wiring));
  app.use('/api', apiNotFound());

  serveClient(app, env.CLIENT_DIST);
  app.use(errorHandler(httpLogger));
  return app;
}
