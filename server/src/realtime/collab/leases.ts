import { Schema, model } from 'mongoose';

/**
 * Who may compact (and reconcile) a document when several instances have it open: one lease
 * per document, held for a short time and renewed by its holder, taken over once it expires.
 *
 * Every acquisition hands out a fencing token from a counter that only grows, kept in the lease
 * row, which is never deleted. Storage refuses a snapshot whose token is not above the one of
 * the snapshot it would replace, so an instance that paused past its lease (a long GC pause, a
 * frozen VM) cannot overwrite the work of the instance that took the lease over.
 */
export interface CollabLeases {
  /** The fencing token when this instance holds (or now took) the lease; null when another does. */
  acquire(docName: string): Promise<number | null>;
  release(docName: string): Promise<void>;
}

interface LeaseRow {
  _id: string;
  owner: string;
  expiresAt: Date;
  token: number;
}

export const LeaseModel = model<LeaseRow>(
  'CollabLease',
  new Schema<LeaseRow>(
    { _id: String, owner: String, expiresAt: Date, token: Number },
    { versionKey: false, collection: 'collab_leases' },
  ),
);

const LEASE_MS = 15_000;
const DUPLICATE_KEY = 11000;

export function mongoLeases(owner: string, options: { leaseMs?: number } = {}): CollabLeases {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  return {
    async acquire(docName) {
      const now = new Date();
      try {
        const lease = await LeaseModel.findOneAndUpdate(
          { _id: docName, $or: [{ owner }, { expiresAt: { $lt: now } }] },
          { $set: { owner, expiresAt: new Date(now.getTime() + leaseMs) }, $inc: { token: 1 } },
          { upsert: true, returnDocument: 'after' },
        ).lean();
        return lease?.owner === owner ? lease.token : null;
      } catch (error) {
        // Another instance holds an unexpired lease: the upsert collided with its row.
        if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
        throw error;
      }
    },
    async release(docName) {
      // Expire rather than delete: the row keeps the token counter, which must never restart.
      await LeaseModel.updateOne({ _id: docName, owner }, { $set: { expiresAt: new Date(0) } });
    },
  };
}

let soleToken = 0;

/** One process that coordinates with nobody (unit tests of the core): tokens from a counter. */
export const soleLeases: CollabLeases = {
  acquire: async () => ++soleToken,
  release: async () => undefined,
};
