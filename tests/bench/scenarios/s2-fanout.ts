import { abOrder, baselines, type BenchContext, type Row } from '../lib/context';
import { percentile, round } from '../lib/stats';
import type { ServerKind } from '../load/clients';

interface Fanout {
  p50: number;
  p99: number;
  reach: number;
  eventLoop: number;
}

interface FeedRun {
  events: Array<{ id: string; postedAt: number; lastArrival: number | null }>;
  reach: number;
}

/** The feed measured twice: from the server's broadcast (fan-out) and from the post (end to end). */
interface FeedFanout extends Fanout {
  postP50: number;
  postP99: number;
}

function feedLatencies(run: FeedRun, emits: Record<string, number>, eventLoop: number): FeedFanout {
  const complete = run.events.filter((event) => event.lastArrival !== null && emits[event.id]);
  const fromEmit = complete.map((event) => event.lastArrival! - emits[event.id]!);
  const fromPost = complete.map((event) => event.lastArrival! - event.postedAt);
  return {
    p50: percentile(fromEmit, 50),
    p99: percentile(fromEmit, 99),
    postP50: percentile(fromPost, 50),
    postP99: percentile(fromPost, 99),
    reach: complete.length === run.events.length ? run.reach : 0,
    eventLoop,
  };
}

/**
 * S2: one live event fanned out to many connected clients.
 * - The live feed event: a member posts a project update through the API; every listener in the
 *   council's room receives it. Only our server has a feed; this is where the target applies.
 * - Both servers are compared on the event they both have: a document update broadcast to every
 *   participant of one document.
 */
export async function runFanout(ctx: BenchContext, options: { counts: number[] }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of options.counts) {
    const measured = {} as Record<ServerKind, Fanout>;
    let feed: FeedFanout | undefined;
    for (const kind of abOrder(count)) {
      ctx.log(`S2 ${kind}: ${count} listeners`);
      const server = await ctx.resources.server(kind);
      const pool = ctx.resources.pool(ctx.generators);
      // The live feed's listeners stay in one generator: it times their arrivals per update.
      const load = pool.children[0]!;
      try {
        const [docId] = await server.createDocs(1);
        await pool.open(server.target, [docId!], count + 1);
        await server.metrics(true);
        const result = await pool.fanout({
          events: ctx.quick ? 5 : 20,
          spacingMs: ctx.quick ? 100 : 300,
        });
        const metrics = await server.metrics(true);
        measured[kind] = { ...result, eventLoop: metrics.eventLoopP99Ms };
        await pool.closeAll();
        if (kind === 'ours') {
          ctx.log(`S2 ours: live feed event to ${count} listeners`);
          const { projectId, workspaceId } = await server.createProject();
          await load.request('openFeed', { target: server.target, workspaceId, count });
          await server.metrics(true);
          const posted = await load.request<FeedRun>('feedFanout', {
            target: server.target,
            projectId,
            events: ctx.quick ? 5 : 20,
            spacingMs: ctx.quick ? 100 : 300,
          });
          const eventLoop = (await server.metrics(true)).eventLoopP99Ms;
          feed = feedLatencies(posted, await server.feedEmits(), eventLoop);
          await load.request('closeAll');
        }
      } finally {
        await ctx.resources.releasePool(pool);
        await ctx.resources.release(server);
      }
    }
    const label = `${count} listeners`;
    if (feed) {
      const feedLabel = `live feed event, ${label}`;
      rows.push(
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'broadcast → last recipient p50',
          unit: 'ms',
          ours: round(feed.p50),
          ...baselines(() => null),
        },
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'broadcast → last recipient p99',
          unit: 'ms',
          ours: round(feed.p99),
          ...baselines(() => null),
          ...(count === 1000 ? { target: '≤ 50 ms', met: feed.p99 <= 50 } : {}),
        },
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'post → last recipient p50',
          unit: 'ms',
          ours: round(feed.postP50),
          ...baselines(() => null),
        },
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'post → last recipient p99',
          unit: 'ms',
          ours: round(feed.postP99),
          ...baselines(() => null),
        },
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'reach',
          unit: '',
          ours: round(feed.reach, 4),
          ...baselines(() => null),
          target: '1.0',
          met: feed.reach === 1,
        },
        {
          scenario: 'S2',
          case: feedLabel,
          metric: 'event-loop p99',
          unit: 'ms',
          ours: round(feed.eventLoop),
          ...baselines(() => null),
        },
      );
    }
    const docLabel = `document update, ${label}`;
    rows.push(
      {
        scenario: 'S2',
        case: docLabel,
        metric: 'last recipient p50',
        unit: 'ms',
        ours: round(measured.ours.p50),
        ...baselines((k) => round(measured[k].p50)),
        maxRatio: 1,
      },
      {
        scenario: 'S2',
        case: docLabel,
        metric: 'last recipient p99',
        unit: 'ms',
        ours: round(measured.ours.p99),
        ...baselines((k) => round(measured[k].p99)),
        maxRatio: 1,
      },
      {
        scenario: 'S2',
        case: docLabel,
        metric: 'reach',
        unit: '',
        ours: round(measured.ours.reach, 4),
        ...baselines((k) => round(measured[k].reach, 4)),
        target: '1.0',
        met: measured.ours.reach === 1,
      },
      {
        scenario: 'S2',
        case: docLabel,
        metric: 'event-loop p99',
        unit: 'ms',
        ours: round(measured.ours.eventLoop),
        ...baselines((k) => round(measured[k].eventLoop)),
      },
    );
  }
  return rows;
}
