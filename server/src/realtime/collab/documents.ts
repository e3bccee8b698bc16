import { COLLAB_LIMITS } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';
import type { Logger } from '../../logger';
import type { AuthorizeDocument } from './authorize';
import type { CollabConnection } from './connection';
import { CollabDocument, type DocumentOptions } from './document';
import type { CollabRelay } from './relay';
import { encodeAccess } from './messages';

export interface DocumentsOptions extends DocumentOptions {
  /** How long a document stays in memory after its last participant left. */
  unloadAfterMs: number;
  /** Other instances, when running several (REDIS_URL). */
  relay?: CollabRelay;
}

/**
 * One document's place in memory. Its life is a small state machine:
 *
 *   loading ──loaded──▶ open ──no holds for unloadAfterMs──▶ unloading ──stored──▶ (gone)
 *      │                  ▲                                      │
 *      └──load failed──▶ (gone)        └────── opened again, or writes still pending ──┘
 *
 * Every `open` takes a hold and every `release` gives one back; whoever opens releases exactly
 * once (a participant when it leaves or is expelled, a request when it is done, a join that was
 * aborted at once). Only a document without holds unloads, and an `open` during the unloading
 * keeps it: nobody can join a document that is being destroyed, and no document without holds
 * stays in memory.
 */
interface Entry {
  state: 'loading' | 'open' | 'unloading';
  holds: number;
  document: Promise<CollabDocument>;
  loaded?: CollabDocument;
  unloadTimer?: NodeJS.Timeout;
}

/**
 * The documents open on this server. A document is loaded once however many participants open
 * it at the same moment, and unloaded (after its pending writes are stored) a while after the
 * last hold on it was released.
 */
export class CollabDocuments {
  private readonly entries = new Map<string, Entry>();
  private readonly logger: Logger;

  constructor(private readonly options: DocumentsOptions) {
    this.logger = options.logger;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The document, loading it if needed, with a hold on it: call `release` once when done. */
  open(name: string): Promise<CollabDocument> {
    let entry = this.entries.get(name);
    if (!entry) {
      const created: Entry = { state: 'loading', holds: 0, document: this.load(name) };
      created.document.then(
        (document) => {
          created.loaded = document;
          if (created.state === 'loading') created.state = 'open';
        },
        // A failed load must not stay: the next open tries again.
        () => {
          if (this.entries.get(name) === created) this.entries.delete(name);
        },
      );
      this.entries.set(name, created);
      entry = created;
    }
    const held = entry;
    held.holds += 1;
    clearTimeout(held.unloadTimer);
    held.unloadTimer = undefined;
    // Opened while unloading: the unload sees this and keeps the document.
    if (held.state === 'unloading') held.state = 'open';
    return held.document.catch((error: unknown) => {
      held.holds -= 1;
      throw error;
    });
  }

  /**
   * Opens a document while its access check runs, so that a join waits for one round of reads
   * (the rule's and the document's) instead of one after the other. Resolves with the document,
   * held, and what the check granted; or null when the check refused. A refusal or a failure gives
   * the hold back at once, and a document that only this join had loaded leaves memory without
   * waiting for the usual delay.
   */
  async openChecked<T>(
    name: string,
    check: Promise<T | null>,
  ): Promise<{ document: CollabDocument; granted: T } | null> {
    const [granted, opened] = await Promise.allSettled([check, this.open(name)]);
    if (granted.status === 'fulfilled' && granted.value !== null) {
      if (opened.status === 'rejected') throw opened.reason;
      return { document: opened.value, granted: granted.value };
    }
    if (opened.status === 'fulfilled') this.release(opened.value, { unloadAtOnce: true });
    if (granted.status === 'rejected') throw granted.reason;
    return null;
  }

  /** The document if it is in memory right now (no hold taken). */
  peek(name: string): Promise<CollabDocument> | undefined {
    return this.entries.get(name)?.document;
  }

  /**
   * Gives back a hold taken by `open`; without holds the document unloads after a while, or at
   * once with `unloadAtOnce` (nobody was let in).
   */
  release(document: CollabDocument, options: { unloadAtOnce?: boolean } = {}): void {
    const entry = this.entries.get(document.name);
    if (!entry || entry.loaded !== document || entry.holds === 0) return;
    entry.holds -= 1;
    if (entry.holds > 0) return;
    this.scheduleUnload(
      document.name,
      entry,
      options.unloadAtOnce ? 0 : this.options.unloadAfterMs,
    );
  }

  /**
   * Asks the authorizer again for open connections (of one user, or of one document) and closes
   * or downgrades those whose access changed: a removed member stops receiving at once. A closed
   * connection's transport releases its hold.
   */
  async revalidate(
    authorize: AuthorizeDocument,
    filter: { userId?: string; docName?: string; sessionId?: string },
    /** The connection's current actor; null ends the connection (session or account gone). */
    reload: (connection: CollabConnection) => Promise<Actor | null> = async (c) => c.actor,
  ): Promise<void> {
    const entries = filter.docName
      ? [this.entries.get(filter.docName)].filter((entry) => entry !== undefined)
      : [...this.entries.values()];
    for (const entry of entries) {
      const document = await entry.document.catch(() => null);
      if (!document) continue;
      for (const connection of document.participants()) {
        if (filter.userId && connection.actor.id !== filter.userId) continue;
        if (filter.sessionId && connection.sessionId !== filter.sessionId) continue;
        const actor = await reload(connection);
        if (actor) connection.actor = actor;
        const access = actor ? await authorize(actor, document.name) : null;
        if (!access) {
          document.expel(connection, actor ? 'not_found' : 'forbidden');
        } else if (access !== connection.access) {
          connection.access = access;
          if (connection.followsStatus) connection.send(encodeAccess(access));
          if (access === 'read') connection.notifyReadOnly();
        }
      }
    }
  }

  /** Stores everything pending in every document (graceful shutdown). */
  async flushAll(): Promise<void> {
    const documents = await Promise.allSettled([...this.entries.values()].map((e) => e.document));
    await Promise.all(
      documents.map(async (result) => {
        if (result.status !== 'fulfilled') return;
        await result.value.flush();
        if (result.value.needsReconcile) await result.value.reconcile();
      }),
    );
  }

  async closeAll(): Promise<void> {
    await this.flushAll();
    for (const entry of this.entries.values()) {
      clearTimeout(entry.unloadTimer);
      (await entry.document.catch(() => null))?.destroy();
    }
    this.entries.clear();
  }

  private async load(name: string): Promise<CollabDocument> {
    const started = Date.now();
    const document = new CollabDocument(name, this.options);
    // Subscribe before reading storage, so nothing relayed in between is missed.
    if (this.options.relay) {
      document.attachChannel(
        await this.options.relay.join(
          name,
          (message, from) => document.handleRelay(message, from),
          () => document.requestPeerSync(),
        ),
      );
    }
    let stored;
    try {
      stored = await this.options.persistence.fetch(name);
    } catch (error) {
      document.destroy();
      throw error;
    }
    document.load(stored);
    document.requestPeerSync();
    this.logger.debug(
      { doc: name, rows: stored.updates.length, ms: Date.now() - started },
      'document loaded',
    );
    if (stored.updates.length >= this.options.compactAfterRows) {
      document
        .compact()
        .catch((error: unknown) =>
          this.logger.warn({ doc: name, err: error }, 'compaction failed'),
        );
    }
    return document;
  }

  private scheduleUnload(name: string, entry: Entry, delayMs: number): void {
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unload(name, entry), delayMs);
    entry.unloadTimer.unref();
  }

