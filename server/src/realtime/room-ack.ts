import type { SocketAck } from '@pnetz/shared';
import { AppError } from '../errors';
import type { Logger } from '../logger';

type AckError = Extract<SocketAck<never>, { ok: false }>;

/** The answer to a room request whose id is malformed, naming the field. */
export function invalidRoomRequest(field: string): AckError {
  return {
    ok: false,
    error: { id: 'validation_failed', message: `${field} must be a 24-character hex id` },
  };
}

/**
 * The answer to a refused or failed room request: a refusal keeps its stable error id; anything
 * else is logged with `failure` and answered as internal, so no detail leaks to the client.
 */
export function roomRequestFailed(error: unknown, logger: Logger, failure: string): AckError {
  if (error instanceof AppError)
    return { ok: false, error: { id: error.id, message: error.message } };
  logger.warn({ err: error }, failure);
  return { ok: false, error: { id: 'internal', message: 'Internal error' } };
}
