import { COLLAB_LIMITS } from '@pnetz/shared';
import type { Logger } from '../../logger';
import type { AuthorizeDocument } from './authorize';
import { CollabDocument, type DocumentOptions } from './document';
import type { CollabRelay } from './relay';

export interface DocumentsOptions extends DocumentOptions {
  /** How long a document stays in memory after its last participant left. */
  unloadAfterMs: number;
  /** Other instances, when running several (REDIS_URL). */
  relay?: CollabRelay;
}

/**
 * The documents open on this server. A document is loaded once however many participants open
 * it at the same moment, and unloaded (after its pending writes are stored) a while after the
 * last participant leaves.
 */
export class CollabDocuments {
  private readonly loaded = new Map<string, Promise<CollabDocument>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly logger: Logger;

  constructor(private readonly options: DocumentsOptions) {
    this.logger = options.logger;
  }

  get size(): number {
    return this.loaded.size;
  }

  /** The document, loading it if needed. Cancels a pending unload. */
  open(name: string): Promise<CollabDocument> {
    this.cancelUnload(name);
    let entry = this.loaded.get(name);
    if (!entry) {
      entry = this.load(name);
      this.loaded.set(name, entry);
      // A failed load must not stay cached: the next open tries again.
      entry.catch(() => this.loaded.delete(name));
    }
    return entry;
  }

  /** The document if it is in memory right now. */
  peek(name: string): Promise<CollabDocument> | undefined {
    return this.loaded.get(name);
  }

  /** A participant left: unload later if nobody else is there. */
  release(document: CollabDocument): void {
    if (document.participantCount > 0) return;
    this.cancelUnload(document.name);
    const timer = setTimeout(() => void this.unload(document.name), this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(document.name, timer);
  }

  /**
   * Asks the authorizer again for open connections (of one user, or of one document) and closes
   * or downgrades those whose access changed: a removed member stops receiving at once.
   */
  async revalidate(
    authorize: AuthorizeDocument,
    filter: { userId?: string; docName?: string },
  ): Promise<void> {
    const entries = filter.docName
      ? [this.loaded.get(filter.docName)].filter((entry) => entry !== undefined)
      : [...this.loaded.values()];
    for (const entry of entries) {
      const document = await entry.catch(() => null);
      if (!document) continue;
      for (const connection of document.participants()) {
        if (filter.userId && connection.actor.id !== filter.userId) continue;
        const access = await authorize(connection.actor, document.name);
        if (!access) {
          document.expel(connection, 'not_found');
          this.release(document);
        } else if (access !== connection.access) {
          connection.access = access;
          if (access === 'read') connection.notifyReadOnly();
        }
      }
    }
  }

  /** Stores everything pending in every document (graceful shutdown). */
  async flushAll(): Promise<void> {
    const documents = await Promise.allSettled([...this.loaded.values()]);
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
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    for (const entry of this.loaded.values()) (await entry.catch(() => null))?.destroy();
    this.loaded.clear();
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

  private async unload(name: string): Promise<void> {
    this.unloadTimers.delete(name);
    const entry = this.loaded.get(name);
    if (!entry) return;
    const document = await entry;
    if (document.participantCount > 0) return;
    try {
      await document.flush();
      if (document.needsReconcile && !(await document.reconcile()))
        throw new Error('not reconciled yet');
    } catch {
      // Still pending: keep it in memory; the document retries its writes on its own.
      this.release(document);
      return;
    }
    // Someone may have joined while the last writes were stored.
    if (
      document.participantCount > 0 ||
      document.hasPendingWrites ||
      this.loaded.get(name) !== entry
    )
      return;
    this.loaded.delete(name);
    document.destroy();
    this.logger.debug({ doc: name }, 'document unloaded');
  }

  private cancelUnload(name: string): void {
    clearTimeout(this.unloadTimers.get(name));
    this.unloadTimers.delete(name);
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
