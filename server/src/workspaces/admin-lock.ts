import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Schema, model } from 'mongoose';
import { serviceUnavailable } from '../errors';

/** How long a held lock counts: a crashed holder blocks admin changes of one council at most this. */
const LEASE_MS = 30_000;
/** How long a change waits for another one on the same council before giving up. */
const WAIT_MS = 20_000;
const DUPLICATE_KEY = 11000;

interface AdminLockRow {
  /** `admins:<workspace id>`. */
  _id: string;
  token: string;
  expiresAt: Date;
}

const AdminLockModel = model<AdminLockRow>(
  'WorkspaceAdminLock',
  new Schema<AdminLockRow>(
    { _id: String, token: String, expiresAt: Date },
    { versionKey: false, collection: 'workspace_admin_locks' },
  ),
);

/**
 * Runs a change that may reduce a council's admins (demotion, removal, leaving) while holding
 * the council's admin lock, so "is there another admin?" and the change cannot interleave with
 * another such change: two admins demoting each other at the same moment run one after the
 * other, and the second finds no other admin. Taking the lock inserts one row with a unique id,
 * which is atomic on MongoDB and FerretDB alike (no transactions needed); its lease lets a
 * crashed holder block the council for LEASE_MS at most.
 */
export async function withAdminLock<T>(workspaceId: string, change: () => Promise<T>): Promise<T> {
  const _id = `admins:${workspaceId}`;
  const token = randomBytes(12).toString('hex');
  const deadline = Date.now() + WAIT_MS;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      await AdminLockModel.create({ _id, token, expiresAt: new Date(Date.now() + LEASE_MS) });
      break;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    // Held: by a live change (wait), or by one that crashed (its lease ran out: clear it).
    await AdminLockModel.deleteOne({ _id, expiresAt: { $lt: new Date() } });
    if (Date.now() > deadline) {
      throw serviceUnavailable('Another admin change of this council is running');
    }
    await delay(wait + Math.random() * wait);
  }
  try {
    return await change();
  } finally {
    await AdminLockModel.deleteOne({ _id, token });
  }
}

/** Holds the admin locks of several councils at once (taken in a fixed order: no deadlock). */
export function withAdminLocks<T>(workspaceIds: string[], change: () => Promise<T>): Promise<T> {
  const [first, ...rest] = [...new Set(workspaceIds)].sort();
  if (first === undefined) return change();
  return withAdminLock(first, () => withAdminLocks(rest, change));
}
