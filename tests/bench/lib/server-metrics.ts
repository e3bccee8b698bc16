import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { percentile } from './stats';

/** What every benchmarked server reports: event-loop delay, heap, and persistence lag. */
export class ServerMetrics {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private lags: number[] = [];
  private persisted = 0;
  private cpu = process.cpuUsage();
  private since = performance.now();

  constructor() {
    this.loop.enable();
  }

  /** One batch of `updates` made durable, the oldest of them received `lagMs` ago. */
  recordPersisted(updates: number, lagMs: number): void {
    this.persisted += updates;
    this.lags.push(lagMs);
  }

  snapshot(reset: boolean) {
    const result = {
      eventLoopP99Ms: this.loop.percentile(99) / 1e6,
      heapUsedBytes: process.memoryUsage().heapUsed,
      persistedUpdates: this.persisted,
      persistLagP99Ms: percentile(this.lags, 99),
      persistLagP50Ms: percentile(this.lags, 50),
      /** CPU used since the last reset, in % of one core. */
      cpuPct: (() => {
        const used = process.cpuUsage(this.cpu);
        return ((used.user + used.system) / 1000 / (performance.now() - this.since)) * 100;
      })(),
    };
    if (reset) {
      this.cpu = process.cpuUsage();
      this.since = performance.now();
      this.loop.reset();
      this.lags = [];
      this.persisted = 0;
    }
    return result;
  }
}

export type MetricsSnapshot = ReturnType<ServerMetrics['snapshot']>;

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
