import { SocketIOProvider } from '@pnetz/collab-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@pnetz/shared';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

export type ServerKind = 'ours' | 'baseline';

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
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
    });
    const provider = new SocketIOProvider(socket, docId, doc);
    return {
      doc,
      awareness: provider.awareness,
      synced: () =>
        provider.synced
          ? Promise.resolve()
          : new Promise((resolve) => provider.on('synced', (s) => s && resolve())),
      close() {
        provider.destroy();
        socket.close();
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
