import type { RequestHandler } from 'express';
import { pingDatabase } from '../db/connection';
import { serviceUnavailable } from '../errors';

/** After this long without a response, a request asks whether the database still answers. */
const CHECK_AFTER_MS = 3_500;
/** How long that check may take: together they answer within 5 s. */
const PING_TIMEOUT_MS = 1_000;

/**
 * When the database stops answering (down, frozen, unreachable), every request that needs it
 * would wait until it comes back. This answers such a request with a clear 503 instead, within
 * 5 s: after CHECK_AFTER_MS without a response it pings the database, and if the ping fails the
 * request gets `service_unavailable`. A request that is merely slow while the database answers
 * (a large export) is left alone and checked again later. Nothing is acknowledged by a 503, so a
 * client may retry it; the readiness probe takes the instance out of rotation meanwhile.
 */
export function databaseDeadline(): RequestHandler {
  return (_req, res, next) => {
    let timer: NodeJS.Timeout | undefined;
    const check = async (): Promise<void> => {
      if (res.headersSent) return;
      if (await pingDatabase(PING_TIMEOUT_MS)) {
        timer = setTimeout(() => void check(), CHECK_AFTER_MS);
        return;
      }
      if (res.headersSent) return;
      next(serviceUnavailable('The database is not answering; please try again shortly'));
    };
    timer = setTimeout(() => void check(), CHECK_AFTER_MS);
    res.on('close', () => clearTimeout(timer));
    res.on('finish', () => clearTimeout(timer));
    next();
  };
}
