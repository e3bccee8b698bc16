import { EventEmitter } from 'node:events';
import mongoose from 'mongoose';
import type { Logger } from '../logger';

export interface DatabaseHealthOptions {
  /** How often the database is pinged while it answers. */
  pingEveryMs: number;
  /** How long a ping may go unanswered, counting only time the event loop was free to read it. */
  answerWithinMs: number;
  /** How often the probe looks at an outstanding ping. */
  tickMs: number;
}

/**
 * Together at most about 3.6 s from the moment the database stops answering to the verdict:
 * a request waiting for it gets its 503 well within 5 s.
 */
export const DEFAULT_DATABASE_HEALTH: DatabaseHealthOptions = {
  pingEveryMs: 500,
  answerWithinMs: 3_000,
  tickMs: 100,
};

/**
 * Whether the database answers, decided by a probe of its own rather than by how long requests
 * take: requests may be slow because the server is busy (a 1,000-letter PDF blocks the event
 * loop for seconds) while the database is fine.
 *
 * The probe keeps one ping outstanding at most. A ping's time is counted only while the event
 * loop was free to read its answer: every tick adds the time since the previous tick, but never
 * more than two ticks' worth, so a blocked event loop (whose answer is waiting unread in the
 * socket) does not count as a silent database. A database that is frozen, gone or unreachable
 * lets the ping go unanswered for `answerWithinMs` of such time, and the probe says `down`; the
 * first answer says `up` again, without a restart.
 */
export class DatabaseHealth extends EventEmitter<{ down: []; up: []; ping: [] }> {
  private state: 'up' | 'down' = 'up';
  private outstanding = false;
  /** Event-loop-free time the outstanding ping has waited. */
  private waitedMs = 0;
  private lastTick = 0;
  private sinceLastPingMs = Infinity;
  private ticker: NodeJS.Timeout | undefined;
  private readonly options: DatabaseHealthOptions;

  constructor(
    private readonly logger: Logger,
    options: Partial<DatabaseHealthOptions> = {},
  ) {
    super();
    this.options = { ...DEFAULT_DATABASE_HEALTH, ...options };
  }

  get down(): boolean {
    return this.state === 'down';
  }

  start(): void {
    if (this.ticker) return;
    this.lastTick = performance.now();
    this.ticker = setInterval(() => this.tick(), this.options.tickMs);
    this.ticker.unref();
    this.check();
  }

  stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** Pings now, unless a ping is already on its way. */
  check(): void {
    if (this.outstanding) return;
    const db = mongoose.connection.db;
    if (!db || mongoose.connection.readyState !== 1) {
      // The driver has noticed that the database is gone (or not there yet): nothing to ask.
      this.mark('down');
      this.sinceLastPingMs = 0;
      return;
    }
    this.outstanding = true;
    this.waitedMs = 0;
    this.sinceLastPingMs = 0;
    this.emit('ping');
    db.admin()
      .ping()
      .then(
        () => this.mark('up'),
        // An error is an answer too, but not a healthy one (e.g. the connection broke).
        () => this.mark('down'),
      )
      .finally(() => {
        this.outstanding = false;
      });
  }

  private tick(): void {
    const now = performance.now();
    // A late tick means the event loop was busy: that time is not the database's.
    const elapsed = Math.min(now - this.lastTick, 2 * this.options.tickMs);
    this.lastTick = now;
    if (this.outstanding) {
      this.waitedMs += elapsed;
      if (this.waitedMs >= this.options.answerWithinMs) this.mark('down');
      return;
    }
    this.sinceLastPingMs += elapsed;
    if (this.sinceLastPingMs >= this.options.pingEveryMs) this.check();
  }

  private mark(state: 'up' | 'down'): void {
    if (this.state === state) return;
    this.state = state;
    if (state === 'down') this.logger.warn('database does not answer');
    else this.logger.info('database answers again');
    this.emit(state);
  }
}
