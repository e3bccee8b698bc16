import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { COLLAB_CLOSE_CODES, type DocumentAccess } from '@pnetz/shared';
import { Types } from 'mongoose';
import WebSocket from 'ws';
import { connectTestDatabase, quietLogger } from '../../../../tests/support/collab-core';
import type { Actor } from '../../auth/actor';
import { CollabDocuments, DEFAULT_COLLAB_TUNING } from './documents';
import { soleLeases } from './leases';
import { mongoPersistence } from './persistence';
import { attachWebSocketTransport } from './websocket-transport';

jest.setTimeout(60_000);

const actor: Actor = {
  id: new Types.ObjectId().toHexString(),
  email: 'erika@gemeinde.de',
  name: 'Erika',
  platformRoles: [],
  language: 'de',
};

let disconnect: () => Promise<void>;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  disconnect = await connectTestDatabase('collab_websocket_transport');
});
afterEach(async () => {
  while (stops.length > 0) await stops.pop()!();
});
afterAll(async () => {
  await disconnect();
});

/**
 * A /collab endpoint whose every access check first waits for `during`: the moment an access
 * change can be heard while a connection is being set up. The session behind `actor` is not in
 * the database, so reading it again finds it ended.
 */
async function endpoint(during: () => void, options: { signInMs?: number } = {}) {
  let changes = 0;
  let signIns = 0;
  const authorizations: DocumentAccess[] = [];
  const documents = new CollabDocuments({
    persistence: mongoPersistence,
    logger: quietLogger,
    ...DEFAULT_COLLAB_TUNING,
    leases: soleLeases,
  });
  const httpServer = http.createServer();
  const transport = attachWebSocketTransport({
    httpServer,
    authenticate: async () => {
      signIns += 1;
      await new Promise((resolve) => setTimeout(resolve, options.signInMs ?? 0));
      return { actor, sessionId: 'ended-later' };
    },
    authorize: () => {
      if (authorizations.length === 0) during();
      authorizations.push('write');
      return Promise.resolve('write');
    },
    documents,
    isAllowedOrigin: () => true,
    logger: quietLogger,
    accessGeneration: () => changes,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  stops.push(async () => {
    transport.close();
    await new Promise((resolve) => httpServer.close(resolve));
    await documents.closeAll();
  });
  return {
    url: `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/collab`,
    heardChange: () => (changes += 1),
    authorizations,
    signIns: () => signIns,
  };
}

/** Opens a connection to a new document; resolves with the close code, or 'open' after 500 ms. */
function outcome(url: string, cookie?: string): Promise<number | 'open'> {
  const ws = new WebSocket(
    `${url}/${new Types.ObjectId().toHexString()}`,
    cookie ? { headers: { cookie } } : {},
  );
  return new Promise((resolve) => {
    ws.once('close', (code) => resolve(code));
    ws.once('open', () =>
      setTimeout(() => {
        resolve('open');
        ws.close();
      }, 500),
    );
  });
}

describe('admitting a /collab connection', () => {
  it('asks once when no access change was heard while it was set up', async () => {
    const server = await endpoint(() => undefined);
    expect(await outcome(server.url)).toBe('open');
    expect(server.authorizations).toHaveLength(1);
  });

  it('asks again, and closes it, when an access change was heard meanwhile', async () => {
    const server = await endpoint(() => server.heardChange());
    expect(await outcome(server.url)).toBe(COLLAB_CLOSE_CODES.forbidden);
  });

  it('reads the session once for handshakes with the same cookie that arrive together', async () => {
    const server = await endpoint(() => undefined, { signInMs: 200 });
    const together = [1, 2, 3].map(() => outcome(server.url, 'pnetz.sid=s%3Aeins'));
    const otherBrowser = outcome(server.url, 'pnetz.sid=s%3Azwei');
    expect(await Promise.all([...together, otherBrowser])).toEqual([
      'open',
      'open',
      'open',
      'open',
    ]);
    expect(server.signIns()).toBe(2);
  });

  it('joins no read of the session that began before an access change was heard', async () => {
    const server = await endpoint(() => undefined, { signInMs: 200 });
    const before = outcome(server.url, 'pnetz.sid=s%3Aeins');
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.heardChange();
    const after = outcome(server.url, 'pnetz.sid=s%3Aeins');
    await Promise.all([before, after]);
    expect(server.signIns()).toBe(2);
  });
});
