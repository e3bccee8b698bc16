/**
 * `npm run bench`: our server against the two servers a team would otherwise deploy, a plain
 * y-websocket server with y-mongodb-provider persistence and Hocuspocus with its database
 * extension, in one run (rotated per round), each server and each load generator in its own
 * process, on the same embedded database; (S7) the main routes in Chromium; and (S9) a security
 * analysis's weighted results for 5,000 responses. Prints a table
 * and writes
 * tests/bench/results/latest.json and the results section of tests/bench/BENCHMARKS.md.
 *
 *   npm run bench                 all scenarios
 *   npm run bench -- --quick      shorter runs, smaller sizes (a smoke test of the harness)
 *   npm run bench -- --quick --write  and record it in BENCHMARKS.md (a full run always does)
 *   npm run bench -- --only S1,S4 some scenarios
 *   npm run bench -- --only S8    the resident survey's public endpoints (2,000 submissions)
 *   npm run bench -- --generators=3  load generator processes per scenario (default: 2 to 4)
 *
 * It exits with 1 when a scenario did not run or our server's reach fell below 1.0.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedDatabase } from '../../server/src/db/embedded';
import { REPO_ROOT } from '../../server/src/env';
import { Resources, type BenchContext, type Row } from './lib/context';
import { BASELINES } from './load/clients';
import { renderMarkdown, renderTable, withVerdicts } from './lib/report';
import { runLatency } from './scenarios/s1-latency';
import { runFanout } from './scenarios/s2-fanout';
import { runMemory } from './scenarios/s3-memory';
import { runColdLoad } from './scenarios/s4-cold-load';
import { runPersistence } from './scenarios/s5-persistence';
import { runPages } from './scenarios/s7-pages';
import { runSurvey } from './scenarios/s8-survey';
import { runResults } from './scenarios/s9-results';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1]!).split(',')
  : null;
const wants = (id: string) => !only || only.includes(id);
const generatorsArg = args.find((arg) => arg.startsWith('--generators='));
/** Load generator processes per scenario: at least two, one per core beyond that (at most 4). */
const generators = generatorsArg
  ? Number(generatorsArg.split('=')[1])
  : Math.min(4, Math.max(2, os.cpus().length));

/** A scenario: its id, whether this run wants it, and the run that yields its rows. */
type Scenario = [string, boolean, () => Promise<Row[]>];

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-bench-db-'));
  const db = process.env.MONGODB_URI
    ? null
    : await startEmbeddedDatabase({
        dataDir,
        cacheDir: path.join(REPO_ROOT, '.cache'),
        logger: pino({ level: 'warn' }),
      });
  const mongodbUri = process.env.MONGODB_URI ?? db!.uri;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`.padStart(6);
  const ctx: BenchContext = {
    mongodbUri,
    quick,
    generators,
    resources: new Resources(mongodbUri, quick),
    log: (message) => console.log(`  ${elapsed()}  ${message}`),
  };
  let rows: Row[] = [];
  const failed: string[] = [];
  try {
    // A quick run starts the three servers at once and keeps them.
    if (quick) await ctx.resources.warm();
    // The scenarios that compare the three servers.
    const serverScenarios: Scenario[] = [
      [
        'S1/S6',
        wants('S1') || wants('S6'),
        () =>
          runLatency(ctx, {
            clientCounts: wants('S1') ? (quick ? [2, 10] : [2, 10, 50]) : [],
            withStorm: wants('S6'),
          }),
      ],
      ['S2', wants('S2'), () => runFanout(ctx, { counts: quick ? [50] : [500, 1000] })],
      ['S3', wants('S3'), () => runMemory(ctx, { counts: quick ? [100] : [1000, 5000] })],
      ['S4', wants('S4'), () => runColdLoad(ctx, { counts: quick ? [2000] : [10_000, 100_000] })],
      ['S5', wants('S5'), () => runPersistence(ctx, { quick })],
    ];
    // The scenarios of our app alone.
    const appScenarios: Scenario[] = [
      [
        'S7',
        wants('S7'),
        () =>
          runPages(ctx, {
            rounds: quick ? 1 : 3,
            ...(quick ? { size: { councils: 20, projects: 200, updates: 2000 } } : {}),
          }),
      ],
      [
        'S8',
        wants('S8'),
        () => runSurvey(ctx, { submissions: quick ? 50 : 2000, perSecond: quick ? 25 : 4 }),
      ],
      [
        'S9',
        wants('S9'),
        () => runResults(ctx, { rounds: quick ? 1 : 5, responses: quick ? 1000 : 5000 }),
      ],
    ];
    const runAll = async (scenarios: Scenario[]) => {
      for (const [id, wanted, run] of scenarios) {
        if (!wanted) continue;
        try {
          const result = await run();
          if (result.length === 0) throw new Error('no results');
          rows.push(...result);
        } catch (error) {
          // The other scenarios still run; the run as a whole fails below.
          failed.push(id);
          ctx.log(`${id} did not run: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    await runAll(serverScenarios);
    // A quick run keeps its servers; the baselines are stopped before our app's scenarios, so the
    // writes one still has queued (y-websocket's provider inserts a row per update and falls
    // behind in S5) do not share the database with them. A full run has stopped them already.
    await ctx.resources.stop(BASELINES);
    await runAll(appScenarios);
  } finally {
    await ctx.resources.stopAll();
    await db?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  rows = withVerdicts(rows);
  const meta = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
    node: process.version,
    database: db ? `embedded ${db.kind}` : 'MONGODB_URI',
    quick,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(
    `\n${renderTable(rows)}\n\n${meta.seconds} s on ${meta.machine}, database: ${meta.database}`,
  );
  if (!quick || args.includes('--write')) {
    // A partial run (--only) replaces the rows of the scenarios it ran and keeps the others (from a
    // full run, of the same three-server format); a quick run replaces them all.
    await fs.mkdir(path.join(__dirname, 'results'), { recursive: true });
    const latestFile = path.join(__dirname, 'results', 'latest.json');
    const previous = JSON.parse(
      await fs.readFile(latestFile, 'utf8').catch(() => '{"rows":[]}'),
    ) as { rows: Row[] };
    const ran = new Set(rows.map((row) => row.scenario));
    const kept = quick
      ? []
      : previous.rows.filter((row) => 'hocuspocus' in row && !ran.has(row.scenario));
    const merged = [...kept, ...rows].sort((a, b) => a.scenario.localeCompare(b.scenario));
    await fs.writeFile(
      latestFile,
      `${JSON.stringify({ meta: { ...meta, scenarios: [...ran] }, rows: merged }, null, 2)}\n`,
    );
    const file = path.join(__dirname, 'BENCHMARKS.md');
    const current = await fs.readFile(file, 'utf8').catch(() => '');
    await fs.writeFile(file, renderMarkdown(current, meta, merged));
    console.log('Results written to tests/bench/BENCHMARKS.md and tests/bench/results/latest.json');
  }
  const found = problems(rows, failed);
  if (found.length > 0) {
    console.error(`\nThe benchmark failed:\n${found.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

/**
 * The run fails (exit code 1) when a scenario did not run or our server lost something (reach
 * below 1.0). Ratios and targets are reported, never asserted: numbers on a shared machine move.
 */
function problems(rows: Row[], failed: string[]): string[] {
  return [
    ...failed.map((id) => `${id} did not run`),
    ...rows
      .filter((row) => row.metric.startsWith('reach') && !(row.ours >= 1))
      .map((row) => `${row.scenario} ${row.case}: reach ${row.ours}`),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
