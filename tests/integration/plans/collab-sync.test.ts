import { ClientEvent, ServerEvent } from '@pnetz/shared';
import * as Y from 'yjs';
import { mongoPersistence } from '../../../server/src/realtime/collab/persistence';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { SocketIOProvider } from '@pnetz/collab-client';
import {
  openCollabClient,
  openWebsocketClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

let app: TestServer;
const cookies: Record<'admin' | 'member' | 'guest' | 'coordinator' | 'outsider', string> = {
  admin: '',
  member: '',
  guest: '',
  coordinator: '',
  outsider: '',
};
let planId: string;
let networkPlanId: string;
const open: Array<{ close(): void }> = [];

async function storedParagraphs(docId: string): Promise<string[]> {
  const stored = await mongoPersistence.fetch(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return paragraphs(doc);
}

function client(role: keyof typeof cookies, docId = planId): CollabClient {
  const c = openCollabClient(app.url, cookies[role], docId);
  open.push(c);
  return c;
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const workspace = await createWorkspace();
  const other = await createWorkspace();
  for (const role of Object.keys(cookies) as Array<keyof typeof cookies>) {
    const user = await createUser({ platformRoles: role === 'coordinator' ? ['coordinator'] : [] });
    if (role === 'admin' || role === 'member' || role === 'guest')
      await addMember(workspace._id, user.id, role);
    if (role === 'outsider') await addMember(other._id, user.id, 'admin');
    const api = new ApiClient(app.url);
    await api.login(user.email, user.password);
    cookies[role] = api.cookieHeader();
  }
  const adminId = (await createUser()).id;
  planId = (await createPlan(workspace._id, adminId)).id as string;
  networkPlanId = (
    await createPlan(workspace._id, adminId, { visibility: 'network', title: 'Vernetzt' })
  ).id as string;
});

afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
afterAll(() => app.close());

describe('co-editing a plan', () => {
  it('converges between two Socket.IO clients and a standard y-websocket client', async () => {
    const a = client('admin');
    const b = client('member');
    const c = openWebsocketClient(app.url, cookies.member, planId);
    open.push(c);
    await Promise.all([
      whenSynced(a.provider),
      whenSynced(b.provider),
      new Promise<void>((r) => c.provider.once('sync', () => r())),
    ]);

    typeParagraph(a.doc, 'Lagebild: Graffiti am Bahnhof');
    typeParagraph(b.doc, 'Ziel: weniger Sachbeschädigung');
    typeParagraph(c.doc, 'Maßnahme: legale Flächen');

    await eventually(() => {
      const expected = paragraphs(a.doc).slice().sort();
      expect(expected).toEqual([
        'Lagebild: Graffiti am Bahnhof',
        'Maßnahme: legale Flächen',
        'Ziel: weniger Sachbeschädigung',
      ]);
      expect(paragraphs(b.doc)).toEqual(paragraphs(a.doc));
      expect(paragraphs(c.doc)).toEqual(paragraphs(a.doc));
    });
    await eventually(async () =>
      expect((await storedParagraphs(planId)).sort()).toEqual(paragraphs(a.doc).slice().sort()),
    );
  });

  it('sends each update once to every other participant, never back to its sender, and nothing after leaving', async () => {
    const a = client('admin');
    const b = client('member');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    // b's socket also has another document open, which must not receive this plan's updates.
    const elsewhereDoc = new Y.Doc();
    const elsewhere = new SocketIOProvider(b.socket, networkPlanId, elsewhereDoc);
    open.push({ close: () => (elsewhere.destroy(), elsewhereDoc.destroy()) });
    await whenSynced(elsewhere);
    const received = { a: 0, b: 0, elsewhere: 0 };
    const countUpdates = (socket: CollabClient['socket'], into: 'a' | 'b') =>
      socket.on(ServerEvent.CollabMessage, ({ docId, data }) => {
        const bytes = new Uint8Array(data);
        // y-protocols: message type 0 (sync), sync step 2 = update.
        if (bytes[0] !== 0 || bytes[1] !== 2) return;
        if (docId === planId) received[into] += 1;
        else received.elsewhere += 1;
      });
    countUpdates(a.socket, 'a');
    countUpdates(b.socket, 'b');

    typeParagraph(a.doc, 'Einmal an alle');
    await eventually(() => expect(paragraphs(b.doc)).toContain('Einmal an alle'));
    typeParagraph(b.doc, 'Antwort');
    await eventually(() => expect(paragraphs(a.doc)).toContain('Antwort'));
    expect(received).toEqual({ a: 1, b: 1, elsewhere: 0 });

    b.provider.destroy();
    typeParagraph(a.doc, 'Nach dem Verlassen');
    const late = client('admin');
    await whenSynced(late.provider);
    await eventually(() => expect(paragraphs(late.doc)).toContain('Nach dem Verlassen'));
    expect(received).toEqual({ a: 1, b: 1, elsewhere: 0 });
  });

  it('after a short outage, the restored connection is back in no document and gets no replayed updates', async () => {
    const socket = connectSocket(app.url, cookies.member);
    open.push(socket);
    await whenConnected(socket);
    const joined = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.CollabJoin, { docId: planId });
    expect(joined.ok).toBe(true);
    const writer = client('admin');
    await whenSynced(writer.provider);
    // Recovery resumes from the last replayable event the client got; collab messages are not
    // replayable, so send it one other event (a raw socket ignores it).
    const offset = new Promise<void>((resolve) => socket.once(ServerEvent.SessionEnded, resolve));
    app.server.io.to(socket.id!).emit(ServerEvent.SessionEnded);
    await offset;

    const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.io.engine.close();
    await gone;
    typeParagraph(writer.doc, 'Während der Unterbrechung');
    await eventually(async () =>
      expect(await storedParagraphs(planId)).toContain('Während der Unterbrechung'),
    );
    let framesAfterReconnect = 0;
    socket.on(ServerEvent.CollabMessage, ({ docId }) => {
      if (docId === planId) framesAfterReconnect += 1;
    });
    const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.io.reconnection(true);
    socket.connect();
    await back;
    // The session came back (its other rooms are restored), but not the document's room.
    expect(socket.recovered).toBe(true);

    typeParagraph(writer.doc, 'Nach der Unterbrechung');
    const observer = client('member');
    await whenSynced(observer.provider);
    await eventually(() => expect(paragraphs(observer.doc)).toContain('Nach der Unterbrechung'));
    expect(framesAfterReconnect).toBe(0);
  });

  it('keeps no collab message in the buffer that connection state recovery replays from', async () => {
    const a = client('admin');
    const b = client('member');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    typeParagraph(a.doc, 'Nicht für die Wiederholung');
    await eventually(() => expect(paragraphs(b.doc)).toContain('Nicht für die Wiederholung'));
    // Socket.IO's in-memory adapter keeps every packet it may replay in `packets`.
    const { packets } = app.server.io.of('/').adapter as unknown as {
      packets: Array<{ data: unknown[] }>;
    };
    expect(packets.filter((packet) => packet.data[0] === ServerEvent.CollabMessage)).toEqual([]);
  });

  it('shares presence (awareness) between participants', async () => {
    const a = client('admin');
    const b = client('member');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    // The server stamps the signed-in person's name (see awareness-identity.test.ts).
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        cursor: { anchor: 3 },
        user: { name: 'Test Person' },
      }),
    );
    a.close();
    await eventually(() =>
      expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false),
    );
  });
});

