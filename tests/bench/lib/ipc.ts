import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A request from the orchestrator to a child process, answered with the same id. */
export interface IpcRequest {
  id: number;
  command: string;
  args?: unknown;
}
export type IpcResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export type Handlers = Record<string, (args: never) => Promise<unknown> | unknown>;

/** Child side: answers the orchestrator's requests with the given handlers. */
export function serveIpc(handlers: Handlers): void {
  process.on('message', (message: IpcRequest) => {
    const handler = handlers[message.command] as ((args: unknown) => Promise<unknown>) | undefined;
    void (async () => {
      try {
        if (!handler) throw new Error(`unknown command ${message.command}`);
        const result = await handler(message.args);
        process.send?.({ id: message.id, ok: true, result } satisfies IpcResponse);
      } catch (error) {
        process.send?.({
          id: message.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
      }
    })();
  });
  // The orchestrator going away ends the child too: no stray load generators.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ready: true });
}

/** Orchestrator side: a child process (TypeScript through tsx, or a bundle) that answers requests. */
export class Child {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();
  private readonly process: ChildProcess;
  /** Resolves once the child has registered its handlers (messages sent earlier would be lost). */
  private readonly ready: Promise<void>;

  constructor(script: string, env: Record<string, string> = {}, execArgv: string[] = []) {
    // A bundled script (an absolute `.cjs` path) runs as it is; TypeScript through tsx.
    const bundled = script.endsWith('.cjs');
    this.process = fork(bundled ? script : path.resolve(__dirname, '..', script), [], {
      execArgv: bundled ? execArgv : ['--import', 'tsx', ...execArgv],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let markReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.process.on('message', (message: IpcResponse | { ready: true }) => {
      if ('ready' in message) return markReady();
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(message.error));
    });
    this.process.on('exit', (code) => {
      for (const waiter of this.pending.values())
        waiter.reject(new Error(`${script} exited with ${code}`));
      this.pending.clear();
    });
  }

  async request<T>(command: string, args?: unknown, timeoutMs = 300_000): Promise<T> {
    await this.ready;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${command} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.process.send({ id, command, args } satisfies IpcRequest);
    });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
