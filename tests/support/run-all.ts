/**
 * `npm test`: every check in order, against real components (embedded database, real servers,
 * Debian's Chromium). Prints each stage's result and a closing line `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { E2E_SERVER_LOG } from '../playwright.config';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, '.cache', 'test-results');

interface Stage {
  name: string;
  passed: number;
  failed: number;
  /** Each failed test's name and the start of its error, repeated at the end of the output. */
  failures?: string[];
}

/** The first lines of an error message, without terminal colours. */
function excerpt(message: string | undefined, lines = 6): string {
  return stripVTControlCharacters(message ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, lines)
    .map((line) => `      ${line}`)
    .join('\n');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function step(name: string, command: string, args: string[]): Promise<Stage> {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

/** A file's text, or '' when it cannot be read. */
function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function jest(): Promise<Stage> {
  console.log('\n▶ unit and integration tests (jest, real database)');
  const output = path.join(RESULTS, 'jest.json');
  fs.rmSync(output, { force: true });
  // On two cores jest runs every file in one process, whose heap grows with each file's own
  // module registry; Node's default limit (about 4 GB) is too close to what a full run reaches.
  const code = await run('npx', ['jest', '--ci', '--json', `--outputFile=${output}`], {
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=8192'].filter(Boolean).join(' '),
  });
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numRuntimeErrorTestSuites: number;
    testResults: Array<{
      name: string;
      message: string;
      assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }>;
    }>;
  }>(output);
  if (!report) return { name: 'jest', passed: 0, failed: 1 };
  const failed =
    report.numFailedTests +
    report.numRuntimeErrorTestSuites +
    (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  const failures = report.testResults.flatMap((file) => {
    const where = path.relative(ROOT, file.name);
    const tests = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${where} › ${test.fullName}\n${excerpt(test.failureMessages[0])}`);
    return tests.length > 0 || !file.message ? tests : [`${where}\n${excerpt(file.message)}`];
  });
  return { name: 'jest', passed: report.numPassedTests, failed, failures };
}

async function vitest(): Promise<Stage> {
  console.log('\n▶ client component tests (Vitest, jsdom)');
  const output = path.join(RESULTS, 'vitest.json');
  fs.rmSync(output, { force: true });
  const code = await run('npx', [
    'vitest',
    'run',
    '--root',
    'client',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(output);
  if (!report) return { name: 'vitest', passed: 0, failed: 1 };
  // A skipped or todo test counts as failed: every test must run.
  const failed =
    report.numFailedTests +
    report.numPendingTests +
    report.numTodoTests +
    (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { name: 'vitest', passed: report.numPassedTests, failed };
}

interface PlaywrightSuite {
  title: string;
  file: string;
  suites?: PlaywrightSuite[];
  specs?: Array<{
    title: string;
    line: number;
    tests: Array<{
      status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
      results: Array<{
        status: string;
        duration: number;
        error?: { message?: string };
        attachments?: Array<{ name: string; path?: string }>;
      }>;
    }>;
  }>;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

/**
 * What the page said when a test failed: the alerts and status messages of the page snapshot
 * Playwright keeps beside the error (`error-context.md`), e.g. the error a form showed.
 */
function pageMessages(attachments: Array<{ name: string; path?: string }> = []): string {
  const context = attachments.find((attachment) => attachment.name === 'error-context');
  const messages = (context?.path ? readText(context.path) : '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^- (alert|status)\b/.test(line))
    .slice(0, 4);
  return messages.length > 0 ? `\n      page: ${messages.join('\n      page: ')}` : '';
}

/**
 * Every failed attempt in Playwright's JSON report, with how long it ran and what the page said;
 * an attempt that passed when run again is marked as such.
 */
function playwrightFailures(report: PlaywrightReport): string[] {
  const failures: string[] = [];
  const visit = (suite: PlaywrightSuite, titles: string[]) => {
    const trail = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      const name = [...trail, spec.title].join(' › ');
      for (const test of spec.tests) {
        for (const result of test.results) {
          if (result.status === 'passed' || result.status === 'skipped') continue;
          const flaky = test.status === 'flaky' ? ', passed when run again' : '';
          const ran = `${result.status}, ${(result.duration / 1000).toFixed(1)} s${flaky}`;
          failures.push(
            `${suite.file}:${spec.line} › ${name} (${ran})\n${excerpt(result.error?.message)}` +
              pageMessages(result.attachments),
          );
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, trail);
  };
  for (const suite of report.suites) visit(suite, []);
  return failures;
}

/** The last warnings and errors the e2e server logged (pino's JSON lines), for a failed run. */
function serverLogTail(file: string, lines = 12): string[] {
  return readText(file)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .map((line) => {
      try {
        const entry = JSON.parse(line) as { level?: number; time?: number; msg?: string } & Record<
          string,
          unknown
        >;
        const { level, time, msg, ...rest } = entry;
        const when = time ? new Date(time).toISOString().slice(11, 23) : '';
        const extra = JSON.stringify(rest);
        return `${when} ${level ?? ''} ${msg ?? ''} ${extra === '{}' ? '' : extra.slice(0, 300)}`;
      } catch {
        return line.slice(0, 300);
      }
    });
}

async function playwright(): Promise<Stage> {
  console.log('\n▶ end-to-end tests (Playwright, Chromium)');
  const output = path.join(RESULTS, 'playwright.json');
  fs.rmSync(output, { force: true });
  // A test that fails is run once more: on a busy shared machine a step may miss its timeout once.
  // One that then passes counts as passed and is listed under "Failed tests" all the same.
  const code = await run(
    'npx',
    [
      'playwright',
      'test',
      '--config',
      'tests/playwright.config.ts',
      '--reporter=list,json',
      '--retries=1',
    ],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  );
  const report = readJson<PlaywrightReport>(output);
  if (!report) return { name: 'playwright', passed: 0, failed: 1 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + skipped + (code !== 0 && unexpected === 0 ? 1 : 0);
  const failures = playwrightFailures(report);
  if (failures.length > 0) {
    const log = serverLogTail(E2E_SERVER_LOG);
    if (log.length > 0) failures.push(`the app's last log lines\n${excerpt(log.join('\n'), 12)}`);
  }
  return { name: 'playwright', passed: expected + flaky, failed, failures };
}

async function main(): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const turbo = (task: string) => ['turbo', 'run', task, '--output-logs=errors-only'];
  const stages: Stage[] = [];
  stages.push(await step('typecheck', 'npx', turbo('typecheck')));
  stages.push(await step('lint', 'npx', turbo('lint')));
  stages.push(await step('format', 'npx', ['prettier', '--check', '--log-level=warn', '.']));
  stages.push(await step('boundaries', 'npm', ['run', '--silent', 'boundaries']));
  stages.push(await step('unused code', 'npm', ['run', '--silent', 'unused']));
  stages.push(await step('copy-paste', 'npm', ['run', '--silent', 'clones']));
  stages.push(await step('build', 'npx', turbo('build')));
  // Every benchmark scenario, small, against the build: fails when one does not run or our
  // server's reach falls below 1.0 (ratios are printed, not asserted; a quick run writes nothing).
  stages.push(
    await step('benchmark (quick)', 'npm', ['run', '--silent', 'bench', '--', '--quick']),
  );
  stages.push(await vitest());
  stages.push(await jest());
  stages.push(
    await step('API fuzzing (schemathesis)', 'npx', ['tsx', 'tests/fuzz/schemathesis.ts']),
  );
  stages.push(await playwright());

  const failures = stages.flatMap((stage) => stage.failures ?? []);
  if (failures.length > 0) {
    console.log('\nFailed tests');
    for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
    if (failures.length > 20) console.log(`  … and ${failures.length - 20} more (above)`);
  }

  console.log('\nSummary');
  for (const stage of stages)
    console.log(`  ${stage.name.padEnd(12)} ${stage.passed} passed, ${stage.failed} failed`);
  const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
  const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
