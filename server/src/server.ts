import http from 'node:http';
import { createApp } from './app';
import { authenticateRequest } from './auth/auth.routes';
import { LoginLimiter } from './auth/login-limiter';
import { createSessionMiddleware } from './auth/session';
import { SessionEvents } from './auth/session-events';
import type { Env } from './env';
import { categoryLogger, type Logger } from './logger';
import { createRealtime, type RealtimeServer } from './realtime/io';

export interface PraeventionsnetzServer {
  httpServer: http.Server;
  io: RealtimeServer;
  /** Listens on env.HOST:env.PORT (0 = a free port) and resolves with the bound port. */
  listen(): Promise<number>;
  /** Stops accepting, finishes in-flight requests, closes sockets. The database stays open. */
  close(): Promise<void>;
}

/** Wires app and realtime onto one HTTP server. Expects the database to be connected. */
export function createServer(env: Env, logger: Logger): PraeventionsnetzServer {
  const sessions = new SessionEvents();
  const sessionMiddleware = createSessionMiddleware(env);
  const app = createApp({ env, logger, sessionMiddleware, sessions, limiter: new LoginLimiter() });
  const httpServer = http.createServer(app);
  const io = createRealtime({
    httpServer,
    sessionMiddleware,
    authenticate: authenticateRequest,
    sessions,
    logger: categoryLogger(logger, 'realtime'),
    publicUrl: env.PUBLIC_URL,
  });

  return {
    httpServer,
    io,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(env.PORT, env.HOST, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : env.PORT);
        });
      }),
    close: async () => {
      // io.close() disconnects every socket and closes the HTTP server, which then waits for
      // in-flight requests; idle keep-alive connections are dropped so it does not hang.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
    },
  };
}
