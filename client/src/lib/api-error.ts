import type { ErrorId, FieldError } from '@pnetz/shared';

/**
 * Error ids the client can meet: the server's stable ids, plus `network` (no answer at all) and
 * `invalid_response` (an answer that does not match the contract). Each has an `errors.<id>` text.
 */
export type ClientErrorId = ErrorId | 'network' | 'invalid_response';

/** A failed API call. Components switch on `id` and translate it; they never show server text. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  readonly id: ClientErrorId;
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  readonly fields: readonly FieldError[];
  /** Seconds to wait before trying again (`Retry-After`), when the server said so. */
  readonly retryAfterSeconds: number | null;

  constructor(
    id: ClientErrorId,
    status: number,
    options: {
      fields?: readonly FieldError[];
      retryAfterSeconds?: number | null;
      cause?: unknown;
    } = {},
  ) {
    super(`API request failed: ${id} (${status})`, { cause: options.cause });
    this.id = id;
    this.status = status;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown, id?: ClientErrorId): error is ApiRequestError {
  return error instanceof ApiRequestError && (id === undefined || error.id === id);
}

/** The `errors.<id>` i18n key for any thrown value; unknown failures read as `internal`. */
export function errorKey(error: unknown): `errors.${ClientErrorId}` {
  return `errors.${error instanceof ApiRequestError ? error.id : 'internal'}`;
}

/** Fallback id when an error response carries no body of the contract (e.g. a proxy's 502 page). */
export function errorIdForStatus(status: number): ErrorId {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'service_unavailable';
  if (status >= 400 && status < 500) return 'validation_failed';
  return 'internal';
}
