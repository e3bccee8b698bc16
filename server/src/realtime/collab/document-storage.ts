import type { CollabRefusalReason } from '@pnetz/shared';
import * as Y from 'yjs';
import type { Logger } from '../../logger';
import type { CollabLeases } from './leases';
import type { CollabPersistence, StoredDocument } from './persistence';

export interface StorageOptions {
  persistence: CollabPersistence;
  logger: Logger;
  /** Pending updates are written at most this long after they arrive. */
  flushIntervalMs: number;
  /** Stored update rows after which the document is compacted into a snapshot. */
  compactAfterRows: number;
  /** Called after each durable write (e.g. to mirror measures into a collection). */
  onPersisted?: (name: string, doc: Y.Doc) => Promise<void> | void;
  /** Called with every batch made durable and the age of its oldest update (for metrics). */
  onFlushed?: (updates: number, oldestAgeMs: number) => void;
  /** Decides which instance compacts and reconciles a document. */
  leases: CollabLeases;
  /** After relayed updates, how soon the lease holder folds the full state into storage. */
  reconcileAfterMs: number;
  /** A write that has not finished after this long counts as failed (and is retried). */
  writeTimeoutMs: number;
  /** Edits held in memory while writes fail; beyond it, edits are refused (`not_saved_yet`). */
  maxPendingBytes: number;
  /** Largest document; beyond it, edits are refused (`document_full`). */
  maxDocumentBytes: number;
}

/** What the storage tells the document it serves. */
export interface StorageEvents {
  /** Whether everything is stored now (true), or writes have started failing (false). */
  storedChanged(stored: boolean): void;
  /** Edits refused for lack of room may be sent again: there is room now. */
  roomAgain(): void;
}

const RETRY_MAX_MS = 10_000;

/**
 * Keeps one document durable: buffers its updates and writes each flush interval's batch as
 * one row, retries while the database is away, holds the edit limits, compacts stored rows into
 * a snapshot under the document's lease, and stores relayed updates that may exist only in
 * memory (reconciliation). Storage work runs one job at a time.
 */
