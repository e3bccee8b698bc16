import { HocuspocusProvider } from '@hocuspocus/provider';
import { CollabWebsocketProvider } from '@pnetz/collab-client';
import {
  ClientEvent,
  ServerEvent,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@pnetz/shared';
import { io, type Socket } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { cookieWebSocket } from '../../support/collab';

/** The servers under test: ours and the two baselines a team would otherwise deploy. */
export type ServerKind = 'ours' | 'ywebsocket' | 'hocuspocus';
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'ywebsocket', 'hocuspocus'];
export const BASELINES = ['ywebsocket', 'hocuspocus'] as const;
export type BaselineKind = (typeof BASELINES)[number];

/** One benchmark participant: a Yjs document synced with one server through its own connection. */
export interface BenchClient {
  doc: Y.Doc;
  awareness: Awareness;
  synced(): Promise<void>;
  close(): void;
}

export function openClient(
  kind: ServerKind,
  url: string,
  cookie: string,
  docId: string,
): BenchClient {
  const doc = new Y.Doc();
  if (kind === 'ours') {
    // The web client's provider, on its own WebSocket, as the plan editor connects.
    const provider = new CollabWebsocketProvider(
      url.replace(/^http/, 'ws') + '/collab',
      docId,
      doc,
      { WebSocketPolyfill: cookieWebSocket(cookie) },
    );
    return {
      doc,
      awareness: provider.awareness,
      synced: () =>
        provider.synced
          ? Promise.resolve()
          : new Promise((resolve) => provider.on('synced', (s) => s && resolve())),
      close() {
        provider.destroy();
        doc.destroy();
      },
    };
  }
  if (kind === 'hocuspocus') {
    // One WebSocket per participant, like the other servers' clients.
    const provider = new HocuspocusProvider({
      url: url.replace(/^http/, 'ws'),
      name: docId,
      document: doc,
      WebSocketPolyfill: WebSocket,
      maxAttempts: 1,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    let closing = false;
    provider.on('close', (event: unknown) => {
      if (!closing) console.error('hocuspocus client closed unexpectedly', JSON.stringify(event));
    });
    return {
      doc,
      awareness: provider.awareness!,
      synced: () =>
        provider.synced
          ? Promise.resolve()
          : new Promise((resolve) => provider.on('synced', () => resolve())),
      close() {
        closing = true;
        provider.destroy();
        doc.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(url.replace(/^http/, 'ws'), docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc,
    awareness: provider.awareness,
    synced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => provider.once('sync', () => resolve())),
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A council member's browser tab watching the council's live feed (our server only). */
export interface FeedSocket {
  /** Called with the id of every posted project update that arrives. */
  onUpdate: (updateId: string) => void;
  close(): void;
}

export async function openFeedSocket(
  url: string,
  cookie: string,
  workspaceId: string,
): Promise<FeedSocket> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    transports: ['websocket'],
    parser: socketParser,
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  const feed: FeedSocket = { onUpdate: () => undefined, close: () => socket.close() };
  socket.on(ServerEvent.ProjectFeed, (item) => {
    if (item.kind === 'update.posted' && item.itemId) feed.onUpdate(item.itemId);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      socket.emit(ClientEvent.WorkspaceJoin, { workspaceId }, (result) =>
        result.ok ? resolve() : reject(new Error(result.error.message)),
      );
    });
  });
  return feed;
}
