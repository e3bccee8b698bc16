/**
 * The load generator, in its own process so that its work does not share an event loop with the
 * server under test. It holds real clients (ours: the web client's provider on `/collab`; the baselines: theirs)
 * and measures edit → remote-apply latency on the receiving side.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { serveIpc } from '../lib/ipc';

// y-websocket's provider adds a process exit listener per instance; hundreds are expected here.
process.setMaxListeners(0);
import type * as Y from 'yjs';
import { percentile } from '../lib/stats';
import {
  openClient,
  openFeedSocket,
  type BenchClient,
  type FeedSocket,
  type ServerKind,
} from './clients';

interface Target {
  kind: ServerKind;
  url: string;
  cookie: string;
  csrfToken?: string;
}

/**
 * Wall-clock time in ms with sub-millisecond resolution: the clients of one document may live in
 * different generator processes, which share the machine's clock but not `performance.now()`.
 */
const wallClock = () => performance.timeOrigin + performance.now();

/** This generator's own load while measuring, to show whether it (and not the server) limits. */
class SelfLoad {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private cpu = process.cpuUsage();
  private started = performance.now();
  constructor() {
    this.loop.enable();
  }
  reset(): void {
    this.loop.reset();
    this.cpu = process.cpuUsage();
    this.started = performance.now();
  }
  read(): { loopP99Ms: number; cpuPct: number } {
    const used = process.cpuUsage(this.cpu);
    return {
      loopP99Ms: this.loop.percentile(99) / 1e6,
      cpuPct: ((used.user + used.system) / 1000 / (performance.now() - this.started)) * 100,
    };
  }
}
const self = new SelfLoad();
const STAMP_RING = 256;

let clients: BenchClient[] = [];
/** The document each client is on, to know how many others should receive its edits. */
const documentOf = new Map<BenchClient, string>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `perDoc` clients on each document, or `counts[i]` on `docIds[i]` when given. */
async function openAll(
  target: Target,
  docIds: string[],
  perDoc: number,
  counts?: number[],
  concurrency = 100,
): Promise<number> {
  const started = performance.now();
  const pending: Array<() => BenchClient> = [];
  for (const [d, docId] of docIds.entries()) {
    for (let i = 0; i < (counts?.[d] ?? perDoc); i++) {
      pending.push(() => {
        const client = openClient(target.kind, target.url, target.cookie, docId);
        documentOf.set(client, docId);
        return client;
      });
    }
  }
  for (let i = 0; i < pending.length; i += concurrency) {
    const batch = pending.slice(i, i + concurrency).map((open) => open());
    clients.push(...batch);
    await Promise.all(batch.map((client) => client.synced()));
  }
  return performance.now() - started;
}

