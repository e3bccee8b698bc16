import type { Server as HttpServer, IncomingMessage } from 'node:http';
import {
  ClientEvent,
  LIMITS,
  ServerEvent,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@pnetz/shared';
import { socketParser } from '@pnetz/shared/socket-parser';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Server, type Socket } from 'socket.io';
import type { RedisClient } from '../scale/redis';
import type { AccessChange } from './access-change';
import type { Actor } from '../auth/actor';
import type { SessionEvents } from '../auth/session-events';
import type { Logger } from '../logger';

export interface SocketData {
  actor: Actor;
  sessionId: string;
}

/** Events between server instances (through the Socket.IO adapter when several run). */
export const InterServerEvent = {
  /** An access change: every instance re-evaluates its live connections (access-changes.ts). */
  AccessChanged: 'access:changed',
} as const;

export interface InterServerEvents {
  [InterServerEvent.AccessChanged]: (change: AccessChange) => void;
}

export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export const rooms = {
  session: (sessionId: string) => `session:${sessionId}`,
  user: (userId: string) => `user:${userId}`,
  /** Members of one council; joined through `workspace:join` (see workspace-rooms.ts). */
  workspace: (workspaceId: string) => `workspace:${workspaceId}`,
  /** Viewers of one project; joined through `project:join` (see projects/projects.realtime.ts). */
  project: (projectId: string) => `project:${projectId}`,
};

/**
 * Refuses browser connections from foreign origins: cookies ride along on cross-site WebSocket
 * handshakes, so without this check another site could act with a user's session.
 */
export function sameOrigin(req: IncomingMessage, allowed: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // Not a browser (e.g. Node clients, which carry no ambient cookies).
  if (allowed && origin === new URL(allowed).origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function createRealtime(deps: {
  httpServer: HttpServer;
  /** The session's actor and id from the handshake's cookie, or null (signed out). */
  authenticate: (req: IncomingMessage) => Promise<{ actor: Actor; sessionId: string } | null>;
  sessions: SessionEvents;
  logger: Logger;
  publicUrl: string | undefined;
  /** With several instances, rooms span all of them through a Redis stream. */
  redis?: RedisClient;
}): RealtimeServer {
  const { logger } = deps;
  const io: RealtimeServer = new Server(deps.httpServer, {
    maxHttpBufferSize: LIMITS.socketMessageBytes,
    // One binary frame per collaboration message (see the parser).
    parser: socketParser,
    // WebSocket upgrades for other paths (the y-websocket endpoint /collab) are not ours to end.
    destroyUpgrade: false,
    allowRequest: (req, callback) => callback(null, sameOrigin(req, deps.publicUrl)),
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    ...(deps.redis ? { adapter: createAdapter(deps.redis) } : {}),
  });

  // The Socket.IO handshake carries the same session cookie as the REST API.
  io.use((socket, next) => {
    deps.authenticate(socket.request).then(
      (signedIn) => {
        if (!signedIn) return next(new Error('unauthenticated'));
        socket.data.actor = signedIn.actor;
        socket.data.sessionId = signedIn.sessionId;
        next();
      },
      (error: unknown) => {
        logger.warn({ err: error }, 'socket authentication failed');
        next(new Error('unavailable'));
      },
    );
  });

  io.on('connection', (socket: RealtimeSocket) => {
    const { actor, sessionId } = socket.data;
    void socket.join([rooms.session(sessionId), rooms.user(actor.id)]);
    socket.on(ClientEvent.Ping, (ack) => {
      if (typeof ack === 'function') ack({ ok: true, at: new Date().toISOString() });
    });
  });

  // This instance's sockets of the session at once; the other instances' through the access
  // change every ended session publishes (server.ts). Local only: a notice sent through the
  // Redis adapter is published first and sent afterwards, so the disconnect would overtake it.
  deps.sessions.onEnded((sessionId) => {
    io.local.to(rooms.session(sessionId)).emit(ServerEvent.SessionEnded);
    io.local.in(rooms.session(sessionId)).disconnectSockets(true);
  });

  return io;
}
