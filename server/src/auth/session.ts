import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import MongoStore from 'connect-mongo';
import { csrfSync } from 'csrf-sync';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import session, { type SessionData } from 'express-session';
import type { Collection } from 'mongodb';
import mongoose from 'mongoose';
import onHeaders from 'on-headers';
import type { Env } from '../env';
import { trackLastSeen } from './account-sessions';
import type { Actor } from './actor';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

export const SESSION_COOKIE = 'pnetz.sid';

/** How long a stored session is not rewritten just because it was used (seconds). */
const TOUCH_AFTER_SECONDS = 60;

interface StoredSession {
  _id: string;
  session: SessionData & { lastModified?: Date };
  expires?: Date;
  lastModified?: Date;
}

/**
 * connect-mongo's store, except that a session is read by its id alone and its expiry checked
 * here. connect-mongo asks for the id together with an `$or` on the expiry, which the embedded
 * database (FerretDB on SQLite) answers by reading every stored session; by id alone it reads
 * one row. Every request with a cookie reads its session, so this is the hottest query there is.
 */
export class SessionStore extends MongoStore {
  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.collectionP
      .then((sessions) => (sessions as unknown as Collection<StoredSession>).findOne({ _id: sid }))
      .then((stored) => {
        if (!stored || (stored.expires && stored.expires <= new Date())) {
          callback(null, null);
          return;
        }
        const result = stored.session;
        if (stored.lastModified) result.lastModified = stored.lastModified;
        this.emit('get', sid);
        callback(null, result);
      })
      .catch((error: unknown) => callback(error));
  }
}

/**
 * The secret that signs session cookies: SESSION_SECRET, or outside production one generated once
 * and kept in the data folder, so sessions survive restarts of a development server.
 */
export function resolveSessionSecret(env: Env): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = path.join(env.DATA_DIR, 'session-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * Sessions live in MongoDB (`sessions`); expired ones are removed by the background jobs. Signed-in
 * sessions also keep when they were last used (see account-sessions.ts).
 */
export function createSessionMiddleware(env: Env): RequestHandler {
  const sessions = session({
    name: SESSION_COOKIE,
    secret: resolveSessionSecret(env),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: env.TRUST_PROXY,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.NODE_ENV === 'production',
      maxAge: env.SESSION_MAX_AGE_HOURS * 60 * 60 * 1000,
    },
    store: new SessionStore({
      client: mongoose.connection.getClient(),
      dbName: mongoose.connection.name,
      collectionName: 'sessions',
      // Expired sessions are removed by the background jobs (sweepExpiredSessions), not here:
      // connect-mongo's own sweep is an unacknowledged write, see account-sessions.ts.
      autoRemove: 'disabled',
      touchAfter: TOUCH_AFTER_SECONDS,
      stringify: false,
    }),
  });
  return (req, res, next) => {
    // Added before the session's own listener, so it runs after it (the last added runs first).
    onHeaders(res, () => keepAnonymousCookie(req, res));
    void sessions(req, res, (error?: unknown) =>
      error ? next(error) : trackLastSeen(req, res, next),
    );
  };
}

/**
 * With `rolling`, every response sends the session cookie again to push its expiry on. For an
 * anonymous session that does harm: a request sent just before signing in (the login page asks
 * for the sign-on providers while the form is sent) and answered just after would put the
 * anonymous session's cookie back over the signed-in one, and the person is signed out again.
 * An anonymous session holds a CSRF token and nothing more, so its cookie goes out only when the
 * browser does not have it yet; signed-in sessions keep rolling.
 */
function keepAnonymousCookie(req: Request, res: Response): void {
  if (!req.session || req.session.userId) return;
  const header = res.getHeader('Set-Cookie');
  if (header === undefined) return;
  const sent = new Set((req.headers.cookie ?? '').split(';').map((cookie) => cookie.trim()));
  const kept = (Array.isArray(header) ? header : [String(header)]).filter((cookie) => {
    if (!cookie.startsWith(`${SESSION_COOKIE}=`)) return true;
    return !sent.has(cookie.split(';', 1)[0]!);
  });
  if (kept.length === 0) res.removeHeader('Set-Cookie');
  else res.setHeader('Set-Cookie', kept);
}

const csrf = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const header = req.headers['x-csrf-token'];
    return typeof header === 'string' ? header : undefined;
  },
});

/** Rejects state-changing requests without the session's CSRF token in `x-csrf-token`. */
export const csrfProtection: RequestHandler = csrf.csrfSynchronisedProtection;

/** The session's CSRF token, created on first use. */
export function csrfToken(req: Request): string {
  return csrf.generateToken(req);
}

export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error) : resolve())),
  );
}

export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.destroy((error) => (error ? reject(error) : resolve())),
  );
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.save((error) => (error ? reject(error) : resolve())),
  );
}

/**
 * Authenticates a WebSocket handshake (Socket.IO's or the y-websocket endpoint's), which has no
 * Express response: the session middleware runs against a stand-in response that is dropped
 * afterwards. The request is kept by the connection for as long as it lives, so the session is
 * taken off it again; the caller keeps the session id.
 */
export async function authenticateHandshake(
  req: IncomingMessage,
  sessionMiddleware: RequestHandler,
  authenticate: (req: Request) => Promise<Actor | null>,
): Promise<{ actor: Actor; sessionId: string } | null> {
  const request = req as Request;
  const response = {
    getHeader: () => undefined,
    setHeader: () => response,
    end: () => response,
  } as unknown as Response;
  await new Promise<void>((resolve, reject) =>
    sessionMiddleware(request, response, (error?: unknown) => (error ? reject(error) : resolve())),
  );
  try {
    const actor = await authenticate(request);
    return actor ? { actor, sessionId: request.sessionID } : null;
  } finally {
    // Assigned rather than deleted: a deleted property turns the request into a slower,
    // larger dictionary-mode object.
    const loaded = request as unknown as Record<'session' | 'sessionStore', undefined>;
    loaded.session = undefined;
    loaded.sessionStore = undefined;
  }
}
