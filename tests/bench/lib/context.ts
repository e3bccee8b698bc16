import { randomBytes } from 'node:crypto';
import { percentile } from './stats';
import { SERVER_KINDS, type BaselineKind, type ServerKind } from '../load/clients';
import { bundledServer } from './bundle';
import { Child } from './ipc';
import type { MetricsSnapshot } from './server-metrics';

export interface Target {
  kind: ServerKind;
  url: string;
  cookie: string;
  /** Our server only: the session's CSRF token, for posting through the API. */
  csrfToken?: string;
}

/** A server under test in its own process, with a fresh database. */
export class BenchServer {
  private constructor(
    readonly kind: ServerKind,
    readonly child: Child,
    readonly target: Target,
  ) {}

  static async start(kind: ServerKind, mongodbUri: string): Promise<BenchServer> {
    const script = {
      ours: 'servers/ours.ts',
      ywebsocket: 'servers/baseline.ts',
      hocuspocus: 'servers/hocuspocus.ts',
    }[kind];
    const child = new Child(
      await bundledServer(script),
      {
        BENCH_MONGODB_URI: mongodbUri,
        BENCH_DB_NAME: `bench_${kind}_${randomBytes(3).toString('hex')}`,
      },
      ['--expose-gc'],
    );
    const target = {
      kind,
      ...(await child.request<{ url: string; cookie: string; csrfToken?: string }>('info')),
    };
    return new BenchServer(kind, child, target);
  }

  createDocs(count: number): Promise<string[]> {
    return this.child.request('createDocs', { count });
  }

  /** Our server only: a published project of the bench council. */
  createProject(): Promise<{ projectId: string; workspaceId: string }> {
    return this.child.request('createProject');
  }

  /** Our server only: when each live feed event was broadcast, by update id (wall clock, ms). */
  feedEmits(): Promise<Record<string, number>> {
    return this.child.request('feedEmits');
  }

  metrics(reset = true): Promise<MetricsSnapshot> {
    return this.child.request('metrics', { reset });
  }

  stop(): Promise<void> {
    return this.child.stop();
  }
}

/** A load generator in its own process. */
export function startLoad(): Child {
  return new Child('load/generator.ts', {}, ['--max-old-space-size=4096']);
}

/** The load generators' own load while measuring: their worst event-loop delay, their CPU. */
export interface GeneratorLoad {
  processes: number;
  loopP99Ms: number;
  /** CPU of all generator processes together, in % of one core. */
  cpuPct: number;
}

export interface EditsResult {
  p50: number;
  p99: number;
  reach: number;
  sentPerSecond: number;
  generator: GeneratorLoad;
}

function combineLoad(loads: Array<{ loopP99Ms: number; cpuPct: number }>): GeneratorLoad {
  return {
    processes: loads.length,
    loopP99Ms: Math.max(...loads.map((load) => load.loopP99Ms)),
    cpuPct: loads.reduce((sum, load) => sum + load.cpuPct, 0),
  };
}

/**
 * Several load generators, each its own process, that together hold the clients of a scenario:
 * the clients are dealt round-robin, so one document's participants may sit in different
 * processes (latencies are then measured in wall-clock time) and no one process has to apply
 * every remote edit.
 */
export class LoadPool {
  readonly children: Child[];
  private participants = 0;

  constructor(size: number) {
    this.children = Array.from({ length: size }, () => startLoad());
  }

  /** Opens `perDoc` clients on every document, dealt across the generators; ms until all synced. */
  async open(
    target: Target,
    docIds: string[],
    perDoc: number,
    timeoutMs?: number,
  ): Promise<number> {
    this.participants = perDoc;
    const counts = this.children.map(() => docIds.map(() => 0));
    let next = 0;
    for (let d = 0; d < docIds.length; d++)
      for (let i = 0; i < perDoc; i++) counts[next++ % this.children.length]![d]! += 1;
    const times = await Promise.all(
      this.children.map((child, c) => {
        const mine = docIds
          .map((docId, d) => ({ docId, count: counts[c]![d]! }))
          .filter((x) => x.count > 0);
        return child.request<number>(
          'open',
          { target, docIds: mine.map((x) => x.docId), perDoc: 0, counts: mine.map((x) => x.count) },
          timeoutMs,
        );
      }),
    );
    return Math.max(...times);
  }