describe('permissions on the collaborative transports', () => {
  it('lets a guest read but never write: the edit reaches nobody and is not stored', async () => {
    const member = client('member');
    const guest = client('guest');
    await Promise.all([whenSynced(member.provider), whenSynced(guest.provider)]);
    expect(guest.provider.access).toBe('read');
    const told = new Promise<void>((resolve) => guest.provider.once('read-only', resolve));

    typeParagraph(guest.doc, 'Gast war hier');
    await told;
    typeParagraph(member.doc, 'Nach dem Gast');
    await eventually(() => expect(paragraphs(guest.doc)).toContain('Nach dem Gast'));
    expect(paragraphs(member.doc)).not.toContain('Gast war hier');
    await eventually(async () => expect(await storedParagraphs(planId)).toContain('Nach dem Gast'));
    expect(await storedParagraphs(planId)).not.toContain('Gast war hier');

    const fresh = client('admin');
    await whenSynced(fresh.provider);
    expect(paragraphs(fresh.doc)).not.toContain('Gast war hier');
  });

  it('refuses non-members at connect on both transports, and lets a coordinator read network plans only', async () => {
    const outsider = client('outsider');
    await expect(new Promise((resolve) => outsider.provider.once('closed', resolve))).resolves.toBe(
      'not_found',
    );

    const coordinatorInternal = client('coordinator');
    await expect(
      new Promise((resolve) => coordinatorInternal.provider.once('closed', resolve)),
    ).resolves.toBe('not_found');

    const coordinatorNetwork = client('coordinator', networkPlanId);
    await whenSynced(coordinatorNetwork.provider);
    expect(coordinatorNetwork.provider.access).toBe('read');

    const ws = openWebsocketClient(app.url, cookies.outsider, planId);
    open.push(ws);
    const status = await new Promise<number>((resolve) => {
      const socket = ws.provider.ws as unknown as {
        on?: (e: string, cb: (req: unknown, res: { statusCode: number }) => void) => void;
      };
      socket.on?.('unexpected-response', (_req, res) => resolve(res.statusCode));
    });
    expect(status).toBe(404);
  });
});

