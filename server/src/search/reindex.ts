import * as Y from 'yjs';
import { mongoPersistence } from '../realtime/collab/persistence';
import { CollabSnapshotModel, CollabUpdateModel } from '../realtime/collab/persistence.model';
import { SearchEntryModel } from './search-entry.model';
import type { SearchSource } from './search-source';

/** When a document was last stored (its newest update row, else its snapshot, else `fallback`). */
export async function lastEdited(name: string, fallback: Date): Promise<Date> {
  const [row, snapshot] = await Promise.all([
    CollabUpdateModel.findOne({ docName: name }, { createdAt: 1 }).sort({ _id: -1 }).lean(),
    CollabSnapshotModel.findOne({ _id: name }, { updatedAt: 1 }).lean(),
  ]);
  return row?.createdAt ?? snapshot?.updatedAt ?? fallback;
}

/** A stored collaborative document, loaded into a fresh Y.Doc (not into the live registry). */
export async function storedDocument(name: string): Promise<Y.Doc> {
  const stored = await mongoPersistence.fetch(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Rebuilds the whole search index from the records and stored documents of every registered
 * source (features.ts). Used by the demo seed and by tests, and as a repair tool; the index is
 * empty while it runs.
 */
export async function reindexAll(sources: readonly SearchSource[]): Promise<number> {
  await SearchEntryModel.deleteMany({});
  let count = 0;
  for (const source of sources) count += await source.reindex();
  return count;
}
