import { ClientEvent, ServerEvent, type FeedItem, type FeedPage } from '@pnetz/shared';
import { io } from 'socket.io-client';
import { socketParser } from '@pnetz/shared/socket-parser';
import { eventually } from '../../support/eventually';
import {
  completeProject,
  councilWith,
  createProject,
  listen,
  signedInPerson,
  type Person,
} from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';
import type { TestSocket } from '../../support/sockets';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

const sockets: TestSocket[] = [];
afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
const track = <T extends TestSocket>(socket: T): T => {
  sockets.push(socket);
  return socket;
};

type Council = { workspaceId: string } & Record<'admin' | 'teacher' | 'police' | 'guest', Person>;
const council = (): Promise<Council> =>
  councilWith(app.url, {
    admin: 'admin',
    teacher: 'member',
    police: 'member',
    guest: 'guest',
  }) as Promise<Council>;

const post = async (person: Person, projectId: string, text: string) => {
  const res = await person.client.send('post', `/api/projects/${projectId}/updates`, { text });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const postedIn = (socket: { feed: FeedItem[] }, updateId: string) =>
  socket.feed.filter((item) => item.kind === 'update.posted' && item.itemId === updateId);

describe('live events go only to rooms whose members may see the item', () => {
  it('an update appears at once for members viewing the council, with its text', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const police = track(await listen(app.url, c.police, { workspaceId: c.workspaceId }));
    const guest = track(await listen(app.url, c.guest, { workspaceId: c.workspaceId }));
    const started = Date.now();
    const updateId = await post(c.teacher, project.id, 'Heute wurde das Wandbild eingeweiht.');
    await eventually(() => expect(postedIn(police, updateId)).toHaveLength(1), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(postedIn(police, updateId)[0]).toMatchObject({
      workspaceId: c.workspaceId,
      project: { id: project.id, title: project.title },
      actor: { id: c.teacher.id },
      update: { id: updateId, text: 'Heute wurde das Wandbild eingeweiht.' },
    });
    await eventually(() => expect(postedIn(guest, updateId)).toHaveLength(1));
  });

  it('an internal project: outsiders can neither join its room nor hear about it', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const outsider = await signedInPerson(app.url);
    const socket = track(await listen(app.url, outsider, {}));
    const ack = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.ProjectJoin, { projectId: project.id });
    expect(ack).toMatchObject({ ok: false, error: { id: 'not_found' } });
    const member = track(
      await listen(app.url, c.police, { workspaceId: c.workspaceId, projectId: project.id }),
    );
    const updateId = await post(c.teacher, project.id, 'Intern');
    await eventually(() => expect(postedIn(member, updateId)).toHaveLength(1));
    expect(socket.feed).toEqual([]);
  });

  it('a network project: viewers of its page elsewhere in the network hear about it, others do not', async () => {
    const c = await council();
    const project = await createProject(
      c.teacher.client,
      c.workspaceId,
      completeProject({ visibility: 'network' }),
    );
    const viewer = track(
      await listen(app.url, await signedInPerson(app.url), { projectId: project.id }),
    );
    const notViewing = track(await listen(app.url, await signedInPerson(app.url), {}));
    const both = track(
      await listen(app.url, c.police, { workspaceId: c.workspaceId, projectId: project.id }),
    );
    const updateId = await post(c.teacher, project.id, 'Für alle im Netz');
    await eventually(() => expect(postedIn(viewer, updateId)).toHaveLength(1));
    // In both rooms, but the event arrives once.
    await eventually(() => expect(postedIn(both, updateId)).toHaveLength(1));
    expect(notViewing.feed).toEqual([]);

    // Made internal again: the network viewer hears nothing more.
    await c.admin.client
      .send('patch', `/api/projects/${project.id}`, { visibility: 'workspace' })
      .then((r) => expect(r.status).toBe(200));
    const secret = await post(c.teacher, project.id, 'Jetzt wieder intern');
    await eventually(() => expect(postedIn(both, secret)).toHaveLength(1));
    expect(postedIn(viewer, secret)).toEqual([]);
  });

  it('drafts stay inside the council even when they will be shared', async () => {
    const c = await council();
    const draft = await createProject(c.teacher.client, c.workspaceId, {
      title: 'Entwurf',
      visibility: 'network',
    });
    const outsider = track(await listen(app.url, await signedInPerson(app.url), {}));
    const ack = await outsider
      .timeout(2000)
      .emitWithAck(ClientEvent.ProjectJoin, { projectId: draft.id });
    expect(ack).toMatchObject({ ok: false, error: { id: 'not_found' } });
  });

  it('a bad join payload is refused with validation_failed', async () => {
    const c = await council();
    const socket = track(await listen(app.url, c.police, {}));
    const ack = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.ProjectJoin, { projectId: '<script>' });
    expect(ack).toMatchObject({ ok: false, error: { id: 'validation_failed' } });
  });
});

