import { randomBytes } from 'node:crypto';
import type { ServerKind } from '../load/clients';
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
    const script = kind === 'ours' ? 'servers/ours.ts' : 'servers/baseline.ts';
    const child = new Child(
      script,
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

export interface Row {
  scenario: string;
  case: string;
  metric: string;
  unit: string;
  ours: number;
  baseline: number | null;
  target?: string;
  /** Whether the target holds; null when the scenario has no target for this row. */
  met?: boolean | null;
}

export interface BenchContext {
  mongodbUri: string;
  quick: boolean;
  log(message: string): void;
}

/** A/B order per round: ours first in odd rounds, the baseline first in even ones. */
export function abOrder(round: number): ServerKind[] {
  return round % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
}