/** Edits at a fixed rate per client; every other client of the document records how long the edit took to arrive. */
async function edits(args: {
  ratePerClient: number;
  warmupMs: number;
  durationMs: number;
  /** Participants of each document across all generator processes (default: the ones here). */
  participantsPerDoc?: number;
  /** Return the raw latencies, to merge across generators (S5 needs only the counts). */
  keepLatencies?: boolean;
}) {
  const latencies: number[] = [];
  let expected = 0;
  let received = 0;
  let sent = 0;
  let measuring = false;
  const writers = clients;
  const writersPerDoc = new Map<string, number>();
  for (const client of writers)
    writersPerDoc.set(
      documentOf.get(client)!,
      (writersPerDoc.get(documentOf.get(client)!) ?? 0) + 1,
    );
  const observers: Array<() => void> = [];
  for (const client of writers) {
    const stamps = client.doc.getMap<{ t: number; seq: number; m: boolean }>('stamps');
    const observer = (
      event: Y.YMapEvent<{ t: number; seq: number; m: boolean }>,
      transaction: Y.Transaction,
    ) => {
      if (transaction.local) return;
      for (const key of event.keysChanged) {
        const stamp = stamps.get(key);
        if (!stamp?.m) continue;
        received += 1;
        latencies.push(wallClock() - stamp.t);
      }
    };
    stamps.observe(observer);
    observers.push(() => stamps.unobserve(observer));
  }
  const intervalMs = 1000 / args.ratePerClient;
  const timers: NodeJS.Timeout[] = [];
  writers.forEach((client, index) => {
    const text = client.doc.getText('body');
    const stamps = client.doc.getMap('stamps');
    let seq = 0;
    const others = (args.participantsPerDoc ?? writersPerDoc.get(documentOf.get(client)!)!) - 1;
    const start = setTimeout(() => {
      timers.push(
        setInterval(() => {
          seq += 1;
          client.doc.transact(() => {
            text.insert(Math.floor(Math.random() * (text.length + 1)), 'a');
            // A ring of keys per client, not one: a server that coalesces several updates into
            // one message (Hocuspocus does, per event-loop turn) would otherwise deliver only the
            // last of a client's stamps, and the others would count as lost.
            stamps.set(`c${process.pid}-${index}-${seq % STAMP_RING}`, {
              t: wallClock(),
              seq,
              m: measuring,
            });
          });
          if (measuring) {
            expected += others;
            sent += 1;
          }
        }, intervalMs),
      );
    }, Math.random() * intervalMs);
    timers.push(start);
  });
  await sleep(args.warmupMs);
  measuring = true;
  latencies.length = 0;
  received = 0;
  self.reset();
  await sleep(args.durationMs);
  const generator = self.read();
  measuring = false;
  for (const timer of timers) clearInterval(timer);
  const sentPerSecond = sent / (args.durationMs / 1000);
  // The edits still in flight are counted by `editsCounts` while the orchestrator waits for them
  // across all generators; `editsResult` then reports.
  lastRun = {
    counts: () => ({ received, expected }),
    result: () => {
      for (const stop of observers) stop();
      return {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        latencies: args.keepLatencies ? latencies : [],
        samples: latencies.length,
        received,
        expected,
        generator,
        /** Edits actually made per second while measuring (may fall short of the rate). */
        sentPerSecond,
        reach: expected === 0 ? 1 : received / expected,
      };
    },
  };
  return { sentPerSecond };
}

let lastRun: {
  counts(): { received: number; expected: number };
  result(): unknown;
} | null = null;

/** Every client moves its cursor at `hz` for `durationMs` (S6's awareness storm). */
async function cursors(args: { hz: number; durationMs: number }) {
  const timers = clients.map((client, index) => {
    let x = 0;
    return setInterval(
      () => client.awareness.setLocalStateField('cursor', { anchor: (x += 1), client: index }),
      1000 / args.hz,
    );
  });
  await sleep(args.durationMs);
  for (const timer of timers) clearInterval(timer);
  return clients.length;
}

/**
 * S2, split across generators: every generator listens on its clients (the writer's own client
 * excepted), then one writes; per event, each generator reports how many of its listeners applied
 * it and when the last of them did (wall clock), and the orchestrator takes the latest.
 */
let arrivals = new Map<number, { count: number; last: number }>();

function fanoutListen(args: { skipFirst: boolean }): number {
  arrivals = new Map();
  const listeners = args.skipFirst ? clients.slice(1) : clients;
  for (const listener of listeners) {
    const map = listener.doc.getMap<{ seq: number }>('event');
    map.observe((_event, transaction) => {
      if (transaction.local) return;
      const seq = map.get('last')?.seq;
      if (seq === undefined) return;
      const entry = arrivals.get(seq) ?? { count: 0, last: 0 };
      entry.count += 1;
      entry.last = wallClock();
      arrivals.set(seq, entry);
    });
  }
  self.reset();
  return listeners.length;
}

async function fanoutWrite(args: { events: number; spacingMs: number }) {
  const [writer] = clients;
  if (!writer) throw new Error('no clients');
  const sent: Record<number, number> = {};
  for (let seq = 1; seq <= args.events; seq++) {
    sent[seq] = wallClock();
    writer.doc.getMap('event').set('last', { seq });
    await sleep(args.spacingMs);
  }
  return sent;
}

function fanoutCollect() {
  return { arrivals: Object.fromEntries(arrivals), generator: self.read() };
}

