import type { CollabCloseReason, DocumentAccess } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';

/** One participant of one document, whatever the transport (Socket.IO or plain WebSocket). */
export interface CollabConnection {
  readonly actor: Actor;
  /** May drop from `write` to `read` while connected (e.g. the role changed). */
  access: DocumentAccess;
  send(message: Uint8Array): void;
  /** Ends this participant's connection to the document, with a reason it can show. */
  close(reason: CollabCloseReason): void;
  /** Tells a read-only participant that its edit was dropped. */
  notifyReadOnly(): void;
}
