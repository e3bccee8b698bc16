import type { CollabCloseReason, CollabRefusalReason, DocumentAccess } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';

/** One participant of one document, whatever the transport (Socket.IO or plain WebSocket). */
export interface CollabConnection {
  /** Reloaded on every access change (see realtime/access-changes.ts), never trusted stale. */
  actor: Actor;
  /** The session the connection was opened with; its end ends the connection. */
  readonly sessionId?: string;
  /** May drop from `write` to `read` while connected (e.g. the role changed). */
  access: DocumentAccess;
  send(message: Uint8Array): void;
  /** Ends this participant's connection to the document, with a reason it can show. */
  close(reason: CollabCloseReason): void;
  /** Tells a read-only participant that its edit was dropped. */
  notifyReadOnly(): void;
  /** Tells the participant that one edit was refused; its connection stays open. */
  notifyRefused(reason: CollabRefusalReason): void;
  /**
   * The participant follows the status messages (`CollabMessageType.Persistence` and `Access`);
   * a standard y-websocket client does not, and would only log them as unknown.
   */
  readonly followsStatus: boolean;
  /** Set when the transport can reach this participant through a shared broadcast. */
  readonly room?: BroadcastRoom;
}

/**
 * A transport's way to send one message to many participants of a document at once, encoded
 * once instead of once per participant (a Socket.IO room). The document joins a participant when
 * it adds it and leaves it when it removes it, so a room's members are always participants.
 */
export interface BroadcastRoom {
  join(connection: CollabConnection): void;
  leave(connection: CollabConnection): void;
  /** Whether any participant is still in the room. */
  readonly empty: boolean;
  /** Sends to every member but `except` (the participant the message came from). */
  broadcast(message: Uint8Array, except: CollabConnection | undefined): void;
}
