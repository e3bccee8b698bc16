import {
  CollabMessageType,
  COLLAB_CLOSE_CODES,
  COLLAB_STATUS_PARAM,
  type CollabCloseReason,
  type DocumentAccess,
} from '@pnetz/shared';
import { ObservableV2 } from 'lib0/observable';
import * as authProtocol from 'y-protocols/auth';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  applyStatusMessage,
  refusalReason,
  type ProviderEvents,
  type ProviderStatus,
} from './status';

export interface CollabWebsocketProviderOptions {
  awareness?: Awareness;
  /** The WebSocket class to connect with (in Node: `ws`, with the session cookie); the global one by default. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Longest wait between reconnection attempts (y-websocket's default: 2.5 s). */
  maxBackoffTime?: number;
}

/**
 * Closes after which reconnecting cannot help: access withdrawn, the document gone, or an edit
 * of ours the server cannot take (it would be sent again on reconnecting). Every other close
 * (the server restarting, the network) is followed by a reconnect with backoff.
 */
const CLOSED_FOR_GOOD = new Map<number, CollabCloseReason>(
  (Object.entries(COLLAB_CLOSE_CODES) as Array<[CollabCloseReason, number]>)
    .filter(([reason]) => reason !== 'unloaded')
    .map(([reason, code]) => [code, reason]),
);

/** Connections in a row that closed before they synced, after which `unreachable` is emitted. */
const UNREACHABLE_AFTER = 3;

type WebsocketProviderEvents = ProviderEvents & {
  /**
   * The WebSocket closed before syncing several times in a row (a proxy that blocks WebSockets,
   * or the server refusing us); the provider keeps trying.
   */
  unreachable: () => void;
};

/**
 * Syncs one Yjs document over its own WebSocket at `/collab/<document id>`: y-websocket's
 * provider (sync, presence, reconnection with backoff, resync of offline edits), asking the
 * server for the status messages (what we may do, whether our edits are stored) and turning the
 * server's refusals and close codes into events the editor can show.
 */
export class CollabWebsocketProvider extends ObservableV2<WebsocketProviderEvents> {
  readonly awareness: Awareness;
  status: ProviderStatus = 'connecting';
  synced = false;
  access: DocumentAccess | null = null;
  /** The last persistence status from the server; null before the first. */
  persistence: 'stored' | 'failing' | null = null;
  /** What the server has stored, per Yjs client: its clock up to which edits are durable. */
  storedState: Map<number, number> = new Map();
  private readonly connection: WebsocketProvider;
  private failures = 0;

  /** `serverUrl`: the endpoint without the document id, e.g. `wss://host/collab`. */
  constructor(
    serverUrl: string,
    readonly docId: string,
    readonly doc: Y.Doc,
    options: CollabWebsocketProviderOptions = {},
  ) {
    super();
    this.connection = new WebsocketProvider(serverUrl, docId, doc, {
      params: { [COLLAB_STATUS_PARAM]: '1' },
      // Tabs sync through the server, which checks every edit against the plan's access.
      disableBc: true,
      shouldReconnect: (event) => !CLOSED_FOR_GOOD.has(event.code),
      ...(options.awareness ? { awareness: options.awareness } : {}),
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      ...(options.maxBackoffTime ? { maxBackoffTime: options.maxBackoffTime } : {}),
    });
    this.awareness = this.connection.awareness;
    const handlers = this.connection.messageHandlers;
    handlers[CollabMessageType.Auth] = (_encoder, decoder) =>
      authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => this.onDenied(reason));
    const onStatus: (typeof handlers)[number] = (_encoder, decoder, _provider, _synced, type) =>
      applyStatusMessage(this, type, decoder);
    handlers[CollabMessageType.Persistence] = onStatus;
    handlers[CollabMessageType.Access] = onStatus;
    this.connection.on('status', ({ status }) => this.setStatus(status));
    this.connection.on('sync', (synced) => {
      if (synced) this.failures = 0;
      if (synced === this.synced) return;
      this.synced = synced;
      this.emit('synced', [synced]);
    });
    this.connection.on('connection-close', () => {
      if (this.synced || this.connection.synced) return;
      this.failures += 1;
      if (this.failures === UNREACHABLE_AFTER) this.emit('unreachable', []);
    });
    this.connection.on('closed', ({ code }) => {
      this.emit('closed', [CLOSED_FOR_GOOD.get(code) ?? 'forbidden']);
    });
  }

  /** True once the server has stored every edit this document made up to now. */
  isStored(): boolean {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    return (this.storedState.get(this.doc.clientID) ?? 0) >= clock;
  }

  override destroy(): void {
    this.connection.destroy();
    super.destroy();
  }

  private onDenied(reason: string): void {
    if (reason === 'read-only') {
      this.emit('read-only', []);
      return;
    }
    const refusal = refusalReason(reason);
    if (refusal) this.emit('refused', [refusal]);
  }

  private setStatus(status: ProviderStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', [status]);
  }
}
