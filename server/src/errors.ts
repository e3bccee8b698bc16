import type { ErrorId, FieldError } from '@pnetz/shared';

/** An error with a stable id and an HTTP status; the error handler turns it into `{ error }`. */
export class AppError extends Error {
  constructor(
    readonly id: ErrorId,
    readonly status: number,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const validationFailed = (fields: FieldError[], message = 'The request is invalid') =>
  new AppError('validation_failed', 400, message, fields);
export const unauthenticated = (message = 'Sign in first') =>
  new AppError('unauthenticated', 401, message);
export const invalidCredentials = () =>
  new AppError('invalid_credentials', 401, 'E-mail or password is wrong');
export const forbidden = (message = 'Not allowed') => new AppError('forbidden', 403, message);
/** Also used where an item exists but the caller may not know that. */
export const notFound = (what = 'Resource') => new AppError('not_found', 404, `${what} not found`);
export const conflict = (message: string, fields?: FieldError[]) =>
  new AppError('conflict', 409, message, fields);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('rate_limited', 429, 'Too many attempts; try again later', undefined, {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
export const serviceUnavailable = (message = 'Temporarily unavailable') =>
  new AppError('service_unavailable', 503, message);
