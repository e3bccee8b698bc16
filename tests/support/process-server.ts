import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { freePort } from '../../server/src/db/process-utils';
import { eventually } from './eventually';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The real server as its own process (`server/src/index.ts`), for tests that stop it with
 * SIGTERM or kill it with SIGKILL and start it again on the same port and database.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async create(
    mongodbUri: string,
    dataDir: string,
    extraEnv: Record<string, string> = {},
  ): Promise<ServerProcess> {
    const port = await freePort();
    return new ServerProcess(port, {
      ...extraEnv,
      MONGODB_URI: mongodbUri,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO: '0',
      LOG_LEVEL: process.env.TEST_SERVER_LOG_LEVEL ?? 'warn',
      SESSION_SECRET: 'process-test-secret-with-32-characters!!',
      DATA_DIR: dataDir,
      CLIENT_DIST: path.join(dataDir, 'no-client'),
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
    await eventually(() => request(this.url).get('/api/ready').expect(200), 30_000, 100).catch(
      (error: unknown) => {
        throw new Error(`server did not become ready: ${String(error)}\n${this.output}`);
      },
    );
  }

  /** Sends the signal and resolves with the exit code (null when killed by the signal). */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill(signal);
    const code = await exited;
    this.child = null;
    return code;
  }

  get logs(): string {
    return this.output;
  }
}
