import DataLoader from 'dataloader';

/**
 * A read by key whose calls in the same tick go to the database as one query. When a browser's
 * plans all reconnect after a restart, or a hundred people open their plans at once, each open
 * would otherwise cost a query of its own per rule it checks; on the embedded database every
 * query has a fixed cost well above that of the rows it returns.
 *
 * DataLoader gathers the keys; nothing is cached, so a batched read starts after every call it
 * answers and is as fresh as a read of its own. `read` gets each key once and returns what it
 * found; a key it did not find resolves to `missing`.
 */
export function batchedRead<V>(
  read: (keys: string[]) => Promise<Map<string, V>>,
  missing: V,
): (key: string) => Promise<V> {
  const loader = new DataLoader<string, V>(
    async (keys) => {
      const found = await read([...new Set(keys)]);
      return keys.map((key) => found.get(key) ?? missing);
    },
    { cache: false, maxBatchSize: 200 },
  );
  return (key) => loader.load(key);
}

/**
 * A filter value that matches any of `keys`: the key itself when there is one, which the embedded
 * database answers from its index on `_id` (it uses no index for `$in`).
 */
export function anyOf(keys: string[]): string | { $in: string[] } {
  return keys.length === 1 ? keys[0]! : { $in: keys };
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