  private async unload(name: string, entry: Entry): Promise<void> {
    entry.unloadTimer = undefined;
    if (this.entries.get(name) !== entry || entry.holds > 0 || entry.state !== 'open') return;
    entry.state = 'unloading';
    const document = await entry.document;
    let stored = true;
    try {
      await document.flush();
      if (document.needsReconcile && !(await document.reconcile())) stored = false;
    } catch {
      stored = false;
    }
    // Leave storage compact behind: the next open reads one snapshot and no rows, and rows of
    // closed documents do not pile up (on the embedded database every open reads through all
    // stored rows). Skipped without the lease; a failure only leaves the rows for next time.
    if (stored && document.hasStoredRows && entry.state === 'unloading' && entry.holds === 0) {
      await document.compact().catch((error: unknown) => {
        this.logger.warn({ doc: name, err: error }, 'compaction on unload failed');
      });
    }
    // Opened again meanwhile (the state went back to open), or something is still not stored:
    // keep the document; the document retries its writes on its own.
    if (entry.state !== 'unloading' || entry.holds > 0) return;
    if (!stored || document.hasPendingWrites) {
      entry.state = 'open';
      this.scheduleUnload(name, entry, this.options.unloadAfterMs);
      return;
    }
    this.entries.delete(name);
    document.destroy();
    this.logger.debug({ doc: name }, 'document unloaded');
  }
}

export interface CollabTuning {
  flushIntervalMs: number;
  compactAfterRows: number;
  unloadAfterMs: number;
  reconcileAfterMs: number;
  writeTimeoutMs: number;
  maxPendingBytes: number;
  maxDocumentBytes: number;
}

export const DEFAULT_COLLAB_TUNING: CollabTuning = {
  // Well inside the promise that a received update is stored within one second.
  flushIntervalMs: 200,
  compactAfterRows: 500,
  unloadAfterMs: 30_000,
  reconcileAfterMs: 2_000,
  writeTimeoutMs: 5_000,
  maxPendingBytes: COLLAB_LIMITS.pendingBytes,
  maxDocumentBytes: COLLAB_LIMITS.documentBytes,
};