/** Live-feed listeners (our server only): plain Socket.IO clients in a council's room. */
let feedListeners: FeedSocket[] = [];

async function openFeed(args: { target: Target; workspaceId: string; count: number }) {
  for (let i = 0; i < args.count; i += 100) {
    const batch = Array.from({ length: Math.min(100, args.count - i) }, () =>
      openFeedSocket(args.target.url, args.target.cookie, args.workspaceId),
    );
    feedListeners.push(...(await Promise.all(batch)));
  }
  return feedListeners.length;
}

/**
 * Posts project updates through the API, as a member would, and records when the last listener
 * received each as a live feed event. Times are wall-clock, to compare with the server's.
 */
async function feedFanout(args: {
  target: Target;
  projectId: string;
  events: number;
  spacingMs: number;
}) {
  /** Per update id: how many listeners got it, and when the last of them did (wall clock). */
  const arrivals = new Map<string, { count: number; last: number }>();
  const posted: Array<{ id: string; at: number }> = [];
  let received = 0;
  for (const listener of feedListeners) {
    listener.onUpdate = (updateId) => {
      received += 1;
      const entry = arrivals.get(updateId) ?? { count: 0, last: 0 };
      entry.count += 1;
      entry.last = wallClock();
      arrivals.set(updateId, entry);
    };
  }
  for (let i = 1; i <= args.events; i++) {
    const at = wallClock();
    const res = await fetch(`${args.target.url}/api/projects/${args.projectId}/updates`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': args.target.csrfToken ?? '',
        cookie: args.target.cookie,
      },
      body: JSON.stringify({ text: `Neuigkeit ${i} aus dem Projekt` }),
    });
    if (res.status !== 201) throw new Error(`posting an update failed: ${await res.text()}`);
    posted.push({ id: ((await res.json()) as { id: string }).id, at });
    await sleep(args.spacingMs);
  }
  await sleep(2000);
  return {
    /** Per posted update: when it was posted and when its last listener received it. */
    events: posted.map(({ id, at }) => {
      const arrival = arrivals.get(id);
      return {
        id,
        postedAt: at,
        lastArrival: arrival?.count === feedListeners.length ? arrival.last : null,
      };
    }),
    reach: received / (args.events * feedListeners.length),
  };
}

async function closeAll(): Promise<number> {
  const count = clients.length + feedListeners.length;
  for (const client of clients) client.close();
  for (const listener of feedListeners) listener.close();
  clients = [];
  feedListeners = [];
  documentOf.clear();
  return count;
}

serveIpc({
  open: (args: { target: Target; docIds: string[]; perDoc: number; counts?: number[] }) =>
    openAll(args.target, args.docIds, args.perDoc, args.counts),
  /**
   * First connect → the whole stored content is there, for one fresh client, in ms. ("Synced"
   * alone is not enough: y-websocket's server answers the sync before its persistence has loaded
   * the stored updates, which then arrive afterwards.)
   */
  async coldOpen(args: {
    target: Target;
    docId: string;
    expectedLength: number;
    timeoutMs?: number;
  }) {
    const started = performance.now();
    const client = openClient(args.target.kind, args.target.url, args.target.cookie, args.docId);
    const text = client.doc.getText('seed');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`content incomplete after ${args.timeoutMs ?? 120_000} ms: ${text.length}`),
          ),
        args.timeoutMs ?? 120_000,
      );
      const check = () => {
        if (text.length >= args.expectedLength) {
          clearTimeout(timer);
          text.unobserve(check);
          resolve();
        }
      };
      text.observe(check);
      void client.synced().then(check);
    });
    const ms = performance.now() - started;
    const length = text.length;
    client.close();
    return { ms, length };
  },
  edits,
  editsCounts: () => lastRun?.counts() ?? { received: 0, expected: 0 },
  editsResult: () => {
    if (!lastRun) throw new Error('no edits run');
    const result = lastRun.result();
    lastRun = null;
    return result;
  },
  cursors,
  fanoutListen,
  fanoutWrite,
  fanoutCollect,
  openFeed,
  feedFanout,
  closeAll,
});
