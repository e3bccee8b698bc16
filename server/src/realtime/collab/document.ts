import { COLLAB_LIMITS, presenceUser, type CollabRefusalReason } from '@pnetz/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../../logger';
import { stampAwareness } from './awareness-stamp';
import type { BroadcastRoom, CollabConnection } from './connection';
import {
  MalformedMessageError,
  changesNothing,
  decodeInbound,
  encodeAwareness,
  encodePersistence,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './messages';
import type { CollabLeases } from './leases';
import type { CollabPersistence, StoredDocument } from './persistence';
import type { DocumentChannel, RelayMessage } from './relay';

/** Origin of changes read from the database: already stored, not to be stored again. */
export const STORED_ORIGIN = 'persistence';
/**
 * Origin of changes relayed from another instance: that instance stores them. Should it die
 * before it does, the lease holder's reconciliation stores them instead (see `reconcile`).
 */
export const REMOTE_ORIGIN = 'remote-instance';

export interface DocumentOptions {
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
  /** Called for every update that changes the document, from a participant or elsewhere. */
  onUpdate?: (name: string, update: Uint8Array, origin: unknown) => void;
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

const RETRY_MAX_MS = 10_000;
/**
 * Presence changes are sent at most once per window, all changes of the window in one message:
 * fifty people moving their cursors ten times a second then cost each participant twenty
 * messages a second instead of five hundred. The first change of a quiet moment goes out at once.
 */
const AWARENESS_WINDOW_MS = 50;

/**
 * One collaborative document in memory: the Yjs document, its awareness (presence), its
 * participants, and the buffer of updates not yet stored. Transports feed it raw y-protocols
 * messages; it never trusts them.
 */
export class CollabDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Participants, each with the awareness client ids it controls. */
  private readonly connections = new Map<CollabConnection, Set<number>>();
  /** Rooms through which participants are reached; the others are sent to one by one. */
  private readonly rooms = new Set<BroadcastRoom>();
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
  private destroyed = false;
  private channel: DocumentChannel | null = null;
  /** Relayed updates that this instance has not seen stored yet. */
  private remoteUnreconciled = false;
  private reconcileTimer: NodeJS.Timeout | undefined;
  /** Presence changes of the current window: for the participants, and for other instances. */
  private readonly awarenessChanged = new Set<number>();
  private readonly awarenessToRelay = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    private readonly options: DocumentOptions,
  ) {
    // The server is no participant: it publishes no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.onDocUpdate(update, origin),
    );
    this.awareness.on('update', (changes: AwarenessChanges, origin: unknown) =>
      this.onAwarenessUpdate(changes, origin),
    );
  }

  get participantCount(): number {
    return this.connections.size;
  }

  participants(): CollabConnection[] {
    return [...this.connections.keys()];
  }

  /** Ends one participant's connection on the server's initiative (e.g. access was withdrawn). */
  expel(connection: CollabConnection, reason: 'forbidden' | 'not_found'): void {
    this.removeConnection(connection);
    connection.close(reason);
  }

  get hasPendingWrites(): boolean {
    return this.pending.length > 0;
  }

  /** True while relayed updates may exist only in memory (see `reconcile`). */
  get needsReconcile(): boolean {
    return this.remoteUnreconciled;
  }

  /** Connects the document to the other instances that have it open. */
  attachChannel(channel: DocumentChannel): void {
    this.channel = channel;
  }

  /** Asks the other instances for everything this one lacks (after loading from storage). */
  requestPeerSync(): void {
    this.channel?.publish({ type: 'sync-request', data: Y.encodeStateVector(this.doc) });
  }

  /** Handles a message from another instance. */
  handleRelay(message: RelayMessage, from: string): void {
    if (this.destroyed) return;
    try {
      switch (message.type) {
        case 'update':
        case 'sync-reply':
          Y.applyUpdate(this.doc, message.data, REMOTE_ORIGIN);
          return;
        case 'awareness':
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.data, REMOTE_ORIGIN);
          return;
        case 'sync-request': {
          const diff = Y.encodeStateAsUpdate(this.doc, message.data);
          if (!isEmptyDiff(diff))
            this.channel?.publish({ type: 'sync-reply', to: from, data: diff });
          return;
        }
      }
    } catch (error) {
      this.options.logger.warn({ doc: this.name, err: error, from }, 'relay message refused');
    }
  }

  /** Applies the stored state in one transaction: one observer call, not one per stored row. */
  load(stored: StoredDocument): void {
    Y.transact(
      this.doc,
      () => {
        if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, STORED_ORIGIN);
        for (const update of stored.updates) Y.applyUpdate(this.doc, update, STORED_ORIGIN);
      },
      STORED_ORIGIN,
    );
    this.rowsSinceCompaction = stored.updates.length;
    this.documentBytes =
      (stored.snapshot?.byteLength ?? 0) +
      stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
  }

  /** Adds a participant and starts the sync: our state vector, then everyone's presence. */
  addConnection(connection: CollabConnection): void {
    this.connections.set(connection, new Set());
    if (connection.room) {
      connection.room.join(connection);
      this.rooms.add(connection.room);
    }
    connection.send(encodeSyncStep1(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(encodeAwareness(this.awareness, present));
  }

  removeConnection(connection: CollabConnection): void {
    const controlled = this.connections.get(connection);
    if (!controlled) return;
    this.connections.delete(connection);
    if (connection.room) {
      connection.room.leave(connection);
      if (connection.room.empty) this.rooms.delete(connection.room);
    }
    if (controlled.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], connection);
  }

  /**
   * Handles one inbound message of a participant. Malformed input closes that participant only;
   * an edit over a limit is refused with its reason and the participant stays connected.
   */
  handleMessage(connection: CollabConnection, message: Uint8Array): void {
    if (!this.connections.has(connection)) return;
    if (message.byteLength > COLLAB_LIMITS.messageBytes) {
      this.refuse(connection, 'too_large', `message of ${message.byteLength} bytes`);
      return;
    }
    let inbound;
    try {
      inbound = decodeInbound(message);
    } catch (error) {
      this.reject(
        connection,
        'malformed_update',
        error instanceof MalformedMessageError ? error.message : 'undecodable',
      );
      return;
    }
    switch (inbound.kind) {
      case 'sync-step1':
        connection.send(encodeSyncStep2(this.doc, inbound.stateVector));
        return;
      case 'update':
        if (connection.access !== 'write') {
          if (!changesNothing(this.doc, inbound.update)) connection.notifyReadOnly();
          return;
        }
        if (this.pendingBytes + inbound.update.byteLength > this.options.maxPendingBytes) {
          this.refusedUnsaved = true;
          this.refuse(connection, 'not_saved_yet', `${this.pendingBytes} bytes wait to be stored`);
          return;
        }
        if (
          this.documentBytes + inbound.update.byteLength > this.options.maxDocumentBytes &&
          !changesNothing(this.doc, inbound.update)
        ) {
          this.refuse(connection, 'document_full', `document of ${this.documentBytes} bytes`);
          return;
        }
        try {
          Y.applyUpdate(this.doc, inbound.update, connection);
        } catch (error) {
          this.reject(
            connection,
            'malformed_update',
            error instanceof Error ? error.message : 'apply failed',
          );
        }
        return;
      case 'awareness':
        try {
          const stamped = stampAwareness(inbound.update, presenceUser(connection.actor), (id) =>
            this.ownedByOther(connection, id),
          );
          awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, connection);
        } catch (error) {
          this.reject(
            connection,
            'malformed_update',
            `awareness: ${error instanceof Error ? error.message : ''}`,
          );
        }
        return;
      case 'query-awareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case 'auth':
        return;
    }
  }

  /** Writes everything pending; resolves once it is durable (retrying while the database is away). */
  flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    return this.serialize(() => this.writePending());
  }

  /** Folds stored rows into a snapshot, serialized with writes so never concurrent with one. */
  compact(): Promise<void> {
    return this.serialize(async () => {
      await this.compactNow();
    });
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

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.reconcileTimer);
    clearTimeout(this.awarenessTimer);
    void this.channel?.leave();
    void this.options.leases.release(this.name).catch(() => undefined);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Drops one edit of a participant and tells them why; they stay connected. */
  private refuse(connection: CollabConnection, reason: CollabRefusalReason, detail: string): void {
    this.options.logger.warn(
      { doc: this.name, user: connection.actor.id, reason, detail },
      'collab edit refused',
    );
    connection.notifyRefused(reason);
  }

  private reject(connection: CollabConnection, reason: 'malformed_update', detail: string): void {
    this.options.logger.warn(
      { doc: this.name, user: connection.actor.id, reason, detail },
      'collab message refused',
    );
    this.removeConnection(connection);
    connection.close(reason);
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.broadcast(encodeUpdate(update), origin);
    this.options.onUpdate?.(this.name, update, origin);
    if (origin === STORED_ORIGIN || this.destroyed) return;
    this.documentBytes += update.byteLength;
    if (origin === REMOTE_ORIGIN) {
      this.remoteUnreconciled = true;
      this.scheduleReconcile(this.options.reconcileAfterMs);
      return;
    }
    this.channel?.publish({ type: 'update', data: update });
    if (this.pending.length === 0) this.pendingSince = Date.now();
    this.pending.push(update);
    this.pendingBytes += update.byteLength;
    this.scheduleFlush(this.options.flushIntervalMs);
  }

  /** Whether another participant of this document controls the awareness client `id`. */
  private ownedByOther(connection: CollabConnection, id: number): boolean {
    for (const [other, controlled] of this.connections) {
      if (other !== connection && controlled.has(id)) return true;
    }
    return false;
  }

  private onAwarenessUpdate(changes: AwarenessChanges, origin: unknown): void {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const controlled = this.connections.get(origin as CollabConnection);
    if (controlled) {
      for (const id of changes.added) controlled.add(id);
      for (const id of changes.removed) controlled.delete(id);
    }
    for (const id of changed) {
      this.awarenessChanged.add(id);
      if (origin !== REMOTE_ORIGIN && this.channel) this.awarenessToRelay.add(id);
    }
    if (this.awarenessTimer || this.destroyed) return;
    this.sendAwareness();
    this.awarenessTimer = setTimeout(() => this.endAwarenessWindow(), AWARENESS_WINDOW_MS);
  }

  private endAwarenessWindow(): void {
    this.awarenessTimer = undefined;
    if (this.destroyed || (this.awarenessChanged.size === 0 && this.awarenessToRelay.size === 0))
      return;
    this.sendAwareness();
    this.awarenessTimer = setTimeout(() => this.endAwarenessWindow(), AWARENESS_WINDOW_MS);
  }

  /** Sends the window's presence changes: each client's latest state, or its removal. */
  private sendAwareness(): void {
    if (this.awarenessChanged.size > 0) {
      this.broadcast(encodeAwareness(this.awareness, [...this.awarenessChanged]), undefined);
      this.awarenessChanged.clear();
    }
    if (this.awarenessToRelay.size > 0) {
      this.channel?.publish({
        type: 'awareness',
        data: awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awarenessToRelay]),
      });
      this.awarenessToRelay.clear();
    }
  }

  /**
   * Tells the Socket.IO participants whether their edits are stored: with the stored state vector
   * once nothing is pending, or that writes are failing (the editor then shows "not saved").
   */
  private broadcastPersistence(stored: boolean): void {
    if (this.rooms.size === 0) return;
    const message = encodePersistence(stored ? this.doc : null);
    for (const room of this.rooms) room.broadcast(message, undefined);
  }

  /** Sends one message to every participant but the one it came from (if it came from one). */
  private broadcast(message: Uint8Array, origin: unknown): void {
    const except = this.connections.has(origin as CollabConnection)
      ? (origin as CollabConnection)
      : undefined;
    for (const room of this.rooms) room.broadcast(message, except);
    for (const connection of this.connections.keys()) {
      if (!connection.room && connection !== except) connection.send(message);
    }
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

  private scheduleReconcile(delayMs: number): void {
    if (this.reconcileTimer || this.destroyed) return;
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
        this.broadcastPersistence(false);
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
      this.broadcastPersistence(true);
    }
    if (this.refusedUnsaved && this.pendingBytes < this.options.maxPendingBytes / 2) {
      // Participants still hold the edits we refused: our state vector makes them send them.
      this.refusedUnsaved = false;
      const request = encodeSyncStep1(this.doc);
      for (const connection of this.connections.keys()) connection.send(request);
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

/** An update produced by a state-vector diff that carries nothing. */
function isEmptyDiff(update: Uint8Array): boolean {
  return update.byteLength <= 2;
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}
