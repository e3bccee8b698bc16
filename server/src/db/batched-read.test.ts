import { anyOf, batchedRead } from './batched-read';

/** A read that records the keys of each query and answers from `stored`. */
function recordingRead(stored: Record<string, number>) {
  const queries: string[][] = [];
  const read = batchedRead(async (keys) => {
    queries.push(keys);
    return new Map(keys.filter((key) => key in stored).map((key) => [key, stored[key]!]));
  }, 0);
  return { read, queries };
}

describe('batched reads', () => {
  it('answers the calls of one tick with one query that asks for each key once', async () => {
    const { read, queries } = recordingRead({ a: 1, b: 2 });
    const answers = await Promise.all([read('a'), read('b'), read('a'), read('unbekannt')]);
    expect(answers).toEqual([1, 2, 1, 0]);
    expect(queries).toEqual([['a', 'b', 'unbekannt']]);
  });

  it('caches nothing: a later call reads again and sees what changed', async () => {
    const stored: Record<string, number> = { a: 1 };
    const { read, queries } = recordingRead(stored);
    expect(await read('a')).toBe(1);
    stored.a = 2;
    expect(await read('a')).toBe(2);
    expect(queries).toEqual([['a'], ['a']]);
  });

  it('fails every call of a failed query, and the next query runs again', async () => {
    let failing = true;
    const read = batchedRead(async (keys) => {
      if (failing) throw new Error('database unavailable');
      return new Map(keys.map((key) => [key, key.length]));
    }, 0);
    const calls = [read('eins'), read('zwei')];
    await expect(calls[0]).rejects.toThrow('database unavailable');
    await expect(calls[1]).rejects.toThrow('database unavailable');
    failing = false;
    expect(await read('drei')).toBe(4);
  });

  it('asks for a single key by equality, which the embedded database finds by index', () => {
    expect(anyOf(['a'])).toBe('a');
    expect(anyOf(['a', 'b'])).toEqual({ $in: ['a', 'b'] });
  });
});
