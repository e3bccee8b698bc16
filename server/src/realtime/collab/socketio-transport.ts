import {
  ClientEvent,
  CollabFrameSchema,
  CollabJoinSchema,
  ServerEvent,
  type CollabCloseReason,
  type DocumentAccess,
} from '@pnetz/shared';
import type { Logger } from '../../logger';
import type { RealtimeServer, RealtimeSocket } from '../io';
import type { AuthorizeDocument } from './authorize';
import type { CollabConnection } from './connection';
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
        const access = await deps.authorize(socket.data.actor, docId);
        if (!access) {
          ack({ ok: false, error: { id: 'not_found', message: 'Document not found' } });
          return;
        }
        leave(docId);
        const document = await deps.documents.open(docId);
        const connection = socketConnection(socket, docId, access, () => {
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
  onClosed: () => void,
): CollabConnection {
  return {
    actor: socket.data.actor,
    access,
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
  };
}
