import { abOrder, baselines, type BenchContext, type Row } from '../lib/context';
import { round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

/**
 * S4: first connect → complete content for a plan that received many updates, stored as each
 * server's own write path leaves it (ours: folded into the snapshot every 500 rows and when the
 * last participant leaves; y-mongodb-provider: one row per update, merged past 400 rows on a
 * load; Hocuspocus: one state row), then again after one more load and unload.
 */
/** A server that has not delivered the content by then (30× the 1 s target) failed the load. */
const COLD_LOAD_LIMIT_MS = 30_000;

export async function runColdLoad(
  ctx: BenchContext,
  options: { counts: number[] },
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of options.counts) {
    const failed = { before: NaN, after: NaN, eventLoop: NaN };
    const measured: Record<ServerKind, { before: number; after: number; eventLoop: number }> = {
      ours: failed,
      ywebsocket: failed,
      hocuspocus: failed,
    };
    for (const kind of abOrder(count)) {
      ctx.log(`S4 ${kind}: ${count} stored updates`);
      const server = await ctx.resources.server(kind);
      const pool = ctx.resources.pool(1);
      const load = pool.children[0]!;
      try {
        try {
          const [docId] = await server.createDocs(1);
          await server.child.request('seedUpdates', { docName: docId, count }, 600_000);
          await server.metrics(true);
          const cold = await load.request<{ ms: number; length: number }>('coldOpen', {
            target: server.target,
            docId,
            expectedLength: count,
            timeoutMs: COLD_LOAD_LIMIT_MS,
          });
          if (cold.length !== count)
            throw new Error(`${kind} loaded ${cold.length} of ${count} characters`);
          const metrics = await server.metrics(true);
          await server.child.request('settle', { docName: docId }, 600_000);
          const after = await load.request<{ ms: number; length: number }>('coldOpen', {
            target: server.target,
            docId,
            expectedLength: count,
            timeoutMs: COLD_LOAD_LIMIT_MS,
          });
          if (after.length !== count) throw new Error(`${kind} lost content after compaction`);
          measured[kind] = { before: cold.ms, after: after.ms, eventLoop: metrics.eventLoopP99Ms };
        } catch (error) {
          // Recorded, not fatal: the other server's numbers still count.
          ctx.log(
            `S4 ${kind} failed at ${count}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
          measured[kind] = { before: NaN, after: NaN, eventLoop: NaN };
        }
      } finally {
        await ctx.resources.releasePool(pool);
        await ctx.resources.release(server);
      }
    }
    const label = `${count.toLocaleString('en')} stored updates`;
    const target = count >= 100_000 ? 1000 : 300;
    rows.push(
      {
        scenario: 'S4',
        case: label,
        metric: 'cold load → content complete',
        unit: 'ms',
        ours: round(measured.ours.before),
        ...baselines((k) => round(measured[k].before)),
        target: `≤ ${target} ms`,
        met: measured.ours.before <= target,
      },
      {
        scenario: 'S4',
        case: label,
        metric: 'after compaction → content complete',
        unit: 'ms',
        ours: round(measured.ours.after),
        ...baselines((k) => round(measured[k].after)),
      },
      {
        scenario: 'S4',
        case: label,
        metric: 'event-loop p99 during load',
        unit: 'ms',
        ours: round(measured.ours.eventLoop),
        ...baselines((k) => round(measured[k].eventLoop)),
      },
      {
        scenario: 'S4',
        case: label,
        metric: 'reach (content complete)',
        unit: '',
        // 1 when the whole stored content arrived; 0 when the server failed to load it.
        ours: Number.isNaN(measured.ours.before) ? 0 : 1,
        ...baselines((k) => (Number.isNaN(measured[k].before) ? 0 : 1)),
        target: '1.0',
        met: !Number.isNaN(measured.ours.before),
      },
    );
  }
  return rows;
}
