import { BenchServer, abOrder, startLoad, type BenchContext, type Row } from '../lib/context';
import { median, round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

export interface EditResult {
  p50: number;
  p99: number;
  reach: number;
  eventLoopP99Ms: number;
}

/**
 * Runs the edit workload: `clients` on one document, 5 edits/s each; optionally
 * `awarenessClients` more participants moving their cursors at 10 Hz (S6). The cursor movers
 * live in a second load generator, as they would on other machines, so that their work does
 * not delay the editors' measurements.
 */
export async function editWorkload(
  server: BenchServer,
  options: { clients: number; awarenessClients?: number; warmupMs: number; durationMs: number },
): Promise<EditResult> {
  const [docId] = await server.createDocs(1);
  const load = startLoad();
  const storm = options.awarenessClients ? startLoad() : null;
  try {
    await load.request('open', { target: server.target, docIds: [docId], perDoc: options.clients });
    await storm?.request('open', {
      target: server.target,
      docIds: [docId],
      perDoc: options.awarenessClients,
    });
    await server.metrics(true);
    // The storm lasts the whole edit workload, including its warm-up and the wait for stragglers.
    const moving = storm?.request('cursors', {
      hz: 10,
      durationMs: options.warmupMs + options.durationMs + 1500,
    });
    const result = await load.request<{ p50: number; p99: number; reach: number }>('edits', {
      ratePerClient: 5,
      warmupMs: options.warmupMs,
      durationMs: options.durationMs,
    });
    await moving;
    const metrics = await server.metrics(true);
    await load.request('closeAll');
    await storm?.request('closeAll');
    return { ...result, eventLoopP99Ms: metrics.eventLoopP99Ms };
  } finally {
    await load.stop();
    await storm?.stop();
  }
}

/** S1: edit → remote apply latency on one plan, and (S6) the same under an awareness storm. */
export async function runLatency(
  ctx: BenchContext,
  options: { clientCounts: number[]; withStorm: boolean },
): Promise<Row[]> {
  const rounds = ctx.quick ? 1 : 2;
  const timing = ctx.quick
    ? { warmupMs: 1000, durationMs: 3000 }
    : { warmupMs: 1000, durationMs: 4000 };
  const results = new Map<string, Record<ServerKind, EditResult[]>>();
  const push = (key: string, kind: ServerKind, result: EditResult) => {
    const entry = results.get(key) ?? { ours: [], baseline: [] };
    entry[kind].push(result);
    results.set(key, entry);
  };
  for (let r = 0; r < rounds; r++) {
    for (const kind of abOrder(r)) {
      const server = await BenchServer.start(kind, ctx.mongodbUri);
      try {
        for (const clients of options.clientCounts) {
          ctx.log(`S1 round ${r + 1} ${kind}: ${clients} clients`);
          push(`S1:${clients}`, kind, await editWorkload(server, { clients, ...timing }));
        }
        if (options.withStorm) {
          ctx.log(`S6 round ${r + 1} ${kind}: 10 editors + 50 cursor movers`);
          push('S6:alone', kind, await editWorkload(server, { clients: 10, ...timing }));
          push(
            'S6:storm',
            kind,
            await editWorkload(server, { clients: 10, awarenessClients: 50, ...timing }),
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
  const med = (list: EditResult[], pick: (r: EditResult) => number) =>
    round(median(list.map(pick)));
  const rows: Row[] = [];
  for (const clients of options.clientCounts) {
    const entry = results.get(`S1:${clients}`)!;
    const ours50 = med(entry.ours, (r) => r.p50);
    const base50 = med(entry.baseline, (r) => r.p50);
    rows.push(
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'latency p50',
        unit: 'ms',
        ours: ours50,
        baseline: base50,
        ...(clients === 10
          ? { target: '≤ 5 ms and ≤ 1.5× baseline', met: ours50 <= 5 && ours50 <= 1.5 * base50 }
          : {}),
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'latency p99',
        unit: 'ms',
        ours: med(entry.ours, (r) => r.p99),
        baseline: med(entry.baseline, (r) => r.p99),
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'reach',
        unit: '',
        ours: med(entry.ours, (r) => r.reach),
        baseline: med(entry.baseline, (r) => r.reach),
        target: '1.0',
        met: med(entry.ours, (r) => r.reach) === 1,
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'event-loop p99',
        unit: 'ms',
        ours: med(entry.ours, (r) => r.eventLoopP99Ms),
        baseline: med(entry.baseline, (r) => r.eventLoopP99Ms),
      },
    );
  }
  if (options.withStorm) {
    const alone = results.get('S6:alone')!;
    const storm = results.get('S6:storm')!;
    const ratio = (kind: ServerKind) =>
      round(med(storm[kind], (r) => r.p99) / med(alone[kind], (r) => r.p99));
    rows.push(
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'latency p99',
        unit: 'ms',
        ours: med(storm.ours, (r) => r.p99),
        baseline: med(storm.baseline, (r) => r.p99),
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'p99 storm ÷ p99 alone',
        unit: '×',
        ours: ratio('ours'),
        baseline: ratio('baseline'),
        target: '≤ 2×',
        met: ratio('ours') <= 2,
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'reach',
        unit: '',
        ours: med(storm.ours, (r) => r.reach),
        baseline: med(storm.baseline, (r) => r.reach),
        target: '1.0',
        met: med(storm.ours, (r) => r.reach) === 1,
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'event-loop p99',
        unit: 'ms',
        ours: med(storm.ours, (r) => r.eventLoopP99Ms),
        baseline: med(storm.baseline, (r) => r.eventLoopP99Ms),
      },
    );
  }
  return rows;
}
