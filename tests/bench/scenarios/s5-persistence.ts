import {
  abOrder,
  baselines,
  type BenchContext,
  type GeneratorLoad,
  type Row,
} from '../lib/context';
import { round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

interface Step {
  offered: number;
  sentPerSecond: number;
  durablePerSecond: number;
  lagP99: number;
  reach: number;
  serverCpuPct: number;
  serverLoopP99: number;
  generator: GeneratorLoad;
}

/**
 * S5: 20 plans × 10 clients ramping up to 10,000 updates/s offered in all, from several load
 * generator processes: how many updates per second become durable, and how long they wait
 * (persistence lag). Beside it, the server's CPU and the generators' own CPU and event-loop delay
 * show which side limits.
 */
export async function runPersistence(
  ctx: BenchContext,
  options: { quick: boolean },
): Promise<Row[]> {
  const plans = options.quick ? 5 : 20;
  const perPlan = 10;
  const steps = options.quick ? [1000] : [1000, 2500, 5000, 10_000];
  const stepMs = options.quick ? 1000 : 5000;
  const measured = {} as Record<ServerKind, Step[]>;
  // At least four generator processes in a full run, whatever the core count: 10,000 updates/s
  // are offered.
  const generators = options.quick ? ctx.generators : Math.max(4, ctx.generators);
  for (const kind of abOrder(1)) {
    ctx.log(
      `S5 ${kind}: ${plans} plans × ${perPlan} clients in ${generators} generators, ramp ${steps.join(' → ')} updates/s`,
    );
    const server = await ctx.resources.server(kind);
    const load = ctx.resources.pool(generators);
    measured[kind] = [];
    try {
      const docIds = await server.createDocs(plans);
      await load.open(server.target, docIds, perPlan);
      for (const offered of steps) {
        await server.metrics(true);
        const result = await load.edits({
          ratePerClient: offered / (plans * perPlan),
          warmupMs: 0,
          durationMs: stepMs,
          keepLatencies: false,
          // Updates made during the step and durable at least 1.5 s after it (the flush period of
          // ours is 200 ms; Hocuspocus debounces for 2 s, as it ships).
          minDrainMs: 1500,
        });
        const metrics = await server.metrics(true);
        // Updates made during the step and durable by the end of the generators' wait for
        // stragglers (1.5 s), per second of the step: equal to the sent rate when storage keeps up.
        measured[kind].push({
          offered,
          sentPerSecond: result.sentPerSecond,
          durablePerSecond: metrics.persistedUpdates / (stepMs / 1000),
          lagP99: metrics.persistLagP99Ms,
          reach: result.reach,
          serverCpuPct: metrics.cpuPct,
          serverLoopP99: metrics.eventLoopP99Ms,
          generator: result.generator,
        });
      }
      await load.closeAll();
    } finally {
      await ctx.resources.releasePool(load);
      await ctx.resources.release(server);
    }
  }
  const rows: Row[] = [];
  steps.forEach((offered, i) => {
    const at = (kind: ServerKind) => measured[kind][i]!;
    const label = `${plans}×${perPlan} clients, ${offered} updates/s offered`;
    const top = i === steps.length - 1 && !options.quick;
    const row = (metric: string, unit: string, pick: (step: Step) => number, digits = 2) => ({
      scenario: 'S5',
      case: label,
      metric,
      unit,
      ours: round(pick(at('ours')), digits),
      ...baselines((k) => round(pick(at(k)), digits)),
    });
    rows.push(
      {
        ...row('sent by the clients', 'updates/s', (s) => s.sentPerSecond, 0),
        higherIsBetter: true,
      },
      {
        ...row('durably persisted', 'updates/s', (s) => s.durablePerSecond, 0),
        higherIsBetter: true,
        ...(top ? { target: '≥ 5,000/s', met: at('ours').durablePerSecond >= 5000 } : {}),
      },
      {
        ...row('persistence lag p99', 'ms', (s) => s.lagP99),
        ...(top ? { target: '≤ 250 ms', met: at('ours').lagP99 <= 250 } : {}),
      },
      {
        ...row('reach', '', (s) => s.reach, 4),
        target: '1.0',
        met: at('ours').reach === 1,
      },
      { ...row('server event-loop p99', 'ms', (s) => s.serverLoopP99), informational: true },
      { ...row('server CPU (% of a core)', '%', (s) => s.serverCpuPct, 1), informational: true },
      {
        ...row(`load generators CPU (${generators} processes)`, '%', (s) => s.generator.cpuPct, 1),
        informational: true,
      },
      {
        ...row('load generators event-loop p99', 'ms', (s) => s.generator.loopP99Ms),
        informational: true,
      },
    );
  });
  return rows;
}
