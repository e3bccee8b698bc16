import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDataDir } from '../../support/database';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const READY = 'Präventionsnetz is running at';
/** A line of a stack trace, as Node prints them: `    at fn (file.js:1:2)`. */
const STACK_FRAME = /^\s+at\s.+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
// Terminal colours, which the pretty format adds on a real terminal.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

interface FirstStart {
  stdout: string[];
  stderr: string;
}

/**
 * Starts the server's own start entry as `npm start` does, on a fresh clone: an empty data folder
 * and a cache holding only the already built embedded database (FerretDB), nothing else. Waits
 * until it says where it runs, then stops it as Ctrl-C would.
 */
async function firstStart(cacheDir: string, env: Record<string, string>): Promise<FirstStart> {
  const dataDir = await tempDataDir('pnetz-first-start-');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      CACHE_DIR: cacheDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      // No network for the mongod download, as on an office PC behind a proxy: it fails at once.
      MONGOMS_DOWNLOAD_MIRROR: 'http://127.0.0.1:9',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(READY)) resolve();
      });
      child.on('exit', (code) =>
        reject(new Error(`the server stopped (${code}) before it ran:\n${out}\n${stderr}`)),
      );
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  return { stdout: out.split('\n').filter((line) => line.trim() !== ''), stderr };
}

describe('the first start on a fresh clone', () => {
  let cacheDir: string;

  beforeAll(async () => {
    cacheDir = await tempDataDir('pnetz-first-cache-');
    // The one-time build is reused, as on a second start; see progress.test.ts for the build itself.
    await fs.symlink(
      realpathSync(path.join(REPO_ROOT, '.cache', 'ferretdb')),
      path.join(cacheDir, 'ferretdb'),
    );
  });

  afterAll(async () => {
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  it('prints no stack trace and one JSON object per line where logs are collected', async () => {
    const { stdout, stderr } = await firstStart(cacheDir, {});
    expect(stdout.join('\n')).not.toMatch(STACK_FRAME);
    expect(stderr).not.toMatch(STACK_FRAME);
    const entries = stdout.map((line) => JSON.parse(line) as { msg: string; category?: string });
    const messages = entries.map((entry) => entry.msg);
    // The missing mongod download is one line that says what happens next, not a stack trace.
    expect(messages).toContain('no mongod available, trying FerretDB');
    expect(messages).toContain('embedded FerretDB started');
    expect(messages.some((message) => message.startsWith(READY))).toBe(true);
    expect(entries.every((entry) => typeof entry.category === 'string')).toBe(true);
  }, 180_000);

  it('prints readable lines, not JSON, for a person at a terminal', async () => {
    const { stdout, stderr } = await firstStart(cacheDir, { LOG_FORMAT: 'pretty' });
    expect(stdout.join('\n')).not.toMatch(STACK_FRAME);
    expect(stderr).not.toMatch(STACK_FRAME);
    const lines = stdout.map((line) => line.replace(ANSI, ''));
    for (const line of lines) {
      expect(line).toMatch(/^\[?\d{2}:\d{2}:\d{2}\]? (INFO|WARN|ERROR|DEBUG)/);
      expect(() => JSON.parse(line) as unknown).toThrow();
    }
    expect(lines.some((line) => line.includes('db: embedded FerretDB started'))).toBe(true);
    expect(lines.some((line) => line.includes(`app: ${READY}`))).toBe(true);
  }, 180_000);
});
