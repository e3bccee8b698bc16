import { z } from 'zod';

/**
 * Stable error ids. The client switches on these and translates them; the message that travels
 * with an error is meant for logs and developers, never shown verbatim to users.
 */
export const ERROR_IDS = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  /** An invitation link that has expired, was used already, or was revoked by the council. */
  'invitation_expired',
  'invitation_used',
  'invitation_revoked',
  /** Signed in with another e-mail address than the one invited. */
  'email_mismatch',
  /** The change would leave a council without an administrator (Geschäftsstelle). */
  'last_admin',
  /** Training: registration is not open (before the window, after it, or the offer was cancelled). */
  'registration_closed',
  /** Training: the person is registered for this session already. */
  'already_registered',
  /** Training: no place left and the offer keeps no waiting list. */
  'session_full',
  /** Training: the deadline for cancelling oneself has passed. */
  'cancellation_closed',
  /** Training: the new capacity is below the places taken; the organiser must decide what happens. */
  'capacity_below_registered',
  /** Training: an unconfirmed guest registration whose time ran out (the place was released). */
  'registration_expired',
  /** A survey access code that was used already (its questionnaire was submitted). */
  'access_code_used',
  /** The survey's fieldwork has ended: the public page accepts no more answers. */
  'survey_closed',
  'rate_limited',
  'service_unavailable',
  'internal',
] as const;

export const ErrorIdSchema = z.enum(ERROR_IDS);
export type ErrorId = z.infer<typeof ErrorIdSchema>;

export const FieldErrorSchema = z.object({
  /** Dotted path of the offending field, e.g. `body.email` or `query.limit`. */
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every error response has this body. */
export const ApiErrorSchema = z.object({
  error: z.object({
    id: ErrorIdSchema,
    message: z.string(),
    fields: z.array(FieldErrorSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
