import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import MongoStore from 'connect-mongo';
import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import mongoose from 'mongoose';
import type { Env } from '../env';
import { trackLastSeen } from './account-sessions';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

export const SESSION_COOKIE = 'pnetz.sid';

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
 * Sessions live in MongoDB (`sessions`); expired ones are removed by an interval sweep. Signed-in
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
    store: MongoStore.create({
      client: mongoose.connection.getClient(),
      dbName: mongoose.connection.name,
      collectionName: 'sessions',
      // A sweep rather than a TTL index: works the same on MongoDB and FerretDB.
      autoRemove: 'interval',
      autoRemoveInterval: 10,
      touchAfter: 60,
      stringify: false,
    }),
  });
  return (req, res, next) => {
    void sessions(req, res, (error?: unknown) =>
      error ? next(error) : trackLastSeen(req, res, next),
    );
  };
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
