import { z } from 'zod';

/** A MongoDB ObjectId as it travels over the wire: 24 hex characters. */
// No regex flags: the pattern goes into the OpenAPI document, where flags cannot be expressed.
export const IdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hex id');
export type Id = z.infer<typeof IdSchema>;

/** Whether a value (a route parameter, a document name) can be a record id at all. */
export function isId(value: unknown): value is Id {
  return IdSchema.safeParse(value).success;
}

/** ISO 8601 timestamp string, as every date leaves the server. */
export const TimestampSchema = z.iso.datetime();

export const IdParamsSchema = z.object({ id: IdSchema });

/**
 * A person as content and records name them. Content keeps only the author's user id; when that
 * account was deleted (DSGVO), the reference resolves to a former member: no id, no name of the
 * person, and `former: true`, which the client shows as "ehemaliges Mitglied".
 */
export const PersonRefSchema = z.object({
  id: IdSchema.nullable(),
  name: z.string(),
  former: z.boolean(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;
