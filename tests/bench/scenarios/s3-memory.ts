import { abOrder, type BenchServer, baselines, type BenchContext, type Row } from '../lib/context';
import { round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

/** S3: server heap per open small plan with one client, and the heap after everyone left. */
export async function runMemory(ctx: BenchContext, options: { counts: number[] }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of options.counts) {
    const measured = {} as Record<
      ServerKind,
      { perKiB: number; afterPct: number; openSeconds: number }
    >;
    for (const kind of abOrder(count)) {
      ctx.log(`S3 ${kind}: ${count} plans with one client each`);
      const server = await ctx.resources.server(kind);
      const load = ctx.resources.pool(ctx.generators);
      try {
        const docIds = await server.createDocs(count);
        // Warm up code paths with a few documents first, so the starting heap includes them.
        await load.open(server.target, docIds.slice(0, 20), 1);
        await load.closeAll();
        await waitUnloaded(server);
        const start = await server.child.request<number>('gc');
        const openMs = await load.open(server.target, docIds, 1, 900_000);
        const open = await server.child.request<number>('gc');
        await load.closeAll();
        await waitUnloaded(server);
        const after = await server.child.request<number>('gc');
        measured[kind] = {
          perKiB: (open - start) / count / 1024,
          afterPct: ((after - start) / start) * 100,
          openSeconds: openMs / 1000,
        };
      } finally {
        await ctx.resources.releasePool(load);
        await ctx.resources.release(server);
      }
    }
    const label = `${count} plans × 1 client`;
    rows.push(
      {
        scenario: 'S3',
        case: label,
        metric: 'heap per plan+connection',
        unit: 'KiB',
        ours: round(measured.ours.perKiB),
        ...baselines((k) => round(measured[k].perKiB)),
        target: '≤ 20 KiB',
        met: measured.ours.perKiB <= 20,
        maxRatio: 1.05,
      },
      {
        scenario: 'S3',
        case: label,
        metric: 'heap after all left vs start',
        unit: '%',
        ours: round(measured.ours.afterPct),
        ...baselines((k) => round(measured[k].afterPct)),
        target: 'within 10 %',
        met: Math.abs(measured.ours.afterPct) <= 10,
      },
      {
        scenario: 'S3',
        case: label,
        metric: 'time to open all',
        unit: 's',
        ours: round(measured.ours.openSeconds),
        ...baselines((k) => round(measured[k].openSeconds)),
        maxRatio: 1.5,
      },
    );
  }
  return rows;
}

async function waitUnloaded(server: BenchServer): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await server.child.request<number>('loadedDocuments')) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${server.kind} kept documents in memory after every client left`);
}
