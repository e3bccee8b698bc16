import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '@pnetz/shared';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { auditRoutes } from './audit/audit.routes';
import { adminRoutes } from './admin/admin.routes';
import { authRoutes, authenticateRequest } from './auth/auth.routes';
import type { LoginLimiter } from './auth/login-limiter';
import { csrfProtection } from './auth/session';
import type { SessionEvents } from './auth/session-events';
import type { Env } from './env';
import { apiNotFound, errorHandler } from './http/error-handler';
import { healthRoutes } from './http/health.routes';
import { buildOpenApiDocument } from './http/openapi';
import { createRouteBinder } from './http/route';
import { categoryLogger, type Logger } from './logger';
import { mailRoutes } from './mail/mail.routes';
import { createMailer, type Mailer } from './mail/mailer';
import { planRoutes } from './plans/plans.routes';
import type { CollabDocuments } from './realtime/collab/documents';
import { privacyRoutes } from './privacy/privacy.routes';
import { ProgrammeEvents } from './programme/programme-events';
import { programmeRoutes } from './programme/programme.routes';
import { createProjectWiring, projectFeatureRoutes, type ProjectWiring } from './projects/feature';
import { ssoRoutes } from './sso/sso.routes';
import { ExchangeEvents } from './exchange/exchange-events';
import { exchangeRoutes } from './exchange/exchange.routes';
import { matchingRoutes } from './exchange/matching/matching.routes';
import { meetingRoutes } from './exchange/meetings.routes';
import { reportRoutes } from './exchange/reports/reports.routes';
import { searchRoutes } from './search/search.routes';
import type { TrainingContext } from './training/context';
import { createTrainingContext, trainingRoutes } from './training/feature';
import type { WorkspaceEvents } from './workspaces/workspace-events';
import { workspaceRoutes } from './workspaces/workspaces.routes';

export interface AppDeps {
  env: Env;
  logger: Logger;
  sessionMiddleware: RequestHandler;
  sessions: SessionEvents;
  limiter: LoginLimiter;
  documents: CollabDocuments;
  /** Tells open collaborative connections of a document to check their access again. */
  documentAccessChanged: (docName: string) => void;
  /** Membership changes, shared with the realtime layer (sockets leave rooms at once). */
  workspaceEvents: WorkspaceEvents;
  /** Defaults to SMTP when SMTP_URL is set, else the outbox. */
  mailer?: Mailer;
  /** Project and notification events, shared with the realtime layer and the jobs. */
  projects?: ProjectWiring;
  /** Programme record changes, shared with the realtime layer (live dashboard). */
  programmeEvents?: ProgrammeEvents;
  /** Exchange posts and changes, shared with the realtime layer (live discussion). */
  exchangeEvents?: ExchangeEvents;
  /** Training mails and link secret, shared with the training jobs. */
  training?: TrainingContext;
}

/** Builds the Express app. Tests call this with their own dependencies. */
export function createApp(deps: AppDeps): express.Express {
  const { env } = deps;
  const app = express();
  const httpLogger = categoryLogger(deps.logger, 'http');
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

  // Routes carry their full path from the contract, so routers mount at the root.
  // Probes and the API description need no session.
  app.use(healthRoutes(bind));
  const openApi = buildOpenApiDocument('0.1.0');
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  app.use(
    '/api',
    express.json({ limit: LIMITS.jsonBodyBytes, strict: true }),
    deps.sessionMiddleware,
    csrfProtection,
  );
  app.use(authRoutes(bind, { limiter: deps.limiter, sessions: deps.sessions }));
  const mailer = deps.mailer ?? createMailer(env, categoryLogger(deps.logger, 'mail'));
  const events = deps.workspaceEvents;
  app.use(ssoRoutes(bind, { env, logger: categoryLogger(deps.logger, 'auth') }));
  app.use(
    workspaceRoutes(bind, {
      env,
      logger: categoryLogger(deps.logger, 'mail'),
      mailer,
      events,
      limiter: deps.limiter,
    }),
  );
  app.use(auditRoutes(bind));
  app.use(adminRoutes(bind, { env, logger: categoryLogger(deps.logger, 'mail'), mailer }));
  app.use(mailRoutes(bind, { mailer }));
  app.use(privacyRoutes(bind, { sessions: deps.sessions, events }));
  app.use(
    planRoutes(bind, {
      documents: deps.documents,
      documentAccessChanged: deps.documentAccessChanged,
    }),
  );
  const projectWiring = deps.projects ?? createProjectWiring(env, deps.logger, mailer);
  app.use(projectFeatureRoutes(bind, env, projectWiring));
  app.use(programmeRoutes(bind, { events: deps.programmeEvents ?? new ProgrammeEvents(), env }));
  const exchangeEvents = deps.exchangeEvents ?? new ExchangeEvents();
  app.use(exchangeRoutes(bind, { events: exchangeEvents }));
  app.use(meetingRoutes(bind, { events: exchangeEvents, documents: deps.documents, env }));
  app.use(reportRoutes(bind));
  app.use(matchingRoutes(bind));
  app.use(searchRoutes(bind));
  const training =
    deps.training ?? createTrainingContext(env, deps.logger, mailer, projectWiring.notifier);
  app.use(trainingRoutes(bind, training));
  app.use('/api', apiNotFound());

  serveClient(app, env.CLIENT_DIST);
  app.use(errorHandler(httpLogger));
  return app;
}

/** In production the same server serves the built client; unknown paths get the SPA's index. */
function serveClient(app: express.Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (req, res, next) => {
    if (req.path.startsWith('/socket.io') || req.path.startsWith('/collab')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
