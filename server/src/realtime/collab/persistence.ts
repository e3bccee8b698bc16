import mongoose, { Types } from 'mongoose';
import * as Y from 'yjs';
import { anyOf, batchedRead, groupBy } from '../../db/batched-read';
import type { Logger } from '../../logger';
import { CollabSnapshotModel, CollabUpdateModel, LEGACY_SNAPSHOTS } from './persistence.model';

/** What a document needs to load: its snapshot (if any) and the updates stored since. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

/**
 * Persistence as the sync core sees it. Injected, so the core stays storage-agnostic and the
 * benchmark can measure other strategies against it.
 */
export interface CollabPersistence {
  fetch(docName: string): Promise<StoredDocument>;
  /** Appends one merged batch of updates; resolves once it is durable. */
  append(docName: string, update: Uint8Array): Promise<void>;
  /**
   * Folds the stored snapshot and every stored update into one new snapshot. What is read is
   * applied to `doc` first (another instance may have stored or compacted meanwhile), the
   * snapshot is written only if `fence` is above the stored snapshot's, and exactly the rows read
   * are deleted afterwards. Resolves with false when the write was refused by the fence.
   */
  compact(docName: string, doc: Y.Doc, fence: number): Promise<boolean>;
  countUpdates(docName: string): Promise<number>;
}

const DELETE_CHUNK = 1000;
const DUPLICATE_KEY = 11000;

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  // The driver hands out BSON Binary objects for lean reads.
  const binary = value as { buffer: Uint8Array };
  return new Uint8Array(binary.buffer);
}

/**
 * The stored updates of the documents opened in the same tick, in one read: the embedded database
 * finds them by scanning every stored update, once per query.
 */
const updatesOf = batchedRead(async (docNames) => {
  const rows = await CollabUpdateModel.find({ docName: anyOf(docNames) }, { docName: 1, data: 1 })
    .sort({ _id: 1 })
    .lean();
  const byDocument = groupBy(rows, (row) => row.docName);
  return new Map(
    [...byDocument].map(([docName, rows]) => [docName, rows.map((row) => toBytes(row.data))]),
  );
}, [] as Uint8Array[]);

export const mongoPersistence: CollabPersistence = {
  async fetch(docName) {
    const [snapshot, updates] = await Promise.all([
      CollabSnapshotModel.findOne({ _id: docName }).lean(),
      updatesOf(docName),
    ]);
    return { snapshot: snapshot ? toBytes(snapshot.data) : null, updates };
  },

  async append(docName, update) {
    await CollabUpdateModel.collection.insertOne({
      _id: new Types.ObjectId(),
      docName,
      data: Buffer.from(update),
      createdAt: new Date(),
    });
  },

  async compact(docName, doc, fence) {
    const [snapshot, rows] = await Promise.all([
      CollabSnapshotModel.findOne({ _id: docName }, { data: 1, fence: 1 }).lean(),
      CollabUpdateModel.find({ docName }, { data: 1 }).lean(),
    ]);
    if (snapshot?.fence !== undefined && snapshot.fence >= fence) return false;
    Y.transact(
      doc,
      () => {
        if (snapshot) Y.applyUpdate(doc, toBytes(snapshot.data), 'persistence');
        for (const row of rows) Y.applyUpdate(doc, toBytes(row.data), 'persistence');
      },
      'persistence',
    );
    // Snapshot first, then delete: a crash in between leaves duplicates (harmless), never a gap.
    // The fence is checked again in the write itself: a newer holder may have written meanwhile.
    try {
      await CollabSnapshotModel.updateOne(
        { _id: docName, $or: [{ fence: { $lt: fence } }, { fence: { $exists: false } }] },
        {
          $set: { data: Buffer.from(Y.encodeStateAsUpdate(doc)), updatedAt: new Date(), fence },
        },
        { upsert: true },
      );
    } catch (error) {
      // The filter missed a snapshot with a newer fence, so the upsert collided with its row.
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
    const ids = rows.map((row) => row._id);
    for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
      await CollabUpdateModel.deleteMany({ _id: { $in: ids.slice(start, start + DELETE_CHUNK) } });
    }
    return true;
  },

  async countUpdates(docName) {
    return CollabUpdateModel.countDocuments({ docName });
  },
};

/**
 * Moves the snapshots of earlier versions (rows found by a `docName` field) into the update
 * rows, from which the next compaction of each document writes its snapshot by name. Runs at
 * start-up, before any document opens. Idempotent: a row is deleted only once it was copied, and
 * an update stored twice is harmless. Resolves with the number of snapshots moved.
 */
export async function moveLegacySnapshots(logger: Logger): Promise<number> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('moveLegacySnapshots needs a connected database');
  const legacy = db.collection<{ docName: string; data: unknown }>(LEGACY_SNAPSHOTS);
  let moved = 0;
  for (;;) {
    const rows = await legacy.find({}, { limit: DELETE_CHUNK }).toArray();
    if (rows.length === 0) break;
    await CollabUpdateModel.collection.insertMany(
      rows.map((row) => ({
        _id: new Types.ObjectId(),
        docName: row.docName,
        data: Buffer.from(toBytes(row.data)),
        createdAt: new Date(),
      })),
    );
    await legacy.deleteMany({ _id: { $in: rows.map((row) => row._id) } });
    moved += rows.length;
  }
  if (moved > 0) logger.info({ snapshots: moved }, 'moved snapshots to the current layout');
  return moved;
}
