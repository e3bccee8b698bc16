import type { PlanMeasures } from './sources/plans';

/** What the index reads from a stored collaborative document, at once (it may be unloaded later). */
export interface DocumentContent {
  /** The rich text as plain text. */
  text: string;
  /** The measures list, for documents that have one (plans). */
  measures: PlanMeasures;
}

/**
 * One kind of record in the search index, declared by the feature that owns it (`search` in its
 * `feature.ts`). Features index their records on every write; `reindex` rebuilds their part of
 * the index from the stored records (demo seed, repair).
 */
export interface SearchSource {
  /** For logs, e.g. `exchange posts`. */
  name: string;
  /** Indexes every record of this source again; resolves with the number of entries written. */
  reindex(): Promise<number>;
  /**
   * For features whose records are collaborative documents: indexes a document after it was
   * stored. Resolves false when the document is not one of this source's records.
   */
  indexDocument?(name: string, content: DocumentContent): Promise<boolean>;
}
