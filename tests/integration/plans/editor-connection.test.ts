import { CollabMessageType, COLLAB_STATUS_PARAM } from '@pnetz/shared';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import {
  openEditorClient,
  openWebsocketClient,
  paragraphs,
  typeParagraph,
  whenSynced,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * The plan editor's connection: the web client's provider on `/collab/<plan id>`, which asks for
 * the status messages a standard y-websocket client does without.
 */
let app: TestServer;
let workspaceId: string;
let admin: ApiClient;
const open: Array<{ close(): void }> = [];

async function person(role: 'member' | 'admin' | 'guest') {
  const user = await createUser();
  await addMember(workspaceId, user.id, role);
  const api = new ApiClient(app.url);
  await api.login(user.email, user.password);
  return { user, api, cookie: api.cookieHeader() };
}

function editor(cookie: string, planId: string) {
  const client = openEditorClient(app.url, cookie, planId);
  open.push(client);
  return client;
}

async function newPlan(): Promise<string> {
  return (await createPlan(workspaceId, (await createUser()).id)).id as string;
}

/** The message types a raw WebSocket on the plan receives while `act` runs and a moment after. */
async function typesReceived(
  cookie: string,
  planId: string,
  query: string,
  act: (ws: WebSocket) => Promise<void>,
): Promise<number[]> {
  const ws = new WebSocket(`${app.url.replace(/^http/, 'ws')}/collab/${planId}${query}`, {
    headers: { cookie },
  });
  const types: number[] = [];
  ws.on('message', (data: Buffer) => types.push(data[0]!));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    await act(ws);
    return types;
  } finally {
    ws.close();
  }
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  workspaceId = (await createWorkspace()).id as string;
  admin = (await person('admin')).api;
});
afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
afterAll(() => app.close());

describe("the plan editor's connection", () => {
  it('learns its access, converges with a standard client, and hears when its edits are stored', async () => {
    const planId = await newPlan();
    const { cookie } = await person('member');
    const mine = editor(cookie, planId);
    const standard = openWebsocketClient(app.url, admin.cookieHeader(), planId);
    open.push(standard);
    const access = new Promise((resolve) => mine.provider.once('access', resolve));
    await whenSynced(mine.provider);
    expect(await access).toBe('write');

    const stored = new Promise<void>((resolve) =>
      mine.provider.on('persistence', (state) => {
        if (state === 'stored' && mine.provider.isStored()) resolve();
      }),
    );
    typeParagraph(mine.doc, 'Vom Editor');
    await stored;
    await eventually(() => expect(paragraphs(standard.doc)).toEqual(['Vom Editor']));
    typeParagraph(standard.doc, 'Vom Standard-Client');
    await eventually(() =>
      expect(paragraphs(mine.doc)).toEqual(['Vom Editor', 'Vom Standard-Client']),
    );
  });

  it('tells a guest it may only read, and that its edit was dropped', async () => {
    const planId = await newPlan();
    const { cookie } = await person('guest');
    const guest = editor(cookie, planId);
    await whenSynced(guest.provider);
    await eventually(() => expect(guest.provider.access).toBe('read'));

    const told = new Promise<void>((resolve) => guest.provider.once('read-only', resolve));
    typeParagraph(guest.doc, 'Gast war hier');
    await told;
  });

  it('follows a change of role at once: demoted to read, closed for good when removed', async () => {
    const planId = await newPlan();
    const { user, cookie } = await person('member');
    const mine = editor(cookie, planId);
    await whenSynced(mine.provider);
    await eventually(() => expect(mine.provider.access).toBe('write'));

    const demoted = new Promise((resolve) => mine.provider.once('access', resolve));
    const role = await admin.send('patch', `/api/workspaces/${workspaceId}/members/${user.id}`, {
      role: 'guest',
    });
    expect(role.status).toBe(200);
    expect(await demoted).toBe('read');

    const closed = new Promise((resolve) => mine.provider.once('closed', resolve));
    const removed = await admin.send('delete', `/api/workspaces/${workspaceId}/members/${user.id}`);
    expect(removed.status).toBeLessThan(300);
    expect(await closed).toBe('not_found');
    // Closed for good: the provider does not knock again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(mine.provider.status).toBe('disconnected');
  });

  it('is closed when its session ends', async () => {
    const planId = await newPlan();
    const { api, cookie } = await person('member');
    const mine = editor(cookie, planId);
    await whenSynced(mine.provider);
    const closed = new Promise((resolve) => mine.provider.once('closed', resolve));
    expect((await api.send('post', '/api/auth/logout')).status).toBeLessThan(300);
    expect(await closed).toBe('forbidden');
  });

  it('reconnects and resyncs after the server closed it as unloaded', async () => {
    const planId = await newPlan();
    const { cookie } = await person('member');
    const mine = editor(cookie, planId);
    await whenSynced(mine.provider);
    const dropped = new Promise<void>((resolve) =>
      mine.provider.on('synced', (synced) => !synced && resolve()),
    );
    for (const document of [await app.server.documents.open(planId)]) {
      for (const connection of document.participants()) connection.close('unloaded');
      app.server.documents.release(document);
    }
    await dropped;
    await whenSynced(mine.provider);
    typeParagraph(mine.doc, 'Nach dem Wiederverbinden');
    const other = editor(admin.cookieHeader(), planId);
    await eventually(() => expect(paragraphs(other.doc)).toEqual(['Nach dem Wiederverbinden']));
  });
});

describe('the status messages on /collab', () => {
  it('go only to clients that ask for them', async () => {
    const planId = await newPlan();
    const { cookie } = await person('member');
    const edit = async (ws: WebSocket) => {
      const doc = new Y.Doc();
      typeParagraph(doc, 'Roh');
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, CollabMessageType.Sync);
      encoding.writeVarUint(encoder, 2); // y-protocols' sync update
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
      ws.send(encoding.toUint8Array(encoder));
      await new Promise((resolve) => setTimeout(resolve, 500));
    };
    const plain = await typesReceived(cookie, planId, '', edit);
    expect(plain).toContain(CollabMessageType.Sync);
    expect(plain).not.toContain(CollabMessageType.Persistence);
    expect(plain).not.toContain(CollabMessageType.Access);

    const asking = await typesReceived(cookie, planId, `?${COLLAB_STATUS_PARAM}=1`, edit);
    expect(asking).toContain(CollabMessageType.Access);
    expect(asking).toContain(CollabMessageType.Persistence);
  });

  it("send a client alone in a plan its own presence back, so y-websocket's watchdog stays quiet", async () => {
    const planId = await newPlan();
    const { cookie } = await person('member');
    const types = await typesReceived(cookie, planId, '', async (ws) => {
      const doc = new Y.Doc();
      const awareness = new awarenessProtocol.Awareness(doc);
      awareness.setLocalState({ user: { name: 'Allein' } });
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, CollabMessageType.Awareness);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      );
      ws.send(encoding.toUint8Array(encoder));
      await new Promise((resolve) => setTimeout(resolve, 300));
      awareness.destroy();
    });
    expect(types).toContain(CollabMessageType.Awareness);
  });
});
