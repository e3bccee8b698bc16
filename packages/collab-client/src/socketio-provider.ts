import {
  ClientEvent,
  CollabMessageType,
  ServerEvent,
  type ClientToServerEvents,
  type CollabCloseReason,
  type CollabRefusalReason,
  type DocumentAccess,
  type ServerToClientEvents,
} from '@pnetz/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import type { Socket } from 'socket.io-client';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { applyStatusMessage, type ProviderEvents, type ProviderStatus } from './status';

export interface SocketIOProviderOptions {
  awareness?: awarenessProtocol.Awareness;
}

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const toBytes = (data: Uint8Array | ArrayBuffer) =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

/**
 * Syncs one Yjs document over the app's Socket.IO connection with the y-protocols messages.
 * On every (re)connect it joins again and runs the two-step sync both ways, so edits made while
 * offline, or lost when a server crashed, reach the server again.
 */
export class SocketIOProvider extends ObservableV2<ProviderEvents> {
  readonly awareness: awarenessProtocol.Awareness;
  status: ProviderStatus = 'connecting';
  synced = false;
  access: DocumentAccess | null = null;
  /** The last persistence status from the server; null before the first. */
  persistence: 'stored' | 'failing' | null = null;
  /** What the server has stored, per Yjs client: its clock up to which edits are durable. */
  storedState: Map<number, number> = new Map();
  private joined = false;
  private destroyed = false;

  constructor(
    private readonly socket: AppSocket,
    readonly docId: string,
    readonly doc: Y.Doc,
    options: SocketIOProviderOptions = {},
  ) {
    super();
    this.awareness = options.awareness ?? new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    socket.on(ServerEvent.CollabMessage, this.onMessage);
    socket.on(ServerEvent.CollabReadOnly, this.onReadOnly);
    socket.on(ServerEvent.CollabClosed, this.onClosed);
    socket.on(ServerEvent.CollabRefused, this.onRefused);
    socket.on('connect', this.join);
    socket.on('disconnect', this.onDisconnect);
    if (socket.connected) this.join();
  }

  override destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.joined) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
      this.socket.emit(ClientEvent.CollabLeave, { docId: this.docId });
    }
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.socket.off(ServerEvent.CollabMessage, this.onMessage);
    this.socket.off(ServerEvent.CollabReadOnly, this.onReadOnly);
    this.socket.off(ServerEvent.CollabClosed, this.onClosed);
    this.socket.off(ServerEvent.CollabRefused, this.onRefused);
    this.socket.off('connect', this.join);
    this.socket.off('disconnect', this.onDisconnect);
    super.destroy();
  }

  private readonly join = (): void => {
    this.setStatus('connecting');
    this.socket.emit(ClientEvent.CollabJoin, { docId: this.docId }, (result) => {
      if (this.destroyed) return;
      if (!result.ok) {
        this.emit('closed', [result.error.id === 'not_found' ? 'not_found' : 'unavailable']);
        this.setStatus('disconnected');
        return;
      }
      this.joined = true;
      this.access = result.access;
      this.emit('access', [result.access]);
      this.setStatus('connected');
      // Our state vector: the server answers with what we lack. It sends its own, and we answer
      // with what it lacks (offline edits, or edits a crashed server never stored).
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, CollabMessageType.Sync);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.send(encoding.toUint8Array(encoder));
      if (this.awareness.getLocalState() !== null) this.sendAwareness([this.doc.clientID]);
    });
  };

  private readonly onMessage = (frame: { docId: string; data: Uint8Array | ArrayBuffer }): void => {
    if (frame.docId !== this.docId || !this.joined) return;
    const decoder = decoding.createDecoder(toBytes(frame.data));
    const type = decoding.readVarUint(decoder);
    if (type === CollabMessageType.Sync) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, CollabMessageType.Sync);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
      if (syncType === syncProtocol.messageYjsSyncStep2 && !this.synced) {
        this.synced = true;
        this.emit('synced', [true]);
      }
    } else if (type === CollabMessageType.Awareness) {
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        decoding.readVarUint8Array(decoder),
        this,
      );
    } else {
      applyStatusMessage(this, type, decoder);
    }
  };

  /** True once the server has stored every edit this document made up to now. */
  isStored(): boolean {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    return (this.storedState.get(this.doc.clientID) ?? 0) >= clock;
  }

  private readonly onRefused = (info: { docId: string; reason: CollabRefusalReason }): void => {
    if (info.docId === this.docId) this.emit('refused', [info.reason]);
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || !this.joined) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, CollabMessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  };

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    this.sendAwareness([...changes.added, ...changes.updated, ...changes.removed]);
  };

  private readonly onReadOnly = (info: { docId: string }): void => {
    if (info.docId === this.docId) this.emit('read-only', []);
  };

  private readonly onClosed = (info: { docId: string; reason: CollabCloseReason }): void => {
    if (info.docId !== this.docId) return;
    this.joined = false;
    this.emit('closed', [info.reason]);
    this.setStatus('disconnected');
  };

  private readonly onDisconnect = (): void => {
    this.joined = false;
    this.synced = false;
    this.emit('synced', [false]);
    // Others' presence is stale until we are back.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.setStatus('disconnected');
  };

  private sendAwareness(clients: number[]): void {
    if (!this.joined || clients.length === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, CollabMessageType.Awareness);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients),
    );
    this.send(encoding.toUint8Array(encoder));
  }

  private send(data: Uint8Array): void {
    if (this.socket.connected)
      this.socket.emit(ClientEvent.CollabMessage, { docId: this.docId, data });
  }

  private setStatus(status: ProviderStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', [status]);
  }
}
