import { z } from 'zod';

/** A MongoDB ObjectId as it travels over the wire: 24 hex characters. */
export const IdSchema = z.string().regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hex id');
export type Id = z.infer<typeof IdSchema>;

/** ISO 8601 timestamp string, as every date leaves the server. */
export const TimestampSchema = z.iso.datetime();

export const IdParamsSchema = z.object({ id: IdSchema });