describe('a removed member stops receiving the council’s events immediately', () => {
  it('the next update after the removal does not reach their open socket', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const removed = track(
      await listen(app.url, c.police, { workspaceId: c.workspaceId, projectId: project.id }),
    );
    const control = track(await listen(app.url, c.guest, { workspaceId: c.workspaceId }));
    const before = await post(c.teacher, project.id, 'Vorher');
    await eventually(() => expect(postedIn(removed, before)).toHaveLength(1));

    const res = await c.admin.client.send(
      'delete',
      `/api/workspaces/${c.workspaceId}/members/${c.police.id}`,
    );
    expect(res.status).toBe(204);
    const after = await post(c.teacher, project.id, 'Nachher');
    await eventually(() => expect(postedIn(control, after)).toHaveLength(1));
    expect(postedIn(removed, after)).toEqual([]);
    // Nor can they come back into the rooms.
    const ack = await removed
      .timeout(2000)
      .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: c.workspaceId });
    expect(ack).toMatchObject({ ok: false, error: { id: 'not_found' } });
    const feed = await c.police.client.get(`/api/workspaces/${c.workspaceId}/feed`);
    expect(feed.status).toBe(404);
  });

  it('removed while briefly offline: no recovered rooms and no replayed events on reconnect', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const socket = reconnectingSocket(c.police);
    await joinWorkspace(socket, c.workspaceId);
    const first = await post(c.teacher, project.id, 'Vorher');
    await eventually(() => expect(socket.feed.some((i) => i.itemId === first)).toBe(true));

    await goOffline(socket);
    await c.admin.client.send('delete', `/api/workspaces/${c.workspaceId}/members/${c.police.id}`);
    const secret = await post(c.teacher, project.id, 'Nach der Entfernung');
    await reconnected(socket);
    expect(socket.recovered).toBe(false);
    const control = track(await listen(app.url, c.guest, { workspaceId: c.workspaceId }));
    const later = await post(c.teacher, project.id, 'Noch später');
    await eventually(() => expect(postedIn(control, later)).toHaveLength(1));
    expect(socket.feed.map((i) => i.itemId)).toEqual([first]);
    void secret;
  });
});

function reconnectingSocket(person: Person): TestSocket & { feed: FeedItem[] } {
  const socket = io(app.url, {
    transports: ['websocket'],
    parser: socketParser,
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
    extraHeaders: { cookie: person.client.cookieHeader() },
  }) as TestSocket & { feed: FeedItem[] };
  socket.feed = [];
  socket.on(ServerEvent.ProjectFeed, (item) => socket.feed.push(item));
  return track(socket);
}

async function joinWorkspace(socket: TestSocket, workspaceId: string) {
  if (!socket.connected)
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const ack = await socket.timeout(2000).emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId });
  expect(ack.ok).toBe(true);
}

