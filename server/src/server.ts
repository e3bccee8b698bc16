import http from 'node:http';
import type * as Y from 'yjs';
import { createApp } from './app';
import { authenticateRequest } from './auth/auth.routes';
import { LoginLimiter } from './auth/login-limiter';
import { createSessionMiddleware } from './auth/session';
import { SessionEvents } from './auth/session-events';
import type { Env } from './env';
import { categoryLogger, type Logger } from './logger';
import { planPersistedHook } from './plans/plan-documents';
import { authorizePlanDocument } from './plans/plans.service';
import { AutoVersioner } from './plans/versions.service';
import type { DocumentOptions } from './realtime/collab/document';
import {
  CollabDocuments,
  DEFAULT_COLLAB_TUNING,
  type CollabTuning,
} from './realtime/collab/documents';
import { mongoLeases, soleLeases } from './realtime/collab/leases';
import { mongoPersistence, type CollabPersistence } from './realtime/collab/persistence';
import { COLLAB_ROOM_PREFIX, attachSocketIoTransport } from './realtime/collab/socketio-transport';
import { attachRevalidation } from './realtime/collab/revalidation';
import { attachWebSocketTransport } from './realtime/collab/websocket-transport';
import { createRealtime, sameOrigin, type RealtimeServer } from './realtime/io';
import type { Scale } from './scale';
import { attachWorkspaceRooms } from './realtime/workspace-rooms';
import { ProgrammeEvents } from './programme/programme-events';
import { attachProgrammeRealtime } from './programme/programme.realtime';
import { attachProjectFeature, createProjectWiring } from './projects/feature';
import { createTrainingContext, startTrainingJobs } from './training/feature';
import { mayJoinProjectRoom } from './projects/projects.realtime';
import { guardRecovery, mayStayInWorkspaceRoom } from './realtime/recovery-guard';
import { WorkspaceEvents } from './workspaces/workspace-events';
import { ExchangeEvents } from './exchange/exchange-events';
import { attachExchangeRealtime, mayStayInExchangeRoom } from './exchange/exchange.realtime';
import { authorizeMinutesDocument, firstAuthorizer } from './exchange/minutes';
import { searchPersistedHook } from './search/persisted-hook';

export interface PraeventionsnetzServer {
  httpServer: http.Server;
  io: RealtimeServer;
  documents: CollabDocuments;
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
}

/** Wires app, Socket.IO and the collaborative transports onto one HTTP server. */
export function createServer(
  env: Env,
  logger: Logger,
  options: ServerOptions = {},
): PraeventionsnetzServer {
  const collabLogger = categoryLogger(logger, 'collab');
  const sessions = new SessionEvents();
  const workspaceEvents = new WorkspaceEvents();
  const programmeEvents = new ProgrammeEvents();
  const projects = createProjectWiring(env, logger);
  const training = createTrainingContext(env, logger, projects.mailer, projects.notifier);
  const sessionMiddleware = createSessionMiddleware(env);

  // Versions look documents up lazily: the registry below is created with this hook.
  const versions = new AutoVersioner((planId) => documents.peek(planId));
  const planPersisted = planPersistedHook({ versions, logger: collabLogger });
  // Plans and meeting minutes share the sync core; the search index follows both.
  const indexPersisted = searchPersistedHook({ logger: collabLogger });
  const onPersisted = async (name: string, doc: Y.Doc) => {
    indexPersisted(name, doc);
    await planPersisted(name, doc);
  };
  // A document id names a plan or a meeting's minutes; each feature's policy decides its own.
  const authorizeDocument = firstAuthorizer(authorizePlanDocument, authorizeMinutesDocument);
  const exchangeEvents = new ExchangeEvents();
  const documents = new CollabDocuments({
    persistence: options.persistence ?? mongoPersistence,
    logger: collabLogger,
    ...DEFAULT_COLLAB_TUNING,
    ...options.collab,
    ...options.collabHooks,
    onPersisted,
    ...(options.scale
      ? { relay: options.scale.relay, leases: mongoLeases(options.scale.relay.instanceId) }
      : { leases: soleLeases }),
  });

  // Bound once Socket.IO exists; routes only call it later, on requests.
  const revalidation: { documentAccessChanged?: (docName: string) => void } = {};
  const app = createApp({
    documentAccessChanged: (docName) => revalidation.documentAccessChanged?.(docName),
    env,
    logger,
    sessionMiddleware,
    sessions,
    limiter: new LoginLimiter(options.scale?.redis),
    documents,
    workspaceEvents,
    programmeEvents,
    exchangeEvents,
    mailer: projects.mailer,
    projects,
    training,
  });
  const httpServer = http.createServer(app);
  const io = createRealtime({
    httpServer,
    sessionMiddleware,
    authenticate: authenticateRequest,
    sessions,
    logger: categoryLogger(logger, 'realtime'),
    publicUrl: env.PUBLIC_URL,
    ...(options.scale ? { redis: options.scale.redis } : {}),
  });
  attachWorkspaceRooms({ io, events: workspaceEvents, logger: categoryLogger(logger, 'realtime') });
  attachProgrammeRealtime({
    io,
    events: programmeEvents,
    logger: categoryLogger(logger, 'realtime'),
  });
  const projectFeature = attachProjectFeature({ io, env, logger, wiring: projects });
  const trainingJobs = startTrainingJobs(training, categoryLogger(logger, 'app'));
  attachExchangeRealtime({
    io,
    events: exchangeEvents,
    workspaceEvents,
    logger: categoryLogger(logger, 'realtime'),
  });
  // Restored sessions are checked against the room rules before they get anything (see there).
  guardRecovery(
    io,
    {
      workspace: mayStayInWorkspaceRoom,
      project: mayJoinProjectRoom,
      exchange: mayStayInExchangeRoom,
    },
    categoryLogger(logger, 'realtime'),
    [COLLAB_ROOM_PREFIX],
  );
  attachSocketIoTransport({
    io,
    documents,
    authorize: authorizeDocument,
    logger: collabLogger,
  });
  revalidation.documentAccessChanged = attachRevalidation({
    io,
    documents,
    authorize: authorizeDocument,
    workspaceEvents,
    logger: collabLogger,
    otherInstances: Boolean(options.scale),
  }).documentAccessChanged;
  const websocket = attachWebSocketTransport({
    httpServer,
    sessionMiddleware,
    authenticate: authenticateRequest,
    authorize: authorizeDocument,
    documents,
    isAllowedOrigin: (req) => sameOrigin(req, env.PUBLIC_URL),
    logger: collabLogger,
  });

  return {
    httpServer,
    io,
    documents,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(env.PORT, env.HOST, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : env.PORT);
        });
      }),
    close: async () => {
      websocket.close();
      // io.close() disconnects every socket and closes the HTTP server, which then waits for
      // in-flight requests; idle keep-alive connections are dropped so it does not hang.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      versions.stop();
      projectFeature.stop();
      trainingJobs.stop();
      await documents.closeAll();
    },
  };
}
