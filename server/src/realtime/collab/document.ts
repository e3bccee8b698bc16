// Long by design: one room's state machine for Yjs messages; storage, presence and the relay
// between instances already live in their own modules beside it.
import { COLLAB_LIMITS, presenceUser, type CollabRefusalReason } from '@pnetz/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
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
import { DocumentStorage, type StorageOptions } from './document-storage';
import type { StoredDocument } from './persistence';
import { PresenceWindow } from './presence';
import type { DocumentChannel, RelayMessage } from './relay';

/** Origin of changes read from the database: already stored, not to be stored again. */
export const STORED_ORIGIN = 'persistence';
/**
 * Origin of changes relayed from another instance: that instance stores them. Should it die
 * before it does, the lease holder's reconciliation stores them instead (see `reconcile`).
 */
export const REMOTE_ORIGIN = 'remote-instance';

export interface DocumentOptions extends StorageOptions {
  /** Called for every update that changes the document, from a participant or elsewhere. */
  onUpdate?: (name: string, update: Uint8Array, origin: unknown) => void;
}

/**
 * One collaborative document in memory: the Yjs document, its awareness (presence), its
 * participants, and the buffer of updates not yet stored. Transports feed it raw y-protocols
 * messages; it never trusts them.
 */
export class CollabDocument {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Participants, each with the awareness client ids it controls. */
  private readonly connections = new Map<CollabConnection, Set<number>>();
  /** Rooms through which participants are reached; the others are sent to one by one. */
  private readonly rooms = new Set<BroadcastRoom>();
  private readonly storage: DocumentStorage;
  private readonly presence: PresenceWindow;
  private destroyed = false;
  private channel: DocumentChannel | null = null;

  constructor(
    readonly name: string,
    private readonly options: DocumentOptions,
  ) {
    // Named after the document: Yjs would otherwise draw a random id for it, which costs more
    // than the rest of setting up an empty document (31 reads of the system's random source).
    this.doc = new Y.Doc({ guid: name });
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.storage = new DocumentStorage(name, this.doc, options, {
      storedChanged: (stored) => this.broadcastPersistence(stored),
      // Participants still hold the edits we refused: our state vector makes them send them.
      roomAgain: () => {
        const request = encodeSyncStep1(this.doc);
        for (const connection of this.connections.keys()) connection.send(request);
      },
    });
    this.presence = new PresenceWindow(this.awareness, (message) =>
      this.broadcast(message, undefined),
    );
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
    return this.storage.hasPendingWrites;
  }

  /** True while relayed updates may exist only in memory (see `reconcile`). */
  get needsReconcile(): boolean {
    return this.storage.needsReconcile;
  }

  /** True when update rows were stored since the last compaction. */
  get hasStoredRows(): boolean {
    return this.storage.hasStoredRows;
  }

  /** Connects the document to the other instances that have it open. */
  attachChannel(channel: DocumentChannel): void {
    this.channel = channel;
    this.presence.relayTo((update) => channel.publish({ type: 'awareness', data: update }));
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
    this.storage.loaded(stored);
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
        {
          const update = inbound.update;
          const refusal = this.storage.refusalFor(update.byteLength, () =>
            changesNothing(this.doc, update),
          );
          if (refusal) {
            this.refuse(connection, refusal.reason, refusal.detail);
            return;
          }
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
    return this.storage.flush();
  }

  /** Folds stored rows into a snapshot, serialized with writes so never concurrent with one. */
  compact(): Promise<void> {
    return this.storage.compact();
  }

  /** Stores relayed updates that may exist only in memory; see `DocumentStorage.reconcile`. */
  reconcile(): Promise<boolean> {
    return this.storage.reconcile();
  }

  destroy(): void {
    this.destroyed = true;
    this.storage.stop();
    this.presence.stop();
    void this.channel?.leave();
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
    if (origin === REMOTE_ORIGIN) {
      this.storage.recordRemote(update);
      return;
    }
    this.channel?.publish({ type: 'update', data: update });
    this.storage.record(update);
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
    if (!this.destroyed) this.presence.add(changed, origin !== REMOTE_ORIGIN);
  }

  /**
   * Tells the participants that follow the status whether their edits are stored: with the stored
   * state vector once nothing is pending, or that writes are failing (the editor then shows "not
   * saved"). Every member of a room follows it.
   */
  private broadcastPersistence(stored: boolean): void {
    let message: Uint8Array | undefined;
    const encoded = () => (message ??= encodePersistence(stored ? this.doc : null));
    for (const room of this.rooms) room.broadcast(encoded(), undefined);
    for (const connection of this.connections.keys()) {
      if (!connection.room && connection.followsStatus) connection.send(encoded());
    }
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
