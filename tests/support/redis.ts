import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitForPort } from '../../server/src/db/process-utils';

/** A real redis-server (Debian's package) on a free loopback port, without persistence. */
export class TestRedis {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    let exited: string | null = null;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    child.on('exit', (code) => (exited = `redis-server exited with ${code}`));
    child.on('error', (error) => (exited = `redis-server could not start: ${error.message}`));
    this.child = child;
    await waitForPort(this.port, 10_000, () => exited);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}
