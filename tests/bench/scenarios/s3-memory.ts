import { BenchServer, abOrder, startLoad, type BenchContext, type Row } from '../lib/context';
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
      const server = await BenchServer.start(kind, ctx.mongodbUri);
      const load = startLoad();
      try {
        const docIds = await server.createDocs(count);
        // Warm up code paths with a few documents first, so the baseline heap includes them.
        await load.request('open', {
          target: server.target,
          docIds: docIds.slice(0, 20),
          perDoc: 1,
        });
        await load.request('closeAll');
        await waitUnloaded(server);
        const start = await server.child.request<number>('gc');
        const openMs = await load.request<number>(
          'open',
          { target: server.target, docIds, perDoc: 1 },
          900_000,
        );
        const open = await server.child.request<number>('gc');
        await load.request('closeAll');
        await waitUnloaded(server);
        const after = await server.child.request<number>('gc');
        measured[kind] = {
          perKiB: (open - start) / count / 1024,
          afterPct: ((after - start) / start) * 100,
          openSeconds: openMs / 1000,
        };
      } finally {
        await load.stop();
        await server.stop();
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
        baseline: round(measured.baseline.perKiB),
        target: '≤ 30 KiB',
        met: measured.ours.perKiB <= 30,
      },
      {
        scenario: 'S3',
        case: label,
        metric: 'heap after all left vs start',
        unit: '%',
        ours: round(measured.ours.afterPct),
        baseline: round(measured.baseline.afterPct),
        target: 'within 10 %',
        met: Math.abs(measured.ours.afterPct) <= 10,
      },
      {
        scenario: 'S3',
        case: label,
        metric: 'time to open all',
        unit: 's',
        ours: round(measured.ours.openSeconds),
        baseline: round(measured.baseline.openSeconds),
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
