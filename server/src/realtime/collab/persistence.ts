import { Types } from 'mongoose';
import * as Y from 'yjs';
import { CollabSnapshotModel, CollabUpdateModel } from './persistence.model';

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
   * Folds every stored update into one snapshot. The updates read are applied to `doc` first (they
   * may come from other instances), and exactly those rows are deleted afterwards.
   */
  compact(docName: string, doc: Y.Doc): Promise<void>;
  countUpdates(docName: string): Promise<number>;
}

const DELETE_CHUNK = 1000;

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  // The driver hands out BSON Binary objects for lean reads.
  const binary = value as { buffer: Uint8Array };
  return new Uint8Array(binary.buffer);
}

export const mongoPersistence: CollabPersistence = {
  async fetch(docName) {
    const [snapshot, rows] = await Promise.all([
      CollabSnapshotModel.findOne({ docName }).lean(),
      CollabUpdateModel.find({ docName }, { data: 1 }).sort({ _id: 1 }).lean(),
    ]);
    return {
      snapshot: snapshot ? toBytes(snapshot.data) : null,
      updates: rows.map((row) => toBytes(row.data)),
    };
  },

  async append(docName, update) {
    await CollabUpdateModel.collection.insertOne({
      _id: new Types.ObjectId(),
      docName,
      data: Buffer.from(update),
      createdAt: new Date(),
    });
  },

  async compact(docName, doc) {
    const rows = await CollabUpdateModel.find({ docName }, { data: 1 }).lean();
    if (rows.length === 0) return;
    Y.transact(doc, () => {
      for (const row of rows) Y.applyUpdate(doc, toBytes(row.data), 'persistence');
    });
    // Snapshot first, then delete: a crash in between leaves duplicates (harmless), never a gap.
    await CollabSnapshotModel.updateOne(
      { docName },
      { $set: { data: Buffer.from(Y.encodeStateAsUpdate(doc)), updatedAt: new Date() } },
      { upsert: true },
    );
    const ids = rows.map((row) => row._id);
    for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
      await CollabUpdateModel.deleteMany({ _id: { $in: ids.slice(start, start + DELETE_CHUNK) } });
    }
  },

  async countUpdates(docName) {
    return CollabUpdateModel.countDocuments({ docName });
  },
};
