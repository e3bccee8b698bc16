import { CollabWebsocketProvider, SocketIOProvider } from '@pnetz/collab-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@pnetz/shared';
import { PLAN_DOCUMENT } from '@pnetz/shared';
import { io, type Socket } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface CollabClient {
  doc: Y.Doc;
  provider: SocketIOProvider;
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  close(): void;
}

/** Our client: a real Socket.IO connection with the session cookie and the app's provider. */
export function openCollabClient(
  url: string,
  cookie: string,
  docId: string,
  options: { reconnect?: boolean; doc?: Y.Doc } = {},
): CollabClient {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    transports: ['websocket'],
    parser: socketParser,
    extraHeaders: { cookie },
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
  });
  const doc = options.doc ?? new Y.Doc();
  const provider = new SocketIOProvider(socket, docId, doc);
  return {
    doc,
    provider,
    socket,
    close() {
      provider.destroy();
      socket.close();
      doc.destroy();
    },
  };
}

export function whenSynced(provider: {
  synced: boolean;
  once(event: 'synced', cb: (synced: boolean) => void): void;
}): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const wait = () => provider.once('synced', (synced) => (synced ? resolve() : wait()));
    wait();
  });
}

/** The `ws` WebSocket class with a session cookie on every handshake, for providers in Node. */
export function cookieWebSocket(cookie: string): typeof globalThis.WebSocket {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return CookieWebSocket as unknown as typeof globalThis.WebSocket;
}

/**
 * A standard Yjs client: y-websocket's WebsocketProvider in Node, against `/collab/<id>`, with
 * nothing of ours but the session cookie on the handshake.
 */
export function openWebsocketClient(url: string, cookie: string, docId: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url.replace(/^http/, 'ws') + '/collab', docId, doc, {
    WebSocketPolyfill: cookieWebSocket(cookie),
    disableBc: true,
    maxBackoffTime: 500,
  });
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The plan editor's client: the web client's provider on `/collab/<id>`, with the status. */
export function openEditorClient(url: string, cookie: string, docId: string) {
  const doc = new Y.Doc();
  const provider = new CollabWebsocketProvider(url.replace(/^http/, 'ws') + '/collab', docId, doc, {
    WebSocketPolyfill: cookieWebSocket(cookie),
    maxBackoffTime: 500,
  });
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Appends a paragraph with the text to a plan's rich text. */
export function typeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(PLAN_DOCUMENT.text).push([paragraph]);
}

export function paragraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(PLAN_DOCUMENT.text)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => child.toString())
            .join('')
        : '',
    );
}

/** Adds a measure the way the plan editor does: a Y.Map in the measures array. */
export function addMeasure(doc: Y.Doc, fields: Record<string, unknown>): void {
  const measure = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) measure.set(key, value);
  doc.getArray(PLAN_DOCUMENT.measures).push([measure]);
}
