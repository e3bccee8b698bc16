import {
  CollabWebsocketProvider,
  SocketIOProvider,
  type DocumentProvider,
} from '@pnetz/collab-client';
import type { CollabCloseReason, CollabRefusalReason, DocumentAccess } from '@pnetz/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RealtimeSocket } from '../../../lib/socket';
import type { PresenceUser } from './presence-user';

/**
 * The plan's connection as the user sees it. `unsaved`: connected, but the server cannot store
 * edits right now (its database does not answer); they are kept and stored once it can.
 */
export type SyncState = 'connected' | 'syncing' | 'offline' | 'unsaved';

export interface PlanConnectionState {
  sync: SyncState;
  /** What the server granted on the last join; null before the first one. */
  access: DocumentAccess | null;
  /** The server dropped an edit of ours because we may only read. */
  rejected: boolean;
  /** The server refused or closed the document for us; editing further would be lost. */
  closed: CollabCloseReason | 'unavailable' | null;
  /** The server refused an edit of ours and said why; the plan stays open. */
  refused: CollabRefusalReason | null;
}

/** A refused join over Socket.IO because the server is busy is tried again after this long. */
const RETRY_UNAVAILABLE_MS = 5_000;

/** The documents' WebSocket endpoint on this origin; the plan's id follows it. */
function collabUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
}

/**
 * One open plan: its Yjs document with a local copy in IndexedDB (so edits made offline survive a
 * closed tab and merge on reconnect), the presence of everyone in it, and the sync over the
 * plan's own WebSocket, which reconnects by itself. Where that WebSocket cannot get through (a
 * proxy that blocks WebSockets) while the app's realtime connection can (Socket.IO falls back to
 * long-polling), the plan syncs over the realtime connection instead. It syncs while the user
 * is signed in (the realtime socket exists): the provider is replaced whenever that socket is,
 * and dropped while the browser reports being offline, so edits pile up locally and travel in one
 * sync afterwards.
 */
export class PlanConnection {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private readonly local: IndexeddbPersistence;
  private provider: CollabWebsocketProvider | SocketIOProvider | null = null;
  /** The plan's own WebSocket did not get through: sync over the realtime connection. */
  private overRealtime = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private socket: RealtimeSocket | null = null;
  private user: PresenceUser | null = null;
  private synced = false;
  private failing = false;
  private status: 'connecting' | 'connected' | 'disconnected' = 'disconnected';
  private destroyed = false;
  private state: PlanConnectionState = {
    sync: 'offline',
    access: null,
    rejected: false,
    closed: null,
    refused: null,
  };
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly planId: string,
    storageName: string,
  ) {
    this.local = new IndexeddbPersistence(storageName, this.doc);
    window.addEventListener('online', this.reconnect);
    window.addEventListener('offline', this.goOffline);
  }

  /** Uses this socket from now on (null: signed out or not yet connected). */
  attach(socket: RealtimeSocket | null): void {
    if (socket === this.socket && this.provider) return;
    if (socket !== this.socket) this.overRealtime = false;
    this.socket = socket;
    this.reconnect();
  }

  /** Publishes who we are to the others in the plan. */
  setUser(user: PresenceUser): void {
    this.user = user;
    this.awareness.setLocalStateField('user', user);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.reconnect);
    window.removeEventListener('offline', this.goOffline);
    this.dropProvider();
    this.awareness.destroy();
    void this.local.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PlanConnectionState => this.state;

  private readonly reconnect = (): void => {
    clearTimeout(this.retryTimer);
    this.dropProvider();
    if (this.destroyed || !this.socket || !navigator.onLine) {
      this.refresh();
      return;
    }
    const provider = this.overRealtime
      ? new SocketIOProvider(this.socket, this.planId, this.doc, { awareness: this.awareness })
      : this.websocketProvider();
    this.provider = provider;
    this.follow(provider);
  };

  private websocketProvider(): CollabWebsocketProvider {
    const provider = new CollabWebsocketProvider(collabUrl(), this.planId, this.doc, {
      awareness: this.awareness,
    });
    provider.on('unreachable', () => {
      if (!this.socket?.connected || this.provider !== provider) return;
      this.overRealtime = true;
      this.reconnect();
    });
    return provider;
  }

  private follow(provider: DocumentProvider): void {
    // A destroyed provider withdraws our presence; the new one publishes it again.
    if (this.user) this.awareness.setLocalStateField('user', this.user);
    this.status = provider.status;
    provider.on('status', (status) => {
      this.status = status;
      this.refresh();
    });
    provider.on('synced', (synced) => {
      this.synced = synced;
      this.refresh();
    });
    provider.on('access', (access) => this.setState({ access, closed: null }));
    provider.on('read-only', () => this.setState({ rejected: true }));
    provider.on('refused', (refused) => this.setState({ refused }));
    provider.on('persistence', (persistence) => {
      this.failing = persistence === 'failing';
      // Stored again: an earlier "not saved yet" refusal has been made good by the resync.
      if (!this.failing && this.state.refused === 'not_saved_yet') this.setState({ refused: null });
      this.refresh();
    });
    provider.on('closed', (reason) => {
      if (reason === 'unavailable')
        this.retryTimer = setTimeout(this.reconnect, RETRY_UNAVAILABLE_MS);
      this.setState({ closed: reason });
    });
    this.refresh();
  }

  private readonly goOffline = (): void => {
    clearTimeout(this.retryTimer);
    this.dropProvider();
    this.refresh();
  };

  private dropProvider(): void {
    this.provider?.destroy();
    this.provider = null;
    this.synced = false;
    this.failing = false;
    this.status = 'disconnected';
  }

  private refresh(): void {
    let sync: SyncState = 'offline';
    if (this.provider && this.status === 'connected' && this.synced)
      sync = this.failing ? 'unsaved' : 'connected';
    else if (this.provider && this.status !== 'disconnected') sync = 'syncing';
    this.setState({ sync });
  }

  private setState(patch: Partial<PlanConnectionState>): void {
    const next = { ...this.state, ...patch };
    const changed = (Object.keys(next) as Array<keyof PlanConnectionState>).some(
      (key) => next[key] !== this.state[key],
    );
    if (!changed || this.destroyed) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
