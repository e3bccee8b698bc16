import { Schema, model, type Types } from 'mongoose';

/** One persisted batch of incremental Yjs updates of a document (merged from one flush). */
export interface CollabUpdateRow {
  _id: Types.ObjectId;
  docName: string;
  data: Buffer;
  createdAt: Date;
}

/**
 * The compacted state of a document: the updates folded into it have been deleted. Keyed by the
 * document's name, so opening a document reads it by `_id` (the embedded database looks nothing
 * else up without reading the whole collection).
 */
export interface CollabSnapshotRow {
  _id: string;
  data: Buffer;
  updatedAt: Date;
  /** The fencing token of the lease under which it was written (see leases.ts). */
  fence?: number;
}

const updateSchema = new Schema<CollabUpdateRow>(
  {
    docName: { type: String, required: true },
    data: { type: Buffer, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'collab_updates' },
);
updateSchema.index({ docName: 1, _id: 1 });

const snapshotSchema = new Schema<CollabSnapshotRow>(
  {
    _id: { type: String, required: true },
    data: { type: Buffer, required: true },
    updatedAt: { type: Date, required: true },
    fence: { type: Number },
  },
  { versionKey: false, collection: 'collab_states' },
);

export const CollabUpdateModel = model<CollabUpdateRow>('CollabUpdate', updateSchema);
export const CollabSnapshotModel = model<CollabSnapshotRow>('CollabSnapshot', snapshotSchema);

/**
 * Where earlier versions kept snapshots, found by a `docName` field; moved at start-up into the
 * update rows (see `moveLegacySnapshots`), from which the next compaction makes a snapshot.
 */
export const LEGACY_SNAPSHOTS = 'collab_snapshots';
