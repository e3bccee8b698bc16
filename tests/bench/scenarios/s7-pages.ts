import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { REPO_ROOT } from '../../../server/src/env';
import type { BenchContext, Row } from '../lib/context';
import { median, round } from '../lib/stats';
import { PAGE_DATA_SIZE, seedPageData, type PageFixture } from '../pages/seed';

interface PageResult {
  /** The route's heading was shown (the page worked). */
  ok: boolean;
  fcpMs: number;
  /** Until the route's heading (h1) was on the page: its own content, not the app's frame. */
  headingMs: number;
  interactiveMs: number;
  /** Until no request had been open for 500 ms (the 500 ms not counted). */
  networkIdleMs: number;
  scriptBeforeFcpGzip: number;
  scriptTotalGzip: number;
}

const routes = (f: PageFixture): { name: string; path: string; email?: string }[] => [
  { name: 'start page', path: '/' },
  { name: 'plan', path: `/plaene/${f.planId}` },
  { name: 'project', path: `/raete/${f.workspaceId}/projekte/${f.projectId}` },
  { name: 'exchange', path: `/austausch/${f.exchangeId}` },
  { name: 'programme', path: '/programm' },
  // The coordinators' dashboard: figures, trend chart, map and tables of the whole programme.
  { name: 'programme dashboard', path: '/programm', email: f.coordinatorEmail },
  { name: 'search', path: `/suche?q=${encodeURIComponent('Prävention')}` },
];

/**
 * S7: the main routes in the real browser (Debian's Chromium) against the built app on seeded data
 * of a realistic size, each a first visit (fresh browser context, empty cache, signed in as the
 * council's office, the programme dashboard as the coordinator):
 * - first contentful paint, from the Paint Timing API (the app's frame from index.html);
 * - heading shown: until the route's h1 was on the page (its own content), measured from here;
 * - interactive: the end of the last long task (> 50 ms main-thread work) once the network is
 *   idle, or first content if it came later (a simplified time-to-interactive);
 * - script bytes (gzip, as the server sends them to a client asking for gzip) loaded before first
 *   content and in all.
 */
