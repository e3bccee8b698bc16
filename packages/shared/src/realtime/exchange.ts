import { z } from 'zod';
import { IdSchema, PersonRefSchema } from '../common';

/** Payload of `exchange:join` and `exchange:leave`. */
export const ExchangeRoomRequestSchema = z.object({ exchangeId: IdSchema });
export type ExchangeRoomRequest = z.infer<typeof ExchangeRoomRequestSchema>;

/**
 * Sent to everyone viewing an exchange when something other than the discussion changed
 * (meetings, files, the exchange itself), so their lists refresh without a reload.
 */
export const ExchangeChangedSchema = z.object({
  exchangeId: IdSchema,
  what: z.enum(['exchange', 'meetings', 'files']),
});
export type ExchangeChanged = z.infer<typeof ExchangeChangedSchema>;

/** Sent to a person's own sockets when someone mentioned them in a post. */
export const ExchangeMentionSchema = z.object({
  exchangeId: IdSchema,
  exchangeTitle: z.string(),
  postId: IdSchema,
  by: PersonRefSchema,
});
export type ExchangeMention = z.infer<typeof ExchangeMentionSchema>;
