import { z } from 'zod';
import { IdSchema } from '../common';
import { DocumentAccessSchema } from '../api/plans';

/**
 * Collaborative documents travel as y-protocols messages (sync step 1/2, update, awareness), the
 * same bytes as the y-websocket protocol: one WebSocket per document at `/collab/<document id>`
 * (the web client's path), or wrapped with the document id on the app's Socket.IO connection.
 */
export const CollabMessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /**
   * Server to client only, for clients that asked for status (see `COLLAB_STATUS_PARAM`): whether
   * the document's edits are stored. A varUint state (`PersistenceState`), then for `Stored` the
   * state vector of what is durable: an edit (client, clock) is stored once the vector's clock
   * for that client is above it.
   */
  Persistence: 4,
  /**
   * Server to client only, for clients that asked for status: what the participant may do with
   * the document (a varString `DocumentAccess`), once admitted and whenever it changes.
   */
  Access: 5,
} as const;

/**
 * The query parameter by which a client of `/collab/<id>` asks for the status messages
 * (`Persistence`, `Access`). Standard y-websocket clients do not send it and get only the
 * y-websocket protocol, which has no place for them.
 */
export const COLLAB_STATUS_PARAM = 'status';

/**
 * The close codes of `/collab/<id>` connections. A y-websocket client reconnects after any code
 * outside 4400–4499; `malformed_update` and `too_large` would only repeat on reconnecting.
 */
export const COLLAB_CLOSE_CODES = {
  malformed_update: 1007,
  too_large: 1009,
  forbidden: 4403,
  not_found: 4404,
  unloaded: 1001,
} as const satisfies Record<CollabCloseReason, number>;

export const PersistenceState = { Stored: 0, Failing: 1 } as const;

/** Largest single collaborative message the server accepts. */
export const COLLAB_MAX_MESSAGE_BYTES = 512 * 1024;

export const COLLAB_LIMITS = {
  /** Largest single message; a larger edit is refused, the connection kept. */
  messageBytes: COLLAB_MAX_MESSAGE_BYTES,
  /** Edits held in memory while the database does not answer; beyond it, edits are refused. */
  pendingBytes: 8 * 1024 * 1024,
  /** Largest document (its stored state and every edit since); beyond it, edits are refused. */
  documentBytes: 16 * 1024 * 1024,
} as const;

/** Why the server refused one edit while keeping the connection. */
export const COLLAB_REFUSAL_REASONS = ['too_large', 'document_full', 'not_saved_yet'] as const;
export type CollabRefusalReason = (typeof COLLAB_REFUSAL_REASONS)[number];

export const CollabJoinSchema = z.object({ docId: IdSchema });
export const CollabFrameSchema = z.object({
  docId: IdSchema,
  data: z.custom<Uint8Array>(
    (value) => value instanceof Uint8Array || value instanceof ArrayBuffer,
    'must be binary',
  ),
});
export type CollabFrame = { docId: string; data: Uint8Array };

export const CollabJoinResultSchema = z.object({ access: DocumentAccessSchema });

/** Why the server closes a document connection. */
export const COLLAB_CLOSE_REASONS = [
  'malformed_update',
  'too_large',
  'forbidden',
  'not_found',
  'unloaded',
] as const;
export type CollabCloseReason = (typeof COLLAB_CLOSE_REASONS)[number];
