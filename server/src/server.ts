import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import { createApp } from './app';
import { authenticateRequest } from './auth/auth.routes';
import { LoginLimiter } from './auth/login-limiter';
import { authenticateHandshake, createSessionMiddleware } from './auth/session';
import { DatabaseHealth, type DatabaseHealthOptions } from './db/health';
import { SessionEvents } from './auth/session-events';
import type { Env } from './env';
import { ExchangeEvents } from './exchange/exchange-events';
import { collect, type Feature, type Wiring } from './feature';
import { FEATURES } from './features';
import { categoryLogger, type Logger } from './logger';
import { planPersistedHook } from './plans/plan-documents';
import { AutoVersioner } from './plans/versions.service';
import { ProgrammeEvents } from './programme/programme-events';
import { createProjectWiring } from './projects/wiring';
import { AccessChanges } from './realtime/access-changes';
import { firstAuthorizer } from './realtime/collab/authorize';
import type { DocumentOptions } from './realtime/collab/document';
import {
  CollabDocuments,
  DEFAULT_COLLAB_TUNING,
  type CollabTuning,
} from './realtime/collab/documents';
import { mongoLeases } from './realtime/collab/leases';
import { mongoPersistence, type CollabPersistence } from './realtime/collab/persistence';
import { COLLAB_ROOM_PREFIX, attachSocketIoTransport } from './realtime/collab/socketio-transport';
import { attachWebSocketTransport } from './realtime/collab/websocket-transport';
import { createRealtime, sameOrigin, type RealtimeServer } from './realtime/io';
import { guardRecovery, roomGuards } from './realtime/recovery-guard';
import type { Scale } from './scale';
import { searchPersistedHook } from './search/persisted-hook';
import { WorkspaceEvents } from './workspaces/workspace-events';
import { AnalysisEvents } from './analysis/analysis-events';
import { SurveyLimiter } from './analysis/survey-limiter';
import { createTrainingContext } from './training/wiring';

export interface PraeventionsnetzServer {
  httpServer: http.Server;
  io: RealtimeServer;
  documents: CollabDocuments;
  /** Whether the database answers (its own probe); API requests get a 503 while it does not. */
  databaseHealth: DatabaseHealth;
  /** Listens on env.HOST:env.PORT (0 = a free port) and resolves with the bound port. */
  listen(): Promise<number>;
  /**
   * Stops accepting, finishes in-flight requests, closes sockets, and stores every pending
   * collaborative update. The database connection stays open (the caller closes it).
   */
  close(): Promise<void>;
}

export interface ServerOptions {
  collab?: Partial<CollabTuning>;
  persistence?: CollabPersistence;
  /** Observers for measurements (benchmarks) and tests. */
  collabHooks?: Pick<DocumentOptions, 'onFlushed' | 'onUpdate'>;
  /** Redis, when running as one of several instances (REDIS_URL). */
  scale?: Scale;
  /** The features to assemble (default: all of features.ts); tests may add their own. */
  features?: readonly Feature[];
  /** The database probe's timing (tests make it quicker). */
  databaseHealth?: Partial<DatabaseHealthOptions>;
}

