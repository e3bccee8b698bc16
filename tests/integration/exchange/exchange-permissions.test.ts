import type { Exchange, ExchangeSummary } from '@pnetz/shared';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let invited: Exchange;
let network: Exchange;

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  invited = await openExchange(actors);
  network = await openExchange(actors, {
    title: 'Vermüllung öffentlicher Plätze',
    visibility: 'network',
    fieldsOfAction: ['littering'],
  });
});
afterAll(() => app.close());

type Who = keyof ExchangeActors['clients'];
type Expect = 'manage' | 'participate' | 'read' | 404;

// Who sees what, and as what, in an invited-only and in a network-visible exchange.
const MATRIX: Array<[Who, Expect, Expect]> = [
  ['coordinator', 'manage', 'manage'],
  ['adminA', 'participate', 'participate'],
  ['memberA', 'participate', 'participate'],
  ['memberB', 'participate', 'participate'],
  ['memberC', 'participate', 'participate'],
  ['person', 'participate', 'participate'],
  ['guestA', 'read', 'read'],
  ['outsider', 404, 'read'],
  ['otherCoordinator', 404, 'read'],
];

describe('exchange permissions', () => {
  it.each(MATRIX)(
    '%s: invited exchange → %s, network exchange → %s',
    async (who, inInvited, inNetwork) => {
      for (const [exchange, expected] of [
        [invited, inInvited],
        [network, inNetwork],
      ] as const) {
        const res = await actors.clients[who].get(`/api/exchanges/${exchange.id}`);
        if (expected === 404) {
          expect(res.status).toBe(404);
          expect(res.body.error.id).toBe('not_found');
          continue;
        }
        expect(res.status).toBe(200);
        expect((res.body as Exchange).access).toBe(expected);
        const post = await actors.clients[who].send('post', `/api/exchanges/${exchange.id}/posts`, {
          body: `Beitrag von ${who}`,
        });
        expect(post.status).toBe(expected === 'read' ? 403 : 201);
        const change = await actors.clients[who].send('patch', `/api/exchanges/${exchange.id}`, {
          description: 'neu',
        });
        expect(change.status).toBe(expected === 'manage' ? 200 : 403);
      }
    },
  );

  it('lists what each person may see, own exchanges first', async () => {
    const titles = async (who: Who) =>
      (
        (await actors.clients[who].get('/api/exchanges').expect(200)).body
          .items as ExchangeSummary[]
      ).map((e) => e.title);
    expect(await titles('memberB')).toEqual(expect.arrayContaining([invited.title, network.title]));
    expect(await titles('outsider')).toEqual([network.title]);
    const list = (await actors.clients.outsider.get('/api/exchanges').expect(200)).body;
    expect(list.canCreate).toBe(true); // the Geschäftsstelle of a council opens exchanges too
    expect((await actors.clients.memberB.get('/api/exchanges').expect(200)).body.canCreate).toBe(
      false,
    );
  });

  it('lets coordinators and council admins open exchanges, nobody else', async () => {
    const body = { title: 'Gewalt an Schulen', workspaceIds: [actors.councils.a.id] };
    expect((await actors.clients.memberA.send('post', '/api/exchanges', body)).status).toBe(403);
    expect((await actors.clients.adminA.send('post', '/api/exchanges', body)).status).toBe(201);
  });

  it('refuses bad input naming the field, storing nothing', async () => {
    const bad = await actors.clients.coordinator.send('post', '/api/exchanges', {
      title: 'Drogen',
      workspaceIds: [actors.councils.a.id, '0123456789abcdef01234567'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'body.workspaceIds.1', message: 'no council with this id' },
    ]);
    const unknownPerson = await actors.clients.coordinator.send('post', '/api/exchanges', {
      title: 'Drogen',
      peopleEmails: ['niemand@test.example'],
    });
    expect(unknownPerson.body.error.fields[0].path).toBe('body.peopleEmails.0');
    const empty = await actors.clients.coordinator.send(
      'post',
      `/api/exchanges/${invited.id}/posts`,
      { body: '   ' },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0].path).toBe('body.body');
    const titles = (
      (await actors.clients.coordinator.get('/api/exchanges').expect(200)).body
        .items as ExchangeSummary[]
    ).map((e) => e.title);
    expect(titles).not.toContain('Drogen');
  });

  it('takes a removed council out at once', async () => {
    const res = await actors.clients.coordinator.send('patch', `/api/exchanges/${invited.id}`, {
      workspaceIds: [actors.councils.a.id, actors.councils.b.id],
    });
    expect(res.status).toBe(200);
    expect((await actors.clients.memberC.get(`/api/exchanges/${invited.id}`)).status).toBe(404);
    await actors.clients.coordinator.send('patch', `/api/exchanges/${invited.id}`, {
      workspaceIds: [actors.councils.a.id, actors.councils.b.id, actors.councils.c.id],
    });
  });

  it('lists participants with their organisations for mentions', async () => {
    const res = await actors.clients.memberB
      .get(`/api/exchanges/${invited.id}/participants`)
      .expect(200);
    const names = res.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Koordination', 'Admin A', 'Mitglied B', 'Eingeladene Person']),
    );
    expect(names).not.toContain('Gast A');
    expect(res.body.items.find((p: { name: string }) => p.name === 'Mitglied B')).toMatchObject({
      organisation: 'Schule B',
    });
  });
});
