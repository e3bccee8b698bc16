import {
  ClientEvent,
  CollabFrameSchema,
  CollabJoinSchema,
  ServerEvent,
  type CollabCloseReason,
  type DocumentAccess,
} from '@pnetz/shared';
import { Adapter, type BroadcastOptions } from 'socket.io-adapter';
import type { Logger } from '../../logger';
import type { RealtimeServer, RealtimeSocket } from '../io';
import type { AuthorizeDocument } from './authorize';
import type { BroadcastRoom, CollabConnection } from './connection';
import type { CollabDocument } from './document';
import type { CollabDocuments } from './documents';

interface OpenDocument {
  document: CollabDocument;
  connection: CollabConnection;
}

/**
 * Carries y-protocols messages over the app's Socket.IO connection, several documents per socket.
 * Every frame is parsed; the sync core decides what it may do.
 */
export function attachSocketIoTransport(deps: {
  io: RealtimeServer;
  documents: CollabDocuments;
  authorize: AuthorizeDocument;
  logger: Logger;
}): void {
  const rooms = new SocketIoRooms(deps.io);
  keepOutOfReplay(deps.io, ServerEvent.CollabMessage);
  deps.io.on('connection', (socket: RealtimeSocket) => {
    const open = new Map<string, OpenDocument>();

    const leave = (docId: string) => {
      const entry = open.get(docId);
      if (!entry) return;
      open.delete(docId);
      entry.document.removeConnection(entry.connection);
      deps.documents.release(entry.document);
    };

    socket.on(ClientEvent.CollabJoin, async (request, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = CollabJoinSchema.safeParse(request);
      if (!parsed.success) {
        ack({
          ok: false,
          error: { id: 'validation_failed', message: 'docId must be a document id' },
        });
        return;
      }
      const { docId } = parsed.data;
      try {
        const opened = await deps.documents.openChecked(
          docId,
          deps.authorize(socket.data.actor, docId),
        );
        if (!opened) {
          ack({ ok: false, error: { id: 'not_found', message: 'Document not found' } });
          return;
        }
        const { document, granted: access } = opened;
        // The socket went away while the document loaded: give the hold back, join nothing.
        if (socket.disconnected) {
          deps.documents.release(document);
          return;
        }
        // A second join of the same document may have finished meanwhile: it gives way.
        leave(docId);
        const connection = socketConnection(socket, docId, access, rooms.of(docId), () => {
          open.delete(docId);
          deps.documents.release(document);
        });
        open.set(docId, { document, connection });
        ack({ ok: true, access });
        document.addConnection(connection);
      } catch (error) {
        deps.logger.warn({ err: error, docId }, 'opening a document failed');
        ack({
          ok: false,
          error: { id: 'service_unavailable', message: 'The document cannot be opened right now' },
        });
      }
    });

    socket.on(ClientEvent.CollabMessage, (frame) => {
      const parsed = CollabFrameSchema.safeParse(frame);
      if (!parsed.success) {
        socket.emit(ServerEvent.CollabClosed, {
          docId: String((frame as { docId?: unknown })?.docId ?? ''),
          reason: 'malformed_update',
        });
        return;
      }
      const entry = open.get(parsed.data.docId);
      if (!entry) return;
      const data =
        parsed.data.data instanceof Uint8Array
          ? parsed.data.data
          : new Uint8Array(parsed.data.data);
      entry.document.handleMessage(entry.connection, data);
    });

    socket.on(ClientEvent.CollabLeave, (request) => {
      const parsed = CollabJoinSchema.safeParse(request);
      if (parsed.success) leave(parsed.data.docId);
    });

    socket.on('disconnect', () => {
      for (const docId of [...open.keys()]) leave(docId);
    });
  });
}

function socketConnection(
  socket: RealtimeSocket,
  docId: string,
  access: DocumentAccess,
  room: SocketIoRoom,
  onClosed: () => void,
): CollabConnection {
  const connection: CollabConnection = {
    actor: socket.data.actor,
    sessionId: socket.data.sessionId,
    access,
    followsStatus: true,
    room,
    send: (data) => {
      socket.emit(ServerEvent.CollabMessage, { docId, data });
    },
    close: (reason: CollabCloseReason) => {
      socket.emit(ServerEvent.CollabClosed, { docId, reason });
      onClosed();
    },
    notifyReadOnly: () => {
      socket.emit(ServerEvent.CollabReadOnly, { docId });
    },
    notifyRefused: (reason) => {
      socket.emit(ServerEvent.CollabRefused, { docId, reason });
    },
  };
  room.sockets.set(connection, socket);
  return connection;
}

/** Prefix of the document rooms; they are never restored by connection state recovery. */
export const COLLAB_ROOM_PREFIX = 'collab';

/**
 * Keeps `event` out of the buffer that connection state recovery replays from. With recovery on,
 * Socket.IO passes every packet through that buffer, a single socket's `emit` included, and keeps
 * it for the recovery window. A client that reconnects rejoins its documents and resyncs by state
 * vector, so replaying collab messages would only repeat them, while the buffer held every
 * keystroke and every sync of the window. These packets are only ever meant for sockets on this
 * instance (document rooms are local, see `SocketIoRoom`), which the base adapter reaches.
 */
function keepOutOfReplay(io: RealtimeServer, event: string): void {
  const adapter = io.of('/').adapter;
  const broadcast = adapter.broadcast.bind(adapter);
  adapter.broadcast = (packet: { data?: unknown[] }, options: BroadcastOptions) => {
    if (packet.data?.[0] === event)
      return Adapter.prototype.broadcast.call(adapter, packet, options);
    return broadcast(packet, options);
  };
}

/** The document rooms of this instance, one per open document (see `BroadcastRoom`). */
class SocketIoRooms {
  private readonly rooms = new Map<string, SocketIoRoom>();

  constructor(private readonly io: RealtimeServer) {}

  of(docId: string): SocketIoRoom {
    let room = this.rooms.get(docId);
    if (!room) {
      room = new SocketIoRoom(this.io, docId, () => this.rooms.delete(docId));
      this.rooms.set(docId, room);
    }
    return room;
  }
}

/**
 * A Socket.IO room of one document's participants on this instance: a broadcast encodes the
 * message once and writes it to every socket. It is local on purpose: other instances get
 * updates through the document relay, which applies them to their own copy first.
 */
class SocketIoRoom implements BroadcastRoom {
  /** The members' sockets, for joining, leaving and excluding the sender. */
  readonly sockets = new Map<CollabConnection, RealtimeSocket>();
  private readonly name: string;

  constructor(
    private readonly io: RealtimeServer,
    private readonly docId: string,
    private readonly onEmpty: () => void,
  ) {
    this.name = `${COLLAB_ROOM_PREFIX}:${docId}`;
  }

  get empty(): boolean {
    return this.sockets.size === 0;
  }

  join(connection: CollabConnection): void {
    void this.sockets.get(connection)?.join(this.name);
  }

  leave(connection: CollabConnection): void {
    void this.sockets.get(connection)?.leave(this.name);
    this.sockets.delete(connection);
    if (this.empty) this.onEmpty();
  }

  broadcast(message: Uint8Array, except: CollabConnection | undefined): void {
    const sender = except && this.sockets.get(except);
    const operator = this.io.local.to(this.name);
    (sender ? operator.except(sender.id) : operator).emit(ServerEvent.CollabMessage, {
      docId: this.docId,
      data: message,
    });
  }
}
