import mongoose from 'mongoose';
import type { Actor } from '../auth/actor';
import { findSessionUser } from '../auth/auth.service';

/**
 * The actor a live connection acts for, loaded afresh: null when its session ended (logout,
 * password change elsewhere, expiry) or its account is gone or deactivated. Live connections
 * never trust the copy they made at connect time after an access change.
 */
export async function currentActor(
  userId: string,
  sessionId: string | undefined,
): Promise<Actor | null> {
  if (sessionId !== undefined) {
    const store = mongoose.connection.collection<{
      _id: string;
      expires?: Date;
      session?: { userId?: string };
    }>('sessions');
    const session = await store.findOne(
      { _id: sessionId },
      { projection: { 'session.userId': 1, expires: 1 } },
    );
    if (session?.session?.userId !== userId) return null;
    if (session.expires && session.expires.getTime() < Date.now()) return null;
  }
  return findSessionUser(userId);
}