/** Drops the connection as a network failure would (the client reconnects by itself later). */
async function goOffline(socket: TestSocket) {
  socket.io.reconnection(false);
  const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  socket.io.engine.close();
  await gone;
}

async function reconnected(socket: TestSocket) {
  const back = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.io.reconnection(true);
  socket.connect();
  await back;
}

describe('after a short outage a client gets what it missed, without duplicates', () => {
  it('connection state recovery replays the missed events once', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const socket = reconnectingSocket(c.police);
    await joinWorkspace(socket, c.workspaceId);
    const first = await post(c.teacher, project.id, 'Eins');
    await eventually(() => expect(socket.feed.map((i) => i.itemId)).toEqual([first]));

    await goOffline(socket);
    const missed = [
      await post(c.teacher, project.id, 'Zwei'),
      await post(c.teacher, project.id, 'Drei'),
    ];
    await reconnected(socket);
    expect(socket.recovered).toBe(true);
    await eventually(() => expect(socket.feed.map((i) => i.itemId)).toEqual([first, ...missed]));
    const next = await post(c.teacher, project.id, 'Vier');
    await eventually(() =>
      expect(socket.feed.map((i) => i.itemId)).toEqual([first, ...missed, next]),
    );
  });

  it('after a longer outage the feed’s since-cursor returns what was missed, in order, once', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    await post(c.teacher, project.id, 'Schon gesehen');
    const seen = (await c.police.client.get(`/api/workspaces/${c.workspaceId}/feed`).expect(200))
      .body as FeedPage;
    const cursor = seen.items[0]!.id;
    const missed = [];
    for (const text of ['A', 'B', 'C']) missed.push(await post(c.teacher, project.id, text));

    const page1 = (
      await c.police.client
        .get(`/api/workspaces/${c.workspaceId}/feed?since=${cursor}&limit=2`)
        .expect(200)
    ).body as FeedPage;
    expect(page1.items.map((i) => i.itemId)).toEqual(missed.slice(0, 2));
    const page2 = (
      await c.police.client
        .get(`/api/workspaces/${c.workspaceId}/feed?since=${page1.nextCursor}&limit=2`)
        .expect(200)
    ).body as FeedPage;
    expect(page2.items.map((i) => i.itemId)).toEqual(missed.slice(2));
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);

    // Deleted since: the deletion is in the feed, the old line is gone.
    await c.teacher.client
      .send('delete', `/api/project-updates/${missed[0]}`)
      .then((r) => expect(r.status).toBe(204));
    const after = (
      await c.police.client.get(`/api/workspaces/${c.workspaceId}/feed?since=${cursor}`).expect(200)
    ).body as FeedPage;
    expect(after.items.map((i) => [i.kind, i.itemId])).toEqual([
      ['update.posted', missed[1]],
      ['update.posted', missed[2]],
      ['update.deleted', missed[0]],
    ]);
    const project404 = await (
      await signedInPerson(app.url)
    ).client.get(`/api/workspaces/${c.workspaceId}/feed`);
    expect(project404.status).toBe(404);
  });
});

describe('the feed stays readable', () => {
  it('saving a project several times in a row is one "changed" line, refreshed live', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const police = track(await listen(app.url, c.police, { workspaceId: c.workspaceId }));
    for (const status of ['paused', 'running', 'completed'] as const) {
      const res = await c.teacher.client.send('patch', `/api/projects/${project.id}`, { status });
      expect(res.status).toBe(200);
    }
    await eventually(() =>
      expect(police.feed.filter((i) => i.kind === 'project.changed')).toHaveLength(3),
    );
    expect(new Set(police.feed.map((i) => i.id)).size).toBe(1);
    const feed = (await c.police.client.get(`/api/workspaces/${c.workspaceId}/feed`).expect(200))
      .body as FeedPage;
    expect(feed.items.filter((i) => i.kind === 'project.changed')).toHaveLength(1);
  });
});
