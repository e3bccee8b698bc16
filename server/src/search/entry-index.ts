import type { Types } from 'mongoose';
import { createEngine, type EngineResult, type ParsedQuery } from './engine';
import { SearchEntryModel, type SearchEntryRecord } from './search-entry.model';

/**
 * The search entries as this server instance holds them in memory, for the engine.
 *
 * Why one index per instance, refreshed from the database on every query: the database stays
 * the single source of truth that every feature writes on every change (indexer.ts), so with
 * several instances behind Redis nothing has to be broadcast and nothing can be missed. Each
 * query first reads the ids and revisions of the entries the caller may find (a small indexed
 * read, also the permission filter) and loads only entries this instance has not seen at their
 * current revision; after the first query an instance loads only what changed. Building an index
 * per request instead would read and tokenize every permitted text on every keystroke.
 * Entries deleted in the database stop being found at once (they are no longer permitted) and
 * leave memory at the next sweep.
 */

/**
 * What the index keeps of an entry: its texts. Everything that may change without a new
 * revision (audience, fields of action) is read fresh with the permitted rows.
 */
export interface IndexedTexts {
  title: string;
  text: string;
}

interface PermittedRow {
  _id: Types.ObjectId;
  revision?: string | null;
  updatedAt: Date;
}

const LOAD_BATCH = 200;
const SWEEP_INTERVAL_MS = 5 * 60_000;

/** An entry's revision; entries written before revisions existed change with their date. */
const revisionOf = (row: { revision?: string | null; updatedAt: Date }) =>
  row.revision ?? `t${row.updatedAt.getTime()}`;

export class EntryIndex {
  private readonly engine = createEngine();
  private readonly entries = new Map<string, { revision: string; texts: IndexedTexts }>();
  private lastSweep = Date.now();

  /** The number of entries held (for tests and logs). */
  get size(): number {
    return this.entries.size;
  }

  /** Loads the permitted entries this instance lacks or holds at an older revision. */
  async sync(rows: readonly PermittedRow[]): Promise<void> {
    const stale = rows
      .filter((row) => this.entries.get(row._id.toHexString())?.revision !== revisionOf(row))
      .map((row) => row._id);
    for (let at = 0; at < stale.length; at += LOAD_BATCH) {
      const loaded = await SearchEntryModel.find(
        { _id: { $in: stale.slice(at, at + LOAD_BATCH) } },
        { title: 1, text: 1, titleTokens: 1, revision: 1, updatedAt: 1 },
      ).lean();
      for (const record of loaded) this.put(record);
    }
    if (Date.now() - this.lastSweep > SWEEP_INTERVAL_MS) await this.sweep();
  }

  /** Adds or replaces one entry; runs without awaiting, so concurrent syncs cannot interleave. */
  private put(
    record: Pick<
      SearchEntryRecord,
      '_id' | 'title' | 'text' | 'titleTokens' | 'revision' | 'updatedAt'
    >,
  ): void {
    const id = record._id.toHexString();
    const revision = revisionOf(record);
    if (this.entries.get(id)?.revision === revision) return;
    if (this.engine.has(id)) this.engine.discard(id);
    this.engine.add({
      id,
      // Titles that only name a container (a post's exchange) are shown but not searched.
      title: record.titleTokens.length > 0 ? record.title : '',
      text: record.text,
    });
    this.entries.set(id, { revision, texts: { title: record.title, text: record.text } });
  }

  /** Forgets entries that are no longer in the database. */
  async sweep(): Promise<void> {
    this.lastSweep = Date.now();
    const present = new Set(
      (await SearchEntryModel.find({}, { _id: 1 }).lean()).map((row) => row._id.toHexString()),
    );
    for (const id of [...this.entries.keys()]) {
      if (present.has(id)) continue;
      this.entries.delete(id);
      if (this.engine.has(id)) this.engine.discard(id);
    }
  }

  /** Runs a query over the permitted entries. */
  search(
    query: ParsedQuery,
    permitted: ReadonlySet<string>,
  ): Array<{ id: string; texts: IndexedTexts; result: EngineResult }> {
    return this.engine
      .search(query.tree, { filter: (result) => permitted.has(String(result.id)) })
      .flatMap((result) => {
        const id = String(result.id);
        const held = this.entries.get(id);
        return held ? [{ id, texts: held.texts, result }] : [];
      });
  }
}
