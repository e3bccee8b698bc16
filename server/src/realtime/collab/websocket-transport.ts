import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CollabMessageType,
  COLLAB_CLOSE_CODES,
  COLLAB_MAX_MESSAGE_BYTES,
  COLLAB_STATUS_PARAM,
  IdSchema,
  type DocumentAccess,
} from '@pnetz/shared';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Actor } from '../../auth/actor';
import type { SessionEvents } from '../../auth/session-events';
import type { Logger } from '../../logger';
import { currentActor } from '../live-actor';
import type { AuthorizeDocument } from './authorize';
import type { CollabConnection } from './connection';
import type { CollabDocuments } from './documents';
import { encodeAccess } from './messages';

export const COLLAB_PATH_PREFIX = '/collab/';
const HEARTBEAT_MS = 30_000;

/**
 * Serves the documents over the standard y-websocket protocol at `/collab/<document id>`: the
 * web client's editor connects here, and any Yjs client (y-websocket's WebsocketProvider in a
 * browser or in Node) syncs without our code. The handshake is authenticated by the same session
 * cookie as the REST API. A client that asks for status (`?status=1`) also learns what it may do
 * and whether its edits are stored.
 */
export function attachWebSocketTransport(deps: {
  httpServer: HttpServer;
  /** The session's actor and id from the upgrade request's cookie, or null (signed out). */
  authenticate: (req: IncomingMessage) => Promise<{ actor: Actor; sessionId: string } | null>;
  authorize: AuthorizeDocument;
  documents: CollabDocuments;
  isAllowedOrigin: (req: IncomingMessage) => boolean;
  logger: Logger;
  /** Ended sessions (logout, password change, ended on the account page) close their sockets. */
  sessions?: SessionEvents;
  /**
   * The count of access changes this instance has heard of (`AccessChanges.generation`). When it
   * is unchanged from the handshake to the admission, the session is not read a second time.
   */
  accessGeneration?: () => number;
}): { close(): void } {
  // Handshakes with the same cookie that arrive together (a browser whose open plans all
  // reconnect after a restart) share one read of the session and the person. This is safe here
  // because a connection is checked again at admission after any access change heard since its
  // handshake began; and the key holds the count of changes, so no handshake joins a read that
  // began before the last change this instance heard of.
  const inFlight = new Map<string, ReturnType<typeof deps.authenticate>>();
  const authenticate = (req: IncomingMessage): ReturnType<typeof deps.authenticate> => {
    const generation = deps.accessGeneration?.();
    const cookie = req.headers.cookie;
    if (generation === undefined || !cookie) return deps.authenticate(req);
    const key = `${generation} ${cookie}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = deps.authenticate(req).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };

  /** A connection's access asked again: its session and account, then the document's rule. */
  const recheck = async (
    actor: Actor,
    sessionId: string,
    docId: string,
  ): Promise<{ actor: Actor; access: DocumentAccess } | 'forbidden' | 'not_found'> => {
    const current = await currentActor(actor.id, sessionId);
    if (!current) return 'forbidden';
    const access = await deps.authorize(current, docId);
    return access ? { actor: current, access } : 'not_found';
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: COLLAB_MAX_MESSAGE_BYTES });
  const alive = new WeakSet<WebSocket>();
  const sessionOf = new WeakMap<WebSocket, string>();
  deps.sessions?.onEnded((sessionId) => {
    for (const ws of wss.clients) {
      if (sessionOf.get(ws) === sessionId) ws.close(COLLAB_CLOSE_CODES.forbidden, 'session ended');
    }
  });

  deps.httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(COLLAB_PATH_PREFIX)) return;
    void (async () => {
      const docId = url.pathname.slice(COLLAB_PATH_PREFIX.length);
      const followsStatus = url.searchParams.get(COLLAB_STATUS_PARAM) === '1';
      if (!IdSchema.safeParse(docId).success) return refuse(socket, 404, 'Not Found');
      if (!deps.isAllowedOrigin(req)) return refuse(socket, 403, 'Forbidden');
      const generation = deps.accessGeneration?.();
      const signedIn = await authenticate(req);
      if (!signedIn) return refuse(socket, 401, 'Unauthorized');
      const { actor, sessionId } = signedIn;
      const opened = await deps.documents.openChecked(docId, deps.authorize(actor, docId));
      if (!opened) return refuse(socket, 404, 'Not Found');
      const { document, granted: access } = opened;
      if (socket.destroyed) {
        deps.documents.release(document);
        return;
      }
      // An upgrade that does not complete (the client left during the checks, a bad handshake)
      // never reaches the callback below: the hold is given back when its socket closes.
      let upgraded = false;
      socket.once('close', () => {
        if (!upgraded) deps.documents.release(document);
      });
      // The handshake's answer and the first frames (what the client may do, the server's state
      // vector) leave in one write instead of one each: writes are system calls, which are
      // costly on virtual machines. The upgrade and an admission without a re-check run at once.
      socket.cork();
      try {
        wss.handleUpgrade(req, socket, head, (ws) => {
          upgraded = true;
          alive.add(ws);
          sessionOf.set(ws, sessionId);
          ws.on('pong', () => alive.add(ws));
          // Until it is admitted (below), the connection is a participant, so a revalidation finds
          // it, but nothing passes either way: an edit made by anyone after its session ended
          // must not reach it, and none of its edits may be applied.
          let held: Uint8Array[] | null = [];
          let heldInbound: Uint8Array[] | null = [];
          const denied = (reason: string) => {
            const encoder = encoding.createEncoder();
            encoding.writeVarUint(encoder, CollabMessageType.Auth);
            authProtocol.writePermissionDenied(encoder, reason);
            if (ws.readyState === ws.OPEN) ws.send(encoding.toUint8Array(encoder));
          };
          const connection: CollabConnection = {
            actor,
            sessionId,
            access,
            followsStatus,
            send: (data) => {
              if (held) held.push(data);
              else if (ws.readyState === ws.OPEN) ws.send(data);
            },
            close: (reason) => ws.close(COLLAB_CLOSE_CODES[reason], reason),
            notifyReadOnly: () => denied('read-only'),
            // y-websocket clients show a denied permission with its reason; there is no other way.
            notifyRefused: (reason) => denied(reason),
          };
          ws.on('message', (data: RawData, isBinary: boolean) => {
            if (!isBinary) return connection.close('malformed_update');
            if (heldInbound) heldInbound.push(toBytes(data));
            else document.handleMessage(connection, toBytes(data));
          });
          ws.on('close', () => {
            document.removeConnection(connection);
            deps.documents.release(document);
          });
          document.addConnection(connection);
          // A change of access heard while this connection was being set up (a session ended, a
          // role changed) was not applied to it: it was no participant yet. After one, it is
          // checked again, now that it is a participant; a change after that finds it among them.
          const admit = (granted: DocumentAccess) => {
            const outbound = held ?? [];
            const inbound = heldInbound ?? [];
            held = null;
            heldInbound = null;
            connection.access = granted;
            if (followsStatus) connection.send(encodeAccess(granted));
            for (const data of outbound) connection.send(data);
            for (const data of inbound) document.handleMessage(connection, data);
          };
          if (generation !== undefined && deps.accessGeneration?.() === generation) {
            admit(access);
            return;
          }
          recheck(actor, sessionId, docId).then(
            (result) => {
              if (typeof result === 'string') return connection.close(result);
              connection.actor = result.actor;
              admit(result.access);
            },
            // Not confirmed: the client reconnects and is checked from the start.
            () => connection.close('unloaded'),
          );
        });
      } finally {
        socket.uncork();
      }
    })().catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'collab upgrade failed');
      refuse(socket, 503, 'Service Unavailable');
    });
  });

  // Drops connections whose peer vanished without closing (laptop lid, lost network).
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(COLLAB_CLOSE_CODES.unloaded, 'server shutting down');
      wss.close();
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (socket.writable)
    socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
