import { createHash } from 'node:crypto';
import type { AccountSession } from '@pnetz/shared';
import Bowser from 'bowser';
import type { Request, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { notFound } from '../errors';
import type { SessionEvents } from './session-events';

declare module 'express-session' {
  interface SessionData {
    /** The browser's user agent at sign-in, shown in words on the account page. */
    userAgent?: string;
    /** Epoch milliseconds: when the person signed in, and the latest request of this session. */
    signedInAt?: number;
    lastSeenAt?: number;
  }
}

/** Last seen is written at most this often per session, so requests stay reads. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * A stored session as connect-mongo keeps it with `stringify: false`: the fields are queryable
 * (`session.userId`), which is how a person's sessions are found without a join.
 */
interface StoredSession {
  _id: string;
  expires?: Date;
  session: {
    userId?: string;
    userAgent?: string;
    signedInAt?: number;
    lastSeenAt?: number;
  };
}

let indexed: Promise<unknown> | undefined;

/** The session store's collection, with indexes for a person's sessions and the sweep (made once). */
function store() {
  const collection = mongoose.connection.collection<StoredSession>('sessions');
  indexed ??= collection
    .createIndexes([{ key: { 'session.userId': 1 } }, { key: { expires: 1 } }])
    .catch(() => (indexed = undefined));
  return collection;
}

/**
 * The handle the account page uses for a session: a hash of its id, so the page never carries
 * the session id itself.
 */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex').slice(0, 32);
}

/** Marks a fresh session with who signed in, from which browser, and when. */
export function stampSignIn(req: Request, userId: string): void {
  const now = Date.now();
  req.session.userId = userId;
  req.session.signedInAt = now;
  req.session.lastSeenAt = now;
  const agent = req.get('user-agent');
  if (agent) req.session.userAgent = agent.slice(0, 512);
}

/**
 * Keeps `lastSeenAt` of signed-in sessions current. It writes the stored session directly and
 * only when it exists: a session ended while this request was in flight is not brought back.
 */
export const trackLastSeen: RequestHandler = (req, _res, next) => {
  const data = req.session as Partial<StoredSession['session']> | undefined;
  if (data?.userId && Date.now() - (data.lastSeenAt ?? 0) > LAST_SEEN_RESOLUTION_MS) {
    void store()
      .updateOne(
        { _id: req.sessionID, 'session.userId': data.userId },
        { $set: { 'session.lastSeenAt': Date.now() } },
      )
      .catch(() => undefined);
  }
  next();
};

/** Browser and operating system in words ("Firefox", "Windows"), or null when unknown. */
export function describeDevice(userAgent: string | undefined): {
  browser: string | null;
  os: string | null;
} {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  return { browser: parsed.browser.name || null, os: parsed.os.name || null };
}

const iso = (millis: number | undefined) => (millis ? new Date(millis).toISOString() : null);

async function openSessionsOf(userId: string): Promise<StoredSession[]> {
  return store()
    .find({ 'session.userId': userId, expires: { $gt: new Date() } })
    .toArray();
}

/** The person's open sessions, the most recently used first. */
export async function listAccountSessions(
  userId: string,
  currentSessionId: string,
): Promise<AccountSession[]> {
  const open = await openSessionsOf(userId);
  return open
    .map((stored) => ({
      id: sessionHandle(stored._id),
      ...describeDevice(stored.session.userAgent),
      signedInAt: iso(stored.session.signedInAt),
      lastSeenAt: iso(stored.session.lastSeenAt ?? stored.session.signedInAt),
      current: stored._id === currentSessionId,
    }))
    .sort((a, b) => (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''));
}

/**
 * Deletes the sessions whose expiry has passed. connect-mongo can sweep on its own, but it sends
 * that delete unacknowledged (`w: 0`). The embedded database answers it all the same, and the
 * driver, expecting no answer, reads it as the answer to the next command on that pooled
 * connection: from then on every command there got the answer of the one before. So the sweep is
 * ours, acknowledged, run with the other background jobs.
 */
export async function sweepExpiredSessions(now: Date): Promise<number> {
  const { deletedCount } = await store().deleteMany({ expires: { $lte: now } });
  return deletedCount;
}

/** Deletes sessions and disconnects the sockets opened with them. */
async function endStored(ids: string[], events: SessionEvents): Promise<number> {
  if (ids.length === 0) return 0;
  const { deletedCount } = await store().deleteMany({ _id: { $in: ids } });
  for (const id of ids) events.ended(id);
  return deletedCount;
}

/** Ends one session of the person, found by its handle. */
export async function endAccountSession(
  userId: string,
  handle: string,
  events: SessionEvents,
): Promise<void> {
  const match = (await openSessionsOf(userId)).find((s) => sessionHandle(s._id) === handle);
  if (!match) throw notFound('Session');
  await endStored([match._id], events);
}

/**
 * Ends every session of the person but `keep` (the one that asked, e.g. after a password
 * change); without `keep`, all of them. Returns how many ended.
 */
export async function endSessionsOf(
  userId: string,
  events: SessionEvents,
  keep?: string,
): Promise<number> {
  const all = await store()
    .find({ 'session.userId': userId }, { projection: { _id: 1 } })
    .toArray();
  return endStored(
    all.map((s) => s._id).filter((id) => id !== keep),
    events,
  );
}