describe('bad input on the collaborative transports', () => {
  it('closes the connection that sent a malformed update and leaves the document intact', async () => {
    const writer = client('member');
    await whenSynced(writer.provider);
    typeParagraph(writer.doc, 'Vor dem Angriff');
    await eventually(async () =>
      expect(await storedParagraphs(planId)).toContain('Vor dem Angriff'),
    );
    const before = await storedParagraphs(planId);

    const attacker = client('admin');
    await whenSynced(attacker.provider);
    const closed = new Promise<string>((resolve) =>
      attacker.socket.once(ServerEvent.CollabClosed, (info) => resolve(info.reason)),
    );
    // A sync "update" message (0, 2) whose payload is not a Yjs update.
    attacker.socket.emit(ClientEvent.CollabMessage, {
      docId: planId,
      data: new Uint8Array([0, 2, 6, 200, 1, 255, 3, 9, 9]),
    });
    expect(await closed).toBe('malformed_update');

    typeParagraph(writer.doc, 'Nach dem Angriff');
    await eventually(async () =>
      expect(await storedParagraphs(planId)).toEqual([...before, 'Nach dem Angriff']),
    );
  });

  it('closes on unknown message types and non-binary frames, refuses oversized edits', async () => {
    const attacker = client('admin');
    await whenSynced(attacker.provider);
    const reasons: string[] = [];
    attacker.socket.on(ServerEvent.CollabClosed, (info) => reasons.push(info.reason));

    attacker.socket.emit(ClientEvent.CollabMessage, { docId: planId, data: new Uint8Array([42]) });
    await eventually(() => expect(reasons).toEqual(['malformed_update']));

    attacker.socket.emit(ClientEvent.CollabMessage, {
      docId: planId,
      data: 'not binary' as unknown as Uint8Array,
    });
    await eventually(() => expect(reasons).toEqual(['malformed_update', 'malformed_update']));

    const rejoined = client('admin');
    await whenSynced(rejoined.provider);
    const big = new Uint8Array(600 * 1024);
    const refused = new Promise<string>((resolve) =>
      rejoined.socket.once(ServerEvent.CollabRefused, (info) => resolve(info.reason)),
    );
    rejoined.socket.emit(ClientEvent.CollabMessage, { docId: planId, data: big });
    expect(await refused).toBe('too_large');
    // The edit is refused with its reason, the connection kept: the next edit is stored.
    typeParagraph(rejoined.doc, 'Nach der zu großen Nachricht');
    await eventually(async () =>
      expect(await storedParagraphs(planId)).toContain('Nach der zu großen Nachricht'),
    );
    // The server keeps serving everyone else.
    const healthy = client('member');
    await whenSynced(healthy.provider);
  });

  it('closes a y-websocket connection that sends garbage with code 1007', async () => {
    const ws = openWebsocketClient(app.url, cookies.member, planId);
    open.push(ws);
    await new Promise<void>((r) => ws.provider.once('sync', () => r()));
    const socket = ws.provider.ws!;
    const code = await new Promise<number>((resolve) => {
      socket.addEventListener('close', (event) => resolve((event as CloseEvent).code));
      socket.send(new Uint8Array([0, 1, 5, 255, 255, 255, 255, 255]));
    });
    expect(code).toBe(1007);
  });
});
