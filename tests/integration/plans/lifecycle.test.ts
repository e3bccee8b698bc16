import net from 'node:net';
import { ClientEvent } from '@pnetz/shared';
import { io } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';
import { openCollabClient, typeParagraph, whenSynced } from '../../support/collab';
import { eventually } from '../../support/eventually';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let cookie: string;
let planId: string;

beforeAll(async () => {
  app = await startTestServer({}, { collab: { unloadAfterMs: 50, flushIntervalMs: 20 } });
  const workspace = await createWorkspace();
  const user = await createUser();
  await addMember(workspace._id, user.id, 'member');
  planId = (await createPlan(workspace._id, user.id)).id as string;
  const api = new ApiClient(app.url);
  await api.login(user.email, user.password);
  cookie = api.cookieHeader();
});
afterAll(() => app.close());

describe('joins that end before they finish', () => {
  it('a Socket.IO client that leaves while the document loads leaves nothing in memory', async () => {
    for (let round = 0; round < 10; round++) {
      const socket = io(app.url, {
        transports: ['websocket'],
        parser: socketParser,
        extraHeaders: { cookie },
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.emit(ClientEvent.CollabJoin, { docId: planId }, () => undefined);
      socket.disconnect();
    }
    await eventually(() => expect(app.server.documents.size).toBe(0), 5_000);
  });

  it('a WebSocket upgrade aborted by the client leaves nothing in memory', async () => {
    const { port } = new URL(app.url);
    for (let round = 0; round < 10; round++) {
      const socket = net.connect(Number(port), '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        [
          `GET /collab/${planId} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          `Origin: ${app.url}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          `Cookie: ${cookie}`,
          '',
          '',
        ].join('\r\n'),
      );
      // Gone before the server has checked the session and opened the document.
      socket.destroy();
    }
    await eventually(() => expect(app.server.documents.size).toBe(0), 5_000);
  });

  it('a participant who joins while the document unloads keeps it, and their edit is stored', async () => {
    for (let round = 0; round < 5; round++) {
      const first = openCollabClient(app.url, cookie, planId);
      await whenSynced(first.provider);
      typeParagraph(first.doc, `Runde ${round}`);
      first.close();
      // Join again right around the unload delay, while the first one's edit is being stored.
      await new Promise((resolve) => setTimeout(resolve, 40 + round * 5));
      const second = openCollabClient(app.url, cookie, planId);
      await whenSynced(second.provider);
      typeParagraph(second.doc, `Danach ${round}`);
      await eventually(() => expect(second.provider.isStored()).toBe(true));
      const live = await app.server.documents.peek(planId);
      expect(live?.participantCount).toBe(1);
      second.close();
    }
    await eventually(() => expect(app.server.documents.size).toBe(0), 5_000);
  });
});
