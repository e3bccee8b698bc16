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
 * Together at most about 3.9 s from the moment the database stops answering to the verdict:
 * a request waiting for it gets its 503 within 5 s. A ping on a loaded machine answers within
 * tens of milliseconds; seconds mean a database that is frozen, gone or stuck.
 */
export const DEFAULT_DATABASE_HEALTH: DatabaseHealthOptions = {
  pingEveryMs: 250,
  answerWithinMs: 3_500,
  tickMs: 100,
};

/**
 * Whether the database answers, decided by a probe of its own rather than by how long requests
 * take: requests may be slow because the server is busy (a 1,000-letter PDF blocks the event
 * loop for seconds) while the database is fine.
 *
 * The probe keeps one ping on its way at most. The time since the database last answered is
 * counted only while the event loop was free to read an answer: every tick adds the time since
 * the previous tick, but never more than two ticks' worth, so a blocked event loop (whose answer
 * is waiting unread in the socket) does not count as a silent database. A database that is
 * frozen, gone or unreachable (no answer, errors, or a lost connection) stays silent for
 * `answerWithinMs` of such time, and the probe says `down`; the first answer says `up` again,
 * without a restart.
 */
export class DatabaseHealth extends EventEmitter<{ down: []; up: []; ping: [] }> {
  private state: 'up' | 'down' = 'up';
  /** A ping is on its way. */
  private inFlight = false;
  /** Pinged, and not answered since. */
  private unanswered = false;
  /** Event-loop-free time since the first unanswered ping. */
  private waitedMs = 0;
  private sinceLastPingMs = Infinity;
  private lastTick = 0;
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
    if (this.inFlight) return;
    this.sinceLastPingMs = 0;
    if (!this.unanswered) {
      this.unanswered = true;
      this.waitedMs = 0;
    }
    const db = mongoose.connection.db;
    // Without a connection (the driver reconnects on its own) there is nothing to ask yet.
    if (!db || mongoose.connection.readyState !== 1) return;
    this.inFlight = true;
    this.emit('ping');
    db.admin()
      .ping()
      .then(
        () => {
          this.unanswered = false;
          this.mark('up');
        },
        // An error is no answer: the next tick asks again, and the waiting time runs on.
        () => undefined,
      )
      .finally(() => {
        this.inFlight = false;
      });
  }

  private tick(): void {
    const now = performance.now();
    // A late tick means the event loop was busy: that time is not the database's.
    const elapsed = Math.min(now - this.lastTick, 2 * this.options.tickMs);
    this.lastTick = now;
    this.sinceLastPingMs += elapsed;
    if (this.unanswered) {
      this.waitedMs += elapsed;
      if (this.waitedMs >= this.options.answerWithinMs) this.mark('down');
      this.check();
      return;
    }
    if (this.sinceLastPingMs >= this.options.pingEveryMs) this.check();
  }

  private mark(state: 'up' | 'down'): void {
    if (this.state === state) return;
    this.state = state;
    if (state === 'down')
      this.logger.warn({ silentMs: Math.round(this.waitedMs) }, 'database does not answer');
    else this.logger.info('database answers again');
    this.emit(state);
  }
}
