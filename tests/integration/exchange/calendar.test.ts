import type { CalendarEntry, CalendarFeed, Exchange } from '@pnetz/shared';
import ICAL from 'ical.js';
import request from 'supertest';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let exchange: Exchange;

const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  exchange = await openExchange(actors);
  const create = (
    client: keyof ExchangeActors['clients'],
    path: string,
    body: Record<string, unknown>,
  ) => actors.clients[client].send('post', path, body).then((res) => expect(res.status).toBe(201));
  await create('coordinator', `/api/exchanges/${exchange.id}/meetings`, {
    title: 'Austauschtreffen Graffiti',
    startsAt: inDays(10),
    location: 'Rathaus Glauchau',
    agenda: ['Begrüßung', 'Legale Flächen'],
  });
  await create('coordinator', `/api/exchanges/${exchange.id}/meetings`, {
    title: 'Vergangenes Treffen',
    startsAt: inDays(-10),
  });
  await create('adminA', `/api/workspaces/${actors.councils.a.id}/meetings`, {
    title: 'KPR-Sitzung Glauchau',
    startsAt: inDays(3),
    visibility: 'workspace',
  });
  await create('outsider', `/api/workspaces/${actors.councils.outside.id}/meetings`, {
    title: 'KPR-Sitzung Leipzig',
    startsAt: inDays(5),
    visibility: 'network',
  });
});
afterAll(() => app.close());

describe('the calendar', () => {
  it("merges the meetings of a person's exchanges and councils, by date", async () => {
    const res = await actors.clients.memberA.get('/api/calendar').expect(200);
    const entries = res.body.items as CalendarEntry[];
    expect(entries.map((e) => [e.title, e.owner.type])).toEqual([
      ['KPR-Sitzung Glauchau', 'council'],
      ['Austauschtreffen Graffiti', 'exchange'],
    ]);
    const other = (await actors.clients.memberB.get('/api/calendar').expect(200)).body
      .items as CalendarEntry[];
    expect(other.map((e) => e.title)).toEqual(['Austauschtreffen Graffiti']);
  });

  it('is a feed calendar apps subscribe to with a secret address, which can be revoked', async () => {
    expect((await actors.clients.memberA.get('/api/calendar/feed').expect(200)).body).toEqual({
      url: null,
      createdAt: null,
    });
    const created = (await actors.clients.memberA.send('post', '/api/calendar/feed'))
      .body as CalendarFeed;
    expect(created.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/feed\/[\w-]+\.[\w-]+\.ics$/,
    );
    const path = new URL(created.url!).pathname;

    // No cookie: the address alone is the credential.
    const res = await request(app.url)
      .get(path)
      .buffer(true)
      .parse((response, callback) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => callback(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(res.body as string));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Austauschtreffen Graffiti',
      'KPR-Sitzung Glauchau',
      'Vergangenes Treffen',
    ]);
    const treffen = events.find((e) => e.summary === 'Austauschtreffen Graffiti')!;
    expect(treffen.location).toBe('Rathaus Glauchau');
    expect(treffen.startDate.toJSDate().toISOString()).toBe(inDays(10));
    expect(treffen.description).toContain('2. Legale Flächen');

    // A forged signature, and the address after renewal or revocation, find nothing.
    const forged = path.replace(
      /\.[\w-]+\.ics$/,
      '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    );
    expect((await request(app.url).get(forged)).status).toBe(404);
    const renewed = (await actors.clients.memberA.send('post', '/api/calendar/feed'))
      .body as CalendarFeed;
    expect(renewed.url).not.toBe(created.url);
    expect((await request(app.url).get(path)).status).toBe(404);
    expect((await request(app.url).get(new URL(renewed.url!).pathname)).status).toBe(200);
    expect((await actors.clients.memberA.send('delete', '/api/calendar/feed')).status).toBe(204);
    expect((await request(app.url).get(new URL(renewed.url!).pathname)).status).toBe(404);
  });

  it('refuses malformed feed addresses as bad input', async () => {
    const res = await request(app.url).get('/api/calendar/feed/kein-token');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('params.token');
  });
});
