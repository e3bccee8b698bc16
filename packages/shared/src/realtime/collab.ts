import { z } from 'zod';
import { IdSchema } from '../common';
import { DocumentAccessSchema } from '../api/plans';

/**
 * Collaborative documents travel as y-protocols messages (sync step 1/2, update, awareness),
 * the same bytes as the y-websocket protocol, wrapped with the document id so that one socket can
 * carry several documents.
 */
export const CollabMessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

/** Largest single collaborative message the server accepts. */
export const COLLAB_MAX_MESSAGE_BYTES = 512 * 1024;

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
