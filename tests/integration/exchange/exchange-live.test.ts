import {
  ClientEvent,
  ServerEvent,
  type Exchange,
  type ExchangeChanged,
  type ExchangeMention,
  type Post,
} from '@pnetz/shared';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let exchange: Exchange;
const sockets: TestSocket[] = [];

type Who = keyof ExchangeActors['clients'];

async function socketOf(who: Who): Promise<TestSocket> {
  const socket = connectSocket(app.url, actors.clients[who].cookieHeader());
  sockets.push(socket);
  await whenConnected(socket);
  return socket;
}

function join(socket: TestSocket, exchangeId: string) {
  return new Promise<{ ok: boolean; access?: string; error?: { id: string } }>((resolve) =>
    socket.emit(ClientEvent.ExchangeJoin, { exchangeId }, (result) => resolve(result as never)),
  );
}

/** Collects what a socket receives of an event. */
function received<T>(
  socket: TestSocket,
  event:
    | typeof ServerEvent.ExchangePost
    | typeof ServerEvent.ExchangeChanged
    | typeof ServerEvent.ExchangeMention,
): T[] {
  const list: T[] = [];
  socket.on(event as never, ((payload: T) => list.push(payload)) as never);
  return list;
}

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  exchange = await openExchange(actors);
});
afterEach(() => {
  while (sockets.length > 0) sockets.pop()!.close();
});
afterAll(() => app.close());

describe('the live discussion', () => {
  it('reaches the members of the other councils without reload, and nobody outside', async () => {
    const viewers = {
      memberB: await socketOf('memberB'),
      memberC: await socketOf('memberC'),
      guestA: await socketOf('guestA'),
    };
    const outsider = await socketOf('outsider');
    for (const socket of Object.values(viewers))
      expect((await join(socket, exchange.id)).ok).toBe(true);
    expect(await join(outsider, exchange.id)).toMatchObject({
      ok: false,
      error: { id: 'not_found' },
    });
    const inboxes = Object.fromEntries(
      Object.entries(viewers).map(([who, socket]) => [
        who,
        received<Post>(socket, ServerEvent.ExchangePost),
      ]),
    );
    const outsiderInbox = received<Post>(outsider, ServerEvent.ExchangePost);

    const res = await actors.clients.memberA.send('post', `/api/exchanges/${exchange.id}/posts`, {
      body: 'Wir haben gute Erfahrungen mit legalen Flächen.',
    });
    expect(res.status).toBe(201);
    const post = res.body as Post;
    expect(post).toMatchObject({
      author: { name: 'Mitglied A', former: false },
      organisation: 'Polizeirevier A',
      parentId: null,
    });

    await eventually(() => {
      for (const inbox of Object.values(inboxes)) expect(inbox.map((p) => p.id)).toEqual([post.id]);
    });
    expect(outsiderInbox).toEqual([]);

    // A reply to a reply joins the thread.
    const reply = await actors.clients.memberB.send('post', `/api/exchanges/${exchange.id}/posts`, {
      body: 'Wie groß waren die Flächen?',
      parentId: post.id,
    });
    const second = await actors.clients.memberC.send(
      'post',
      `/api/exchanges/${exchange.id}/posts`,
      { body: 'Antwort', parentId: reply.body.id },
    );
    expect(second.body.parentId).toBe(post.id);
    const listed = (
      await actors.clients.person.get(`/api/exchanges/${exchange.id}/posts`).expect(200)
    ).body.items as Post[];
    expect(listed.map((p) => p.body)).toEqual([
      'Wir haben gute Erfahrungen mit legalen Flächen.',
      'Wie groß waren die Flächen?',
      'Antwort',
    ]);
  });

  it('tells mentioned participants, and drops mentions of people who do not take part', async () => {
    const person = await socketOf('person');
    const outsider = await socketOf('outsider');
    const mentions = received<ExchangeMention>(person, ServerEvent.ExchangeMention);
    const outsiderMentions = received<ExchangeMention>(outsider, ServerEvent.ExchangeMention);
    const res = await actors.clients.memberB.send('post', `/api/exchanges/${exchange.id}/posts`, {
      body: '@Eingeladene Person, können Sie das Konzept teilen?',
      mentions: [actors.users.person.id, actors.users.outsider.id],
    });
    expect(res.body.mentions.map((m: { name: string }) => m.name)).toEqual(['Eingeladene Person']);
    await eventually(() =>
      expect(mentions).toEqual([
        expect.objectContaining({
          exchangeId: exchange.id,
          postId: res.body.id,
          by: expect.objectContaining({ name: 'Mitglied B' }),
        }),
      ]),
    );
    expect(outsiderMentions).toEqual([]);
  });

  it('announces new meetings and files to the room', async () => {
    const viewer = await socketOf('memberC');
    await join(viewer, exchange.id);
    const changes = received<ExchangeChanged>(viewer, ServerEvent.ExchangeChanged);
    await actors.clients.memberB
      .send('post', `/api/exchanges/${exchange.id}/meetings`, {
        title: 'Online-Treffen',
        startsAt: '2030-03-01T10:00:00+01:00',
      })
      .then((r) => expect(r.status).toBe(201));
    const upload = await actors.clients.memberB.agent
      .post(`/api/exchanges/${exchange.id}/files?filename=Konzept.pdf`)
      .set('x-csrf-token', actors.clients.memberB.csrfToken)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('%PDF-1.4\n%demo\n'));
    expect(upload.status).toBe(201);
    await eventually(() =>
      expect(changes.map((c) => c.what).sort()).toEqual(['files', 'meetings']),
    );
  });

  it('takes a member out of the room at once when their council removes them', async () => {
    const viewer = await socketOf('memberA');
    expect((await join(viewer, exchange.id)).ok).toBe(true);
    const inbox = received<Post>(viewer, ServerEvent.ExchangePost);
    const removed = await actors.clients.adminA.send(
      'delete',
      `/api/workspaces/${actors.councils.a.id}/members/${actors.users.memberA.id}`,
    );
    expect(removed.status).toBe(204);
    await eventually(async () =>
      expect((await actors.clients.memberA.get(`/api/exchanges/${exchange.id}`)).status).toBe(404),
    );
    // The room is left on the membership event; a post after that must not arrive.
    await eventually(async () => {
      const sockets = await app.server.io.in(`exchange:${exchange.id}`).fetchSockets();
      expect(sockets.some((s) => s.data.actor.id === actors.users.memberA.id)).toBe(false);
    });
    await actors.clients.memberB.send('post', `/api/exchanges/${exchange.id}/posts`, {
      body: 'Nach dem Entfernen',
    });
    const control = await socketOf('memberC');
    await join(control, exchange.id);
    const controlInbox = received<Post>(control, ServerEvent.ExchangePost);
    await actors.clients.memberB.send('post', `/api/exchanges/${exchange.id}/posts`, {
      body: 'Kontrolle',
    });
    await eventually(() => expect(controlInbox).toHaveLength(1));
    expect(inbox).toEqual([]);
  });
});