  /**
   * Every client edits at `ratePerClient` for the warm-up and the measured window; then the pool
   * waits until every edit has reached every other participant (or `drainLimitMs` passed, and
   * at least `minDrainMs`, for the server to persist what it got).
   */
  async edits(args: {
    ratePerClient: number;
    warmupMs: number;
    durationMs: number;
    keepLatencies?: boolean;
    minDrainMs?: number;
    drainLimitMs?: number;
  }): Promise<EditsResult> {
    const keepLatencies = args.keepLatencies ?? true;
    const { minDrainMs = 0, drainLimitMs = 10_000, ...run } = args;
    await Promise.all(
      this.children.map((child) =>
        child.request('edits', { ...run, keepLatencies, participantsPerDoc: this.participants }),
      ),
    );
    const started = Date.now();
    for (;;) {
      const counts = await Promise.all(
        this.children.map((child) =>
          child.request<{ received: number; expected: number }>('editsCounts'),
        ),
      );
      const received = counts.reduce((sum, c) => sum + c.received, 0);
      const expected = counts.reduce((sum, c) => sum + c.expected, 0);
      const waited = Date.now() - started;
      if ((received >= expected && waited >= minDrainMs) || waited >= drainLimitMs) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const parts = await Promise.all(
      this.children.map((child) =>
        child.request<{
          latencies: number[];
          received: number;
          expected: number;
          sentPerSecond: number;
          generator: { loopP99Ms: number; cpuPct: number };
        }>('editsResult'),
      ),
    );
    const latencies = parts.flatMap((part) => part.latencies);
    const expected = parts.reduce((sum, part) => sum + part.expected, 0);
    const received = parts.reduce((sum, part) => sum + part.received, 0);
    return {
      p50: keepLatencies ? percentile(latencies, 50) : Number.NaN,
      p99: keepLatencies ? percentile(latencies, 99) : Number.NaN,
      reach: expected === 0 ? 1 : received / expected,
      sentPerSecond: parts.reduce((sum, part) => sum + part.sentPerSecond, 0),
      generator: combineLoad(parts.map((part) => part.generator)),
    };
  }

  /** One writer (the first client of the first generator); every other participant listens. */
  async fanout(args: { events: number; spacingMs: number }) {
    const listeners = await Promise.all(
      this.children.map((child, c) =>
        child.request<number>('fanoutListen', { skipFirst: c === 0 }),
      ),
    );
    const sent = await this.children[0]!.request<Record<number, number>>('fanoutWrite', args);
    const total = listeners.reduce((sum, n) => sum + n, 0);
    const collect = () =>
      Promise.all(
        this.children.map((child) =>
          child.request<{
            arrivals: Record<number, { count: number; last: number }>;
            generator: { loopP99Ms: number; cpuPct: number };
          }>('fanoutCollect'),
        ),
      );
    // Wait until every listener has every event, or 10 s.
    let parts = await collect();
    for (let waited = 0; waited < 10_000; waited += 50) {
      const got = parts.reduce(
        (sum, part) => sum + Object.values(part.arrivals).reduce((n, a) => n + a.count, 0),
        0,
      );
      if (got >= args.events * total) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
      parts = await collect();
    }
    const lastArrival: number[] = [];
    let received = 0;
    for (let seq = 1; seq <= args.events; seq++) {
      const got = parts.map((part) => part.arrivals[seq] ?? { count: 0, last: 0 });
      const count = got.reduce((sum, entry) => sum + entry.count, 0);
      received += count;
      if (count === total)
        lastArrival.push(Math.max(...got.map((entry) => entry.last)) - sent[seq]!);
    }
    return {
      p50: percentile(lastArrival, 50),
      p99: percentile(lastArrival, 99),
      reach: received / (args.events * total),
      generator: combineLoad(parts.map((part) => part.generator)),
    };
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.children.map((child) => child.request('closeAll')));
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => child.stop()));
  }
}

export interface Row {
  scenario: string;
  case: string;
  metric: string;
  unit: string;
  ours: number;
  ywebsocket: number | null;
  hocuspocus: number | null;
  /** Throughput and reach: more is better. Everything else (times, bytes, delay): less is. */
  higherIsBetter?: boolean;
  /** Compare with the better baseline: that ratio is compared with `maxRatio` for the verdict. */
  maxRatio?: number;
  /** A measurement beside the comparison (the generators' own load): no ratio. */
  informational?: boolean;
  /** An absolute target, checked by the scenario (`met`). */
  target?: string;
  /** Whether the target holds; null when the scenario has no target for this row. */
  met?: boolean | null;
}

/** Both baselines' values of one row. */
export function baselines(pick: (kind: BaselineKind) => number | null): Pick<Row, BaselineKind> {
  return { ywebsocket: pick('ywebsocket'), hocuspocus: pick('hocuspocus') };
}

export interface BenchContext {
  mongodbUri: string;
  quick: boolean;
  /** How many load generator processes share the clients of a scenario. */
  generators: number;
  resources: Resources;
  log(message: string): void;
}

/** The order of the three servers in a round, rotated each round so none is always first. */
export function abOrder(round: number): ServerKind[] {
  const shift = round % SERVER_KINDS.length;
  return [...SERVER_KINDS.slice(shift), ...SERVER_KINDS.slice(0, shift)];
}

/**
 * Servers and load generators for the scenarios: fresh ones for every use, or, in a quick run,
 * started once and reused (each start costs seconds that a smoke test cannot spare).
 */
export class Resources {
  private readonly servers = new Map<ServerKind, BenchServer>();
  private readonly idle: LoadPool[] = [];

  constructor(
    private readonly mongodbUri: string,
    private readonly reuse: boolean,
  ) {}

  async server(kind: ServerKind): Promise<BenchServer> {
    const kept = this.servers.get(kind);
    if (kept) return kept;
    const server = await BenchServer.start(kind, this.mongodbUri);
    if (this.reuse) this.servers.set(kind, server);
    return server;
  }

  /** Starts every server at once (a quick run keeps them for all scenarios). */
  async warm(): Promise<void> {
    await Promise.all(SERVER_KINDS.map((kind) => this.server(kind)));
  }

  async release(server: BenchServer): Promise<void> {
    if (!this.reuse) await server.stop();
  }

  pool(size: number): LoadPool {
    const index = this.idle.findIndex((pool) => pool.children.length === size);
    return index >= 0 ? this.idle.splice(index, 1)[0]! : new LoadPool(size);
  }

  async releasePool(pool: LoadPool | null): Promise<void> {
    if (!pool) return;
    if (this.reuse) this.idle.push(pool);
    else await pool.stop();
  }

  /** Stops the kept servers of these kinds (a later use starts a fresh one). */
  async stop(kinds: readonly ServerKind[]): Promise<void> {
    await Promise.all(
      kinds.map(async (kind) => {
        const server = this.servers.get(kind);
        this.servers.delete(kind);
        await server?.stop();
      }),
    );
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.servers.values()].map((server) => server.stop()));
    await Promise.all(this.idle.map((pool) => pool.stop()));
    this.servers.clear();
    this.idle.length = 0;
  }
}
