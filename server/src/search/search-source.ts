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
}
