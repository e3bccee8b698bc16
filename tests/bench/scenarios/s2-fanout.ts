import { BenchServer, abOrder, startLoad, type BenchContext, type Row } from '../lib/context';
import { round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

/**
 * S2: one live event fanned out to many connected clients. Both servers are measured on the event
 * they both have: a document update broadcast to every participant of one document.
 */
export async function runFanout(ctx: BenchContext, options: { counts: number[] }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of options.counts) {
    const measured = {} as Record<
      ServerKind,
      { p50: number; p99: number; reach: number; eventLoop: number }
    >;
    for (const kind of abOrder(count)) {
      ctx.log(`S2 ${kind}: ${count} listeners`);
      const server = await BenchServer.start(kind, ctx.mongodbUri);
      const load = startLoad();
      try {
        const [docId] = await server.createDocs(1);
        await load.request('open', { target: server.target, docIds: [docId], perDoc: count + 1 });
        await server.metrics(true);
        const result = await load.request<{ p50: number; p99: number; reach: number }>('fanout', {
          events: ctx.quick ? 10 : 20,
          spacingMs: 300,
        });
        const metrics = await server.metrics(true);
        measured[kind] = { ...result, eventLoop: metrics.eventLoopP99Ms };
        await load.request('closeAll');
      } finally {
        await load.stop();
        await server.stop();
      }
    }
    const label = `${count} listeners`;
    rows.push(
      {
        scenario: 'S2',
        case: label,
        metric: 'last recipient p50',
        unit: 'ms',
        ours: round(measured.ours.p50),
        baseline: round(measured.baseline.p50),
      },
      {
        scenario: 'S2',
        case: label,
        metric: 'last recipient p99',
        unit: 'ms',
        ours: round(measured.ours.p99),
        baseline: round(measured.baseline.p99),
        ...(count === 1000 ? { target: '≤ 80 ms', met: measured.ours.p99 <= 80 } : {}),
      },
      {
        scenario: 'S2',
        case: label,
        metric: 'reach',
        unit: '',
        ours: round(measured.ours.reach, 4),
        baseline: round(measured.baseline.reach, 4),
        target: '1.0',
        met: measured.ours.reach === 1,
      },
      {
        scenario: 'S2',
        case: label,
        metric: 'event-loop p99',
        unit: 'ms',
        ours: round(measured.ours.eventLoop),
        baseline: round(measured.baseline.eventLoop),
      },
    );
  }
  return rows;
}
