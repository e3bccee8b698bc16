import { BenchServer, abOrder, startLoad, type BenchContext, type Row } from '../lib/context';
import { round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

/**
 * S5: 20 plans × 10 clients ramping up to 5,000 updates/s in all: how many updates per second
 * become durable, and how long they wait (persistence lag), batched versus one insert per update.
 */
export async function runPersistence(
  ctx: BenchContext,
  options: { quick: boolean },
): Promise<Row[]> {
  const plans = options.quick ? 5 : 20;
  const perPlan = 10;
  const steps = options.quick ? [500, 1000] : [1000, 2500, 5000];
  const stepMs = options.quick ? 3000 : 5000;
  const measured = {} as Record<
    ServerKind,
    Array<{
      offered: number;
      sentPerSecond: number;
      durablePerSecond: number;
      lagP99: number;
      reach: number;
    }>
  >;
  for (const kind of abOrder(1)) {
    ctx.log(`S5 ${kind}: ${plans} plans × ${perPlan} clients, ramp ${steps.join(' → ')} updates/s`);
    const server = await BenchServer.start(kind, ctx.mongodbUri);
    const load = startLoad();
    measured[kind] = [];
    try {
      const docIds = await server.createDocs(plans);
      await load.request('open', { target: server.target, docIds, perDoc: perPlan });
      for (const offered of steps) {
        await server.metrics(true);
        const result = await load.request<{ reach: number; sentPerSecond: number }>('edits', {
          ratePerClient: offered / (plans * perPlan),
          warmupMs: 0,
          durationMs: stepMs,
        });
        const metrics = await server.metrics(true);
        // Updates made during the step and durable by the end of the generator's wait for
        // stragglers (1.5 s), per second of the step: equal to the sent rate when storage keeps up.
        measured[kind].push({
          offered,
          sentPerSecond: result.sentPerSecond,
          durablePerSecond: metrics.persistedUpdates / (stepMs / 1000),
          lagP99: metrics.persistLagP99Ms,
          reach: result.reach,
        });
      }
      await load.request('closeAll');
    } finally {
      await load.stop();
      await server.stop();
    }
  }
  const rows: Row[] = [];
  steps.forEach((offered, i) => {
    const ours = measured.ours[i]!;
    const base = measured.baseline[i]!;
    const label = `${plans}×${perPlan} clients, ${offered} updates/s offered`;
    const top = i === steps.length - 1 && !options.quick;
    rows.push(
      {
        scenario: 'S5',
        case: label,
        metric: 'sent by the clients',
        unit: 'updates/s',
        ours: round(ours.sentPerSecond, 0),
        baseline: round(base.sentPerSecond, 0),
      },
      {
        scenario: 'S5',
        case: label,
        metric: 'durably persisted',
        unit: 'updates/s',
        ours: round(ours.durablePerSecond, 0),
        baseline: round(base.durablePerSecond, 0),
        ...(top ? { target: '≥ 2,000/s', met: ours.durablePerSecond >= 2000 } : {}),
      },
      {
        scenario: 'S5',
        case: label,
        metric: 'persistence lag p99',
        unit: 'ms',
        ours: round(ours.lagP99),
        baseline: round(base.lagP99),
        ...(top ? { target: '≤ 500 ms', met: ours.lagP99 <= 500 } : {}),
      },
      {
        scenario: 'S5',
        case: label,
        metric: 'reach',
        unit: '',
        ours: round(ours.reach, 4),
        baseline: round(base.reach, 4),
        target: '1.0',
        met: ours.reach === 1,
      },
    );
  });
  return rows;
}
