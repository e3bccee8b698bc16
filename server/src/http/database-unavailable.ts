import type { RequestHandler, Response } from 'express';
import type { DatabaseHealth } from '../db/health';
import { serviceUnavailable } from '../errors';

const unavailable = () =>
  serviceUnavailable('The database is not answering; please try again shortly');

/**
 * Requests that need the database get a clear 503 (`service_unavailable`) instead of hanging
 * while it does not answer: at once when the database is already known to be down, and the
 * moment it is found down for those already waiting. The verdict is the database probe's
 * (`DatabaseHealth`), never a request's own duration, so a request that is slow because the
 * server is busy is left alone. Nothing is acknowledged by a 503; a client may retry it, and the
 * readiness probe takes the instance out of rotation meanwhile.
 */
export function databaseUnavailable(health: DatabaseHealth): RequestHandler {
  const waiting = new Set<Response>();
  health.on('down', () => {
    for (const res of waiting) {
      waiting.delete(res);
      if (res.headersSent) continue;
      const error = unavailable();
      res.status(error.status).json({ error: { id: error.id, message: error.message } });
    }
  });
  return (_req, res, next) => {
    if (health.down) {
      // Ask again now: the first request after the database returns need not wait for a tick.
      health.check();
      next(unavailable());
      return;
    }
    waiting.add(res);
    const done = () => waiting.delete(res);
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
