import { Schema, model } from 'mongoose';

/**
 * Who may compact (and reconcile) a document when several instances have it open: one lease
 * per document, held for a short time and renewed by its holder, taken over once it expires.
 */
export interface CollabLeases {
  acquire(docName: string): Promise<boolean>;
  release(docName: string): Promise<void>;
}

interface LeaseRow {
  _id: string;
  owner: string;
  expiresAt: Date;
}

const LeaseModel = model<LeaseRow>(
  'CollabLease',
  new Schema<LeaseRow>(
    { _id: String, owner: String, expiresAt: Date },
    { versionKey: false, collection: 'collab_leases' },
  ),
);

const LEASE_MS = 15_000;
const DUPLICATE_KEY = 11000;

export function mongoLeases(owner: string): CollabLeases {
  return {
    async acquire(docName) {
      const now = new Date();
      try {
        const lease = await LeaseModel.findOneAndUpdate(
          { _id: docName, $or: [{ owner }, { expiresAt: { $lt: now } }] },
          { $set: { owner, expiresAt: new Date(now.getTime() + LEASE_MS) } },
          { upsert: true, returnDocument: 'after' },
        ).lean();
        return lease?.owner === owner;
      } catch (error) {
        // Another instance holds an unexpired lease: the upsert collided with its row.
        if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
        throw error;
      }
    },
    async release(docName) {
      await LeaseModel.deleteOne({ _id: docName, owner });
    },
  };
}

/** One instance: nobody to coordinate with. */
export const soleLeases: CollabLeases = {
  acquire: async () => true,
  release: async () => undefined,
};