/** Wires app, Socket.IO and the collaborative transports onto one HTTP server. */
export function createServer(
  env: Env,
  logger: Logger,
  options: ServerOptions = {},
): PraeventionsnetzServer {
  const collabLogger = categoryLogger(logger, 'collab');
  const realtimeLogger = categoryLogger(logger, 'realtime');
  const features = options.features ?? FEATURES;
  const sessionMiddleware = createSessionMiddleware(env);

  // Versions look documents up lazily: the registry below is created with this hook.
  const versions = new AutoVersioner((planId) => documents.peek(planId));
  const planPersisted = planPersistedHook({ versions, logger: collabLogger });
  // Plans and meeting minutes share the sync core; the search index follows both.
  const indexPersisted = searchPersistedHook({
    logger: collabLogger,
    sources: collect.search(features),
  });
  const onPersisted = async (name: string, doc: Y.Doc) => {
    indexPersisted(name, doc);
    await planPersisted(name, doc);
  };
  const documents = new CollabDocuments({
    persistence: options.persistence ?? mongoPersistence,
    logger: collabLogger,
    ...DEFAULT_COLLAB_TUNING,
    ...options.collab,
    ...options.collabHooks,
    onPersisted,
    // Leases even on one instance: their fencing tokens guard every snapshot write, also against
    // a previous process of this instance that was frozen rather than stopped.
    leases: mongoLeases(options.scale?.relay.instanceId ?? randomUUID()),
    ...(options.scale ? { relay: options.scale.relay } : {}),
  });

  const access = new AccessChanges();
  const projects = createProjectWiring(env, logger);
  const wiring: Wiring = {
    env,
    logger,
    mailer: projects.mailer,
    sessions: new SessionEvents(),
    limiter: new LoginLimiter(options.scale?.redis),
    resetLimiter: new LoginLimiter(options.scale?.redis, 'reset'),
    surveyLimiter: new SurveyLimiter(options.scale?.redis),
    documents,
    // A document id names a plan or a meeting's minutes; each feature's policy decides its own.
    authorizeDocument: firstAuthorizer(...collect.documents(features)),
    access,
    workspaceEvents: new WorkspaceEvents(access),
    programmeEvents: new ProgrammeEvents(),
    exchangeEvents: new ExchangeEvents(),
    analysisEvents: new AnalysisEvents(),
    training: createTrainingContext(env, logger, projects.mailer, projects.notifier),
    projects,
    features,
  };

  // An ended session (logout) ends its live connections on every instance, documents included.
  wiring.sessions.onEnded((sessionId) => void access.publish({ kind: 'session', sessionId }));
  const databaseHealth = new DatabaseHealth(categoryLogger(logger, 'db'), options.databaseHealth);
  const app = createApp({ wiring, sessionMiddleware, databaseHealth });
  const httpServer = http.createServer(app);
  // Both WebSocket paths (Socket.IO and /collab) sign in with the REST session's cookie.
  const authenticateSocket = (req: IncomingMessage) =>
    authenticateHandshake(req, sessionMiddleware, authenticateRequest);
  const io = createRealtime({
    httpServer,
    authenticate: authenticateSocket,
    sessions: wiring.sessions,
    logger: realtimeLogger,
    publicUrl: env.PUBLIC_URL,
    ...(options.scale ? { redis: options.scale.redis } : {}),
  });
  const stoppers = features.flatMap((feature) => feature.realtime?.({ io, wiring }) ?? []);
  const channels = collect.live(features, wiring);
  // Every registered channel is re-evaluated on every access change, on every instance …
  access.attach({ io, channels, otherInstances: Boolean(options.scale), logger: realtimeLogger });
  // … and restored sessions are checked against the same rules before they get anything.
  guardRecovery(io, roomGuards(channels), realtimeLogger, [COLLAB_ROOM_PREFIX]);
  attachSocketIoTransport({
    io,
    documents,
    authorize: wiring.authorizeDocument,
    logger: collabLogger,
  });
  const websocket = attachWebSocketTransport({
    httpServer,
    authenticate: authenticateSocket,
    authorize: wiring.authorizeDocument,
    documents,
    isAllowedOrigin: (req) => sameOrigin(req, env.PUBLIC_URL),
    logger: collabLogger,
    sessions: wiring.sessions,
    accessGeneration: () => access.generation,
  });

  return {
    httpServer,
    io,
    documents,
    databaseHealth,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(env.PORT, env.HOST, () => {
          databaseHealth.start();
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : env.PORT);
        });
      }),
    close: async () => {
      databaseHealth.stop();
      websocket.close();
      // io.close() disconnects every socket and closes the HTTP server, which then waits for
      // in-flight requests; idle keep-alive connections are dropped so it does not hang.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      versions.stop();
      for (const stopper of stoppers) stopper.stop();
      await projects.mailer.close();
      await documents.closeAll();
    },
  };
}
