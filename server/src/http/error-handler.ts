import type { ApiError } from '@pnetz/shared';
import { LIMITS } from '@pnetz/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, notFound } from '../errors';
import type { Logger } from '../logger';

/** Errors thrown by body-parser and friends carry a `type` and a `status`. */
interface HttpLibraryError {
  type?: string;
  status?: number;
  code?: string;
}

function fromLibraryError(error: HttpLibraryError): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', 400, 'The request body is not valid JSON', [
        { path: 'body', message: 'is not valid JSON' },
      ]);
    case 'entity.too.large':
      return new AppError('payload_too_large', 413, 'The request body is too large', [
        { path: 'body', message: `exceeds ${LIMITS.jsonBodyBytes} bytes` },
      ]);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 415, 'Unsupported body encoding', [
        { path: 'body', message: 'must be UTF-8 JSON' },
      ]);
  }
  if (
    error.code === 'EBADCSRFTOKEN' ||
    (error.status === 403 && /csrf/i.test(String((error as Error).message)))
  ) {
    return new AppError('csrf_failed', 403, 'Missing or invalid CSRF token; reload the page', [
      { path: 'headers.x-csrf-token', message: 'is missing or invalid' },
    ]);
  }
  return null;
}

export function apiNotFound(): RequestHandler {
  return (req, _res, next) => next(notFound(`Endpoint ${req.method} ${req.path}`));
}

/** The single place where errors become `{ error: { id, message, fields? } }` responses. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (raw: unknown, req, res, _next) => {
    const error = raw instanceof AppError ? raw : fromLibraryError(raw as HttpLibraryError);
    if (!error) {
      logger.error({ err: raw, method: req.method, url: req.originalUrl }, 'unhandled error');
    } else if (error.status >= 500) {
      logger.warn({ id: error.id, url: req.originalUrl }, error.message);
    }
    const appError = error ?? new AppError('internal', 500, 'Internal server error');
    if (res.headersSent) return;
    for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
    const body: ApiError = {
      error: {
        id: appError.id,
        message: appError.message,
        ...(appError.fields ? { fields: appError.fields } : {}),
      },
    };
    res.status(appError.status).json(body);
  };
}
