import {
  BenchServer,
  abOrder,
  baselines,
  type BenchContext,
  type EditsResult,
  type Row,
} from '../lib/context';
import { median, round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

export interface EditResult extends EditsResult {
  eventLoopP99Ms: number;
  serverCpuPct: number;
}

/**
 * Runs the edit workload: `clients` on one document, 5 edits/s each; optionally
 * `awarenessClients` more participants moving their cursors at 10 Hz (S6). The cursor movers
 * live in a second load generator, as they would on other machines, so that their work does
 * not delay the editors' measurements.
 */
export async function editWorkload(
  ctx: BenchContext,
  server: BenchServer,
  options: {
    clients: number;
    generators: number;
    awarenessClients?: number;
    warmupMs: number;
    durationMs: number;
  },
): Promise<EditResult> {
  const [docId] = await server.createDocs(1);
  const load = ctx.resources.pool(Math.min(options.generators, options.clients));
  const storm = options.awarenessClients ? ctx.resources.pool(1) : null;
  try {
    await load.open(server.target, [docId!], options.clients);
    await storm?.open(server.target, [docId!], options.awarenessClients!);
    await server.metrics(true);
    // The storm lasts the whole edit workload, including its warm-up and the wait for stragglers.
    const moving = storm?.children[0]!.request('cursors', {
      hz: 10,
      durationMs: options.warmupMs + options.durationMs,
    });
    const result = await load.edits({
      ratePerClient: 5,
      warmupMs: options.warmupMs,
      durationMs: options.durationMs,
    });
    await moving;
    const metrics = await server.metrics(true);
    await load.closeAll();
    await storm?.closeAll();
    return { ...result, eventLoopP99Ms: metrics.eventLoopP99Ms, serverCpuPct: metrics.cpuPct };
  } finally {
    await ctx.resources.releasePool(load);
    await ctx.resources.releasePool(storm);
  }
}

/** S1: edit → remote apply latency on one plan, and (S6) the same under an awareness storm. */
export async function runLatency(
  ctx: BenchContext,
  options: { clientCounts: number[]; withStorm: boolean },
): Promise<Row[]> {
  const rounds = ctx.quick ? 1 : 2;
  const timing = ctx.quick
    ? { warmupMs: 200, durationMs: 700 }
    : { warmupMs: 1000, durationMs: 4000 };
  const results = new Map<string, Record<ServerKind, EditResult[]>>();
  const push = (key: string, kind: ServerKind, result: EditResult) => {
    const entry = results.get(key) ?? { ours: [], ywebsocket: [], hocuspocus: [] };
    entry[kind].push(result);
    results.set(key, entry);
  };
  for (let r = 0; r < rounds; r++) {
    for (const kind of abOrder(r)) {
      const server = await ctx.resources.server(kind);
      try {
        for (const clients of options.clientCounts) {
          ctx.log(`S1 round ${r + 1} ${kind}: ${clients} clients`);
          push(
            `S1:${clients}`,
            kind,
            await editWorkload(ctx, server, { clients, generators: ctx.generators, ...timing }),
          );
        }
        if (options.withStorm) {
          ctx.log(`S6 round ${r + 1} ${kind}: 10 editors + 50 cursor movers`);
          const editors = { clients: 10, generators: ctx.generators, ...timing };
          push('S6:alone', kind, await editWorkload(ctx, server, editors));
          push(
            'S6:storm',
            kind,
            await editWorkload(ctx, server, { ...editors, awarenessClients: 50 }),
          );
        }
      } finally {
        await ctx.resources.release(server);
      }
    }
  }
  const med = (list: EditResult[], pick: (r: EditResult) => number) =>
    round(median(list.map(pick)));
  const rows: Row[] = [];
  for (const clients of options.clientCounts) {
    const entry = results.get(`S1:${clients}`)!;
    rows.push(
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'latency p50',
        unit: 'ms',
        ours: med(entry.ours, (r) => r.p50),
        ...baselines((k) => med(entry[k], (r) => r.p50)),
        maxRatio: 1,
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'latency p99',
        unit: 'ms',
        ours: med(entry.ours, (r) => r.p99),
        ...baselines((k) => med(entry[k], (r) => r.p99)),
        maxRatio: 1,
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'reach',
        unit: '',
        ours: med(entry.ours, (r) => r.reach),
        ...baselines((k) => med(entry[k], (r) => r.reach)),
        target: '1.0',
        met: med(entry.ours, (r) => r.reach) === 1,
      },
      {
        scenario: 'S1',
        case: `${clients} clients`,
        metric: 'event-loop p99',
        unit: 'ms',
        ours: med(entry.ours, (r) => r.eventLoopP99Ms),
        ...baselines((k) => med(entry[k], (r) => r.eventLoopP99Ms)),
      },
      ...loadRows('S1', `${clients} clients`, entry),
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
        ...baselines((k) => med(storm[k], (r) => r.p99)),
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'p99 storm ÷ p99 alone',
        unit: '×',
        ours: ratio('ours'),
        ...baselines((k) => ratio(k)),
        target: '≤ 1.5×',
        met: ratio('ours') <= 1.5,
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'reach',
        unit: '',
        ours: med(storm.ours, (r) => r.reach),
        ...baselines((k) => med(storm[k], (r) => r.reach)),
        target: '1.0',
        met: med(storm.ours, (r) => r.reach) === 1,
      },
      {
        scenario: 'S6',
        case: '10 editors + 50 cursors @10 Hz',
        metric: 'event-loop p99',
        unit: 'ms',
        ours: med(storm.ours, (r) => r.eventLoopP99Ms),
        ...baselines((k) => med(storm[k], (r) => r.eventLoopP99Ms)),
      },
    );
  }
  return rows;
}

/**
 * The server's CPU beside the load generators' (all processes, % of one core) and their worst
 * event-loop delay: the generators are not the bottleneck while their loop stays prompt.
 */
export function loadRows(
  scenario: string,
  label: string,
  entry: Record<ServerKind, EditResult[]>,
): Row[] {
  const med = (list: EditResult[], pick: (r: EditResult) => number) =>
    round(median(list.map(pick)), 1);
  return [
    {
      scenario,
      case: label,
      metric: 'server CPU (% of a core)',
      unit: '%',
      ours: med(entry.ours, (r) => r.serverCpuPct),
      ...baselines((k) => med(entry[k], (r) => r.serverCpuPct)),
      informational: true,
    },
    {
      scenario,
      case: label,
      metric: `load generators CPU (${entry.ours[0]?.generator.processes ?? 0} processes)`,
      unit: '%',
      ours: med(entry.ours, (r) => r.generator.cpuPct),
      ...baselines((k) => med(entry[k], (r) => r.generator.cpuPct)),
      informational: true,
    },
    {
      scenario,
      case: label,
      metric: 'load generators event-loop p99',
      unit: 'ms',
      ours: med(entry.ours, (r) => r.generator.loopP99Ms),
      ...baselines((k) => med(entry[k], (r) => r.generator.loopP99Ms)),
      informational: true,
    },
  ];
}