export class DocumentStorage {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private pendingSince = 0;
  /** The stored state and every edit since, in bytes: the document's size as far as limits go. */
  private documentBytes = 0;
  /** True while writes fail; participants were told their edits are not stored. */
  private failing = false;
  /** Edits were refused because too much was waiting to be stored: ask for them again later. */
  private refusedUnsaved = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private retryDelay = 0;
  private writing: Promise<void> = Promise.resolve();
  private rowsSinceCompaction = 0;
  /** Relayed updates that this instance has not seen stored yet. */
  private remoteUnreconciled = false;
  private reconcileTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly options: StorageOptions,
    private readonly events: StorageEvents,
  ) {}

  get hasPendingWrites(): boolean {
    return this.pending.length > 0;
  }

  /** True while relayed updates may exist only in memory (see `reconcile`). */
  get needsReconcile(): boolean {
    return this.remoteUnreconciled;
  }

  /** Takes over the size of what was loaded from storage. */
  loaded(stored: StoredDocument): void {
    this.rowsSinceCompaction = stored.updates.length;
    this.documentBytes =
      (stored.snapshot?.byteLength ?? 0) +
      stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
  }

  /**
   * Why an edit of `bytes` must be refused, or null to accept it. `changesNothing` is asked only
   * when the document is full: an edit the document already has may always pass.
   */
  refusalFor(
    bytes: number,
    changesNothing: () => boolean,
  ): { reason: CollabRefusalReason; detail: string } | null {
    if (this.pendingBytes + bytes > this.options.maxPendingBytes) {
      this.refusedUnsaved = true;
      return { reason: 'not_saved_yet', detail: `${this.pendingBytes} bytes wait to be stored` };
    }
    if (this.documentBytes + bytes > this.options.maxDocumentBytes && !changesNothing())
      return { reason: 'document_full', detail: `document of ${this.documentBytes} bytes` };
    return null;
  }

  /** An edit made on this instance: stored within the flush interval. */
  record(update: Uint8Array): void {
    if (this.stopped) return;
    this.documentBytes += update.byteLength;
    if (this.pending.length === 0) this.pendingSince = Date.now();
    this.pending.push(update);
    this.pendingBytes += update.byteLength;
    this.scheduleFlush(this.options.flushIntervalMs);
  }

  /** An edit relayed by another instance, which stores it; reconciled should that one die. */
  recordRemote(update: Uint8Array): void {
    if (this.stopped) return;
    this.documentBytes += update.byteLength;
    this.remoteUnreconciled = true;
    this.scheduleReconcile(this.options.reconcileAfterMs);
  }

  /** Writes everything pending; resolves once it is durable (retrying while the database is away). */
  flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    return this.serialize(() => this.writePending());
  }

  /** True when rows were stored since the last compaction (or loading). */
  get hasStoredRows(): boolean {
    return this.rowsSinceCompaction > 0;
  }

  /** Folds stored rows into a snapshot, serialized with writes so never concurrent with one. */
  compact(): Promise<void> {
    return this.serialize(async () => {
      await this.compactNow();
    });
  }

  /**
   * Stores what only this instance's memory may hold: updates relayed by an instance that died
   * before storing them. The lease holder compacts, which writes the full in-memory state.
   * Resolves with whether the document is now reconciled.
   */
  reconcile(): Promise<boolean> {
    return new Promise((resolve) => {
      this.serialize(async () => {
        if (!this.remoteUnreconciled) return resolve(true);
        // Cleared first: updates relayed while compacting set it again.
        this.remoteUnreconciled = false;
        const compacted = await this.compactNow().catch(() => false);
        if (!compacted) this.remoteUnreconciled = true;
        resolve(compacted);
      }).catch(() => resolve(false));
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.reconcileTimer);
    void this.options.leases.release(this.name).catch(() => undefined);
  }

  /** Runs storage work one job at a time; a failed job does not block the ones after it. */
  private serialize(job: () => Promise<void>): Promise<void> {
    const run = this.writing.catch(() => undefined).then(job);
    this.writing = run;
    return run;
  }

  private scheduleFlush(delayMs: number): void {
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      // Failures are logged and retried inside writePending.
      this.flush().catch(() => undefined);
    }, delayMs);
  }

  private scheduleReconcile(delayMs: number): void {
    if (this.reconcileTimer || this.stopped) return;
    this.reconcileTimer = setTimeout(() => {
      this.reconcileTimer = undefined;
      void this.reconcile().then((done) => {
        if (!done) this.scheduleReconcile(this.options.reconcileAfterMs * 2);
      });
    }, delayMs);
    this.reconcileTimer.unref();
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    const batchBytes = this.pendingBytes;
    const since = this.pendingSince;
    this.pending = [];
    this.pendingBytes = 0;
    // A batch spans one flush interval, so merging it stays cheap; thousands of stored rows are
    // never merged here (loading applies them in one transaction instead).
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    try {
      await withTimeout(
        this.options.persistence.append(this.name, merged),
        this.options.writeTimeoutMs,
      );
      this.retryDelay = 0;
    } catch (error) {
      this.pending = [...batch, ...this.pending];
      this.pendingBytes += batchBytes;
      this.pendingSince = since;
      if (!this.failing) {
        this.failing = true;
        this.events.storedChanged(false);
      }
      this.retryDelay = Math.min(RETRY_MAX_MS, Math.max(250, this.retryDelay * 2));
      this.options.logger.warn(
        { doc: this.name, err: error, retryInMs: this.retryDelay },
        'storing updates failed; will retry',
      );
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      this.scheduleFlush(this.retryDelay);
      throw error;
    }
    this.options.onFlushed?.(batch.length, Date.now() - since);
    this.rowsSinceCompaction += 1;
    if (this.pending.length === 0) {
      this.failing = false;
      this.events.storedChanged(true);
    }
    if (this.refusedUnsaved && this.pendingBytes < this.options.maxPendingBytes / 2) {
      this.refusedUnsaved = false;
      this.events.roomAgain();
    }
    try {
      if (this.rowsSinceCompaction >= this.options.compactAfterRows) await this.compactNow();
      await this.options.onPersisted?.(this.name, this.doc);
    } catch (error) {
      // The updates are durable; compaction and mirrors catch up after the next write.
      this.options.logger.warn({ doc: this.name, err: error }, 'after-write work failed');
    }
  }

  /** Compacts if this instance holds the document's lease; resolves with whether it did. */
  private async compactNow(): Promise<boolean> {
    const fence = await this.options.leases.acquire(this.name);
    if (fence === null) return false;
    if (!(await this.options.persistence.compact(this.name, this.doc, fence))) {
      this.options.logger.warn({ doc: this.name, fence }, 'compaction fenced off: a newer holder');
      return false;
    }
    this.rowsSinceCompaction = 0;
    this.documentBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    return true;
  }
}

/**
 * A database that stops answering (frozen, partitioned) would leave a write pending forever and
 * the participants believing their edits are stored. After the timeout the write counts as
 * failed and is retried; should the first attempt land after all, the update is stored twice,
 * which Yjs ignores.
 */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