export async function runPages(
  ctx: BenchContext,
  options: { rounds: number; size?: typeof PAGE_DATA_SIZE },
): Promise<Row[]> {
  const dbName = `bench_pages_${randomBytes(3).toString('hex')}`;
  const size = options.size ?? PAGE_DATA_SIZE;
  ctx.log(
    `S7 seeding ${size.councils} councils, ${size.projects} projects, ${size.updates} updates`,
  );
  const fixture = await seedPageData(ctx.mongodbUri, dbName, size);
  ctx.log(
    `S7 seeded ${fixture.counts.councils} councils, ${fixture.counts.projects} projects, ${fixture.counts.updates} updates`,
  );
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-bench-pages-'));
  const server = startApp(port, withDbName(ctx.mongodbUri, dbName), dataDir);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const results = new Map<string, PageResult[]>();
  try {
    await waitReady(baseUrl, server);
    for (let round = 0; round < options.rounds; round++) {
      for (const route of routes(fixture)) {
        ctx.log(`S7 round ${round + 1}: ${route.name}`);
        const who = { email: route.email ?? fixture.email, password: fixture.password };
        const result = await visit(browser, baseUrl, who, route.path, ctx.log).catch(
          (error: unknown): PageResult => {
            ctx.log(`S7 ${route.name} failed: ${error instanceof Error ? error.message : error}`);
            return {
              ok: false,
              fcpMs: NaN,
              headingMs: NaN,
              interactiveMs: NaN,
              networkIdleMs: NaN,
              scriptBeforeFcpGzip: NaN,
              scriptTotalGzip: NaN,
            };
          },
        );
        results.set(route.name, [...(results.get(route.name) ?? []), result]);
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  const rows: Row[] = [];
  for (const [name, list] of results) {
    const med = (pick: (r: PageResult) => number) => round(median(list.map(pick)));
    const label = `${name}, ${fixture.counts.projects} projects`;
    const row = (metric: string, unit: string, value: number) => ({
      scenario: 'S7',
      case: label,
      metric,
      unit,
      ours: value,
      ywebsocket: null,
      hocuspocus: null,
    });
    const fcp = med((r) => r.fcpMs);
    const before = med((r) => r.scriptBeforeFcpGzip / 1000);
    const ok = list.every((r) => r.ok);
    rows.push(
      { ...row('first contentful paint', 'ms', fcp), target: '≤ 1000 ms', met: fcp <= 1000 },
      row(
        'heading shown',
        'ms',
        med((r) => r.headingMs),
      ),
      row(
        'interactive',
        'ms',
        med((r) => r.interactiveMs),
      ),
      row(
        'network idle',
        'ms',
        med((r) => r.networkIdleMs),
      ),
      {
        ...row('script before first content (gzip)', 'kB', before),
        target: '≤ 250 kB',
        met: before <= 250,
      },
      row(
        'script in all (gzip)',
        'kB',
        med((r) => r.scriptTotalGzip / 1000),
      ),
      { ...row('reach (page shown)', '', ok ? 1 : 0), target: '1.0', met: ok },
    );
  }
  return rows;
}

async function visit(
  browser: Browser,
  baseUrl: string,
  who: { email: string; password: string },
  route: string,
  log: (message: string) => void,
): Promise<PageResult> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE' });
  try {
    const session = await context.request.get('/api/auth/session');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const login = await context.request.post('/api/auth/login', {
      headers: { 'x-csrf-token': csrfToken },
      data: { email: who.email, password: who.password },
    });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTaskEnds: number[] };
      w.__longTaskEnds = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__longTaskEnds.push(entry.startTime + entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    // Requests slower than 2 s are named: they are what to look at when a route is slow.
    page.on('requestfinished', (request) => {
      const ms = request.timing().responseEnd;
      if (ms > 2000)
        log(`S7 slow request on ${route}: ${new URL(request.url()).pathname} ${Math.round(ms)} ms`);
    });
    const navigated = Date.now();
    await page.goto(route, { waitUntil: 'load', timeout: 60_000 });
    const ok = await page
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    const headingMs = ok ? Date.now() - navigated : NaN;
    await page.waitForLoadState('networkidle', { timeout: 90_000 });
    const networkIdleMs = Date.now() - navigated - 500;
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __longTaskEnds: number[] };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, responseEnd: entry.responseEnd }));
      return {
        fcp,
        interactive: Math.max(fcp, nav.domContentLoadedEventEnd, ...w.__longTaskEnds),
        scripts,
      };
    });
    const sizes = await Promise.all(timing.scripts.map((script) => gzipSize(script.url)));
    const sum = (list: number[]) => list.reduce((total, n) => total + n, 0);
    return {
      ok,
      fcpMs: timing.fcp,
      headingMs,
      interactiveMs: timing.interactive,
      networkIdleMs,
      scriptBeforeFcpGzip: sum(
        timing.scripts.map((script, i) => (script.responseEnd <= timing.fcp ? sizes[i]! : 0)),
      ),
      scriptTotalGzip: sum(sizes),
    };
  } finally {
    await context.close();
  }
}

/** Bytes on the wire for a client that accepts gzip (the body is not decompressed here). */
function gzipSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

/** The built app (as `npm start` runs it), on the seeded database. */
export function startApp(port: number, mongodbUri: string, dataDir: string): ChildProcess {
  return spawn(process.execPath, ['server/dist/index.cjs'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      MONGODB_URI: mongodbUri,
      DATA_DIR: dataDir,
      SESSION_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
    },
  });
}

export function withDbName(uri: string, dbName: string): string {
  const url = new URL(uri);
  url.pathname = `/${dbName}`;
  return url.toString();
}

export async function waitReady(baseUrl: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the app exited with ${server.exitCode}`);
    const ready = await fetch(`${baseUrl}/api/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app did not become ready within 120 s');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
