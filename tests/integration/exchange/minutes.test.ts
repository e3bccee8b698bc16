import { PLAN_DOCUMENT, type Exchange, type Meeting } from '@pnetz/shared';
import * as Y from 'yjs';
import { MeasureModel } from '../../../server/src/plans/measure.model';
import {
  openCollabClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { createPlan } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let exchange: Exchange;
let meeting: Meeting;
const open: CollabClient[] = [];

type Who = keyof ExchangeActors['clients'];

function client(who: Who, docId: string): CollabClient {
  const c = openCollabClient(app.url, actors.clients[who].cookieHeader(), docId);
  open.push(c);
  return c;
}

const measureTitles = (doc: Y.Doc) =>
  doc
    .getArray<unknown>(PLAN_DOCUMENT.measures)
    .toArray()
    .map((item) => (item instanceof Y.Map ? item.get('title') : null));

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  actors = await exchangeActors(app.url);
  exchange = await openExchange(actors);
  const res = await actors.clients.coordinator.send(
    'post',
    `/api/exchanges/${exchange.id}/meetings`,
    {
      title: 'Zweites Austauschtreffen Graffiti',
      startsAt: '2030-04-02T14:00:00+02:00',
      endsAt: '2030-04-02T16:00:00+02:00',
      location: 'Rathaus Glauchau, Saal 2',
      videoUrl: 'https://video.example/raum/graffiti',
      agenda: ['Begrüßung', 'Legale Flächen in Glauchau', 'Nächste Schritte'],
      attendees: [{ name: 'Mitglied A', organisation: 'Polizeirevier A' }],
      decisions: ['Leitfaden für legale Flächen gemeinsam schreiben'],
      tasks: [
        {
          title: 'Legale Graffitifläche am Jugendclub prüfen',
          responsible: 'Mitglied B',
          due: '2030-06-30',
        },
      ],
    },
  );
  expect(res.status).toBe(201);
  meeting = res.body as Meeting;
});
afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
afterAll(() => app.close());

describe('meeting minutes', () => {
  it('are co-edited live by two people from different councils', async () => {
    const a = client('memberA', meeting.minutesDocId);
    const b = client('memberB', meeting.minutesDocId);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    expect(a.provider.access).toBe('write');
    typeParagraph(a.doc, 'TOP 1: Begrüßung durch die Koordination');
    typeParagraph(b.doc, 'TOP 2: Glauchau berichtet über Wandbilder am Bahnhof');
    await eventually(() => {
      expect(paragraphs(a.doc).sort()).toEqual([
        'TOP 1: Begrüßung durch die Koordination',
        'TOP 2: Glauchau berichtet über Wandbilder am Bahnhof',
      ]);
      expect(paragraphs(b.doc)).toEqual(paragraphs(a.doc));
    });
  });

  it('are read-only for guests and closed to outsiders', async () => {
    const guest = client('guestA', meeting.minutesDocId);
    await whenSynced(guest.provider);
    expect(guest.provider.access).toBe('read');
    const outsider = client('outsider', meeting.minutesDocId);
    const closed = await new Promise<string>((resolve) =>
      outsider.provider.once('closed', resolve),
    );
    expect(closed).toBe('not_found');
  });

  it('become searchable once stored', async () => {
    await eventually(async () => {
      const res = await actors.clients.memberC
        .get('/api/search?q=Wandbilder&types=meeting')
        .expect(200);
      expect(res.body.items.map((item: { id: string }) => item.id)).toEqual([meeting.id]);
    }, 10_000);
    const outside = await actors.clients.outsider.get('/api/search?q=Wandbilder').expect(200);
    expect(outside.body.items).toEqual([]);
  });
});

describe('follow-up tasks', () => {
  it('turn into a measure that appears live in the plan of the council', async () => {
    const plan = await createPlan(actors.councils.b._id, actors.users.memberB.id, {
      title: 'Handlungskonzept Königswartha',
    });
    const planId = plan._id.toHexString();
    const editor = client('memberB', planId);
    await whenSynced(editor.provider);

    const task = meeting.tasks[0]!;
    const res = await actors.clients.memberB.send(
      'post',
      `/api/meetings/${meeting.id}/tasks/${task.id}/measure`,
      { planId, fieldOfAction: 'graffiti' },
    );
    expect(res.status).toBe(200);
    const updated = res.body as Meeting;
    expect(updated.tasks[0]!.measure).toMatchObject({
      planId,
      planTitle: 'Handlungskonzept Königswartha',
    });

    await eventually(() =>
      expect(measureTitles(editor.doc)).toEqual(['Legale Graffitifläche am Jugendclub prüfen']),
    );
    await eventually(async () => {
      const mirrored = await MeasureModel.findOne({ planId }).lean();
      expect(mirrored).toMatchObject({
        title: 'Legale Graffitifläche am Jugendclub prüfen',
        responsiblePerson: 'Mitglied B',
        deadline: '2030-06-30',
        fieldOfAction: 'graffiti',
      });
    });

    const again = await actors.clients.memberB.send(
      'post',
      `/api/meetings/${meeting.id}/tasks/${task.id}/measure`,
      { planId },
    );
    expect(again.status).toBe(409);
  });

  it('only go into plans the person may edit', async () => {
    const foreign = await createPlan(actors.councils.outside._id, actors.users.outsider.id);
    const next = await actors.clients.coordinator.send('patch', `/api/meetings/${meeting.id}`, {
      tasks: [
        ...meeting.tasks.map((t) => ({
          id: t.id,
          title: t.title,
          responsible: t.responsible,
          due: t.due,
        })),
        { title: 'Fotodokumentation' },
      ],
    });
    const task = (next.body as Meeting).tasks[1]!;
    const res = await actors.clients.memberB.send(
      'post',
      `/api/meetings/${meeting.id}/tasks/${task.id}/measure`,
      { planId: foreign._id.toHexString() },
    );
    expect(res.status).toBe(404);
    const guest = await actors.clients.guestA.send(
      'post',
      `/api/meetings/${meeting.id}/tasks/${task.id}/measure`,
      { planId: foreign._id.toHexString() },
    );
    expect(guest.status).toBe(403);
  });
});

describe('meetings', () => {
  it('keep their details and validate them', async () => {
    const got = (await actors.clients.person.get(`/api/meetings/${meeting.id}`).expect(200))
      .body as Meeting;
    expect(got).toMatchObject({
      owner: { type: 'exchange', id: exchange.id, title: exchange.title },
      access: 'write',
      deletable: false,
    });
    const bad = await actors.clients.memberA.send('patch', `/api/meetings/${meeting.id}`, {
      videoUrl: 'http://unsicher.example',
      endsAt: '2030-04-01T10:00:00+02:00',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.videoUrl']);
    const backwards = await actors.clients.memberA.send('patch', `/api/meetings/${meeting.id}`, {
      endsAt: '2030-04-01T10:00:00+02:00',
    });
    expect(backwards.body.error.fields).toEqual([
      { path: 'body.endsAt', message: 'must not be before the start' },
    ]);
  });

  it('of a council follow its visibility', async () => {
    const res = await actors.clients.adminA.send(
      'post',
      `/api/workspaces/${actors.councils.a.id}/meetings`,
      { title: 'KPR-Sitzung', startsAt: '2030-05-05T17:00:00+02:00', visibility: 'workspace' },
    );
    expect(res.status).toBe(201);
    expect((await actors.clients.memberB.get(`/api/meetings/${res.body.id}`)).status).toBe(404);
    expect(
      (await actors.clients.guestA.get(`/api/meetings/${res.body.id}`).expect(200)).body.access,
    ).toBe('read');
    const minutes = client('memberB', res.body.minutesDocId);
    expect(await new Promise((resolve) => minutes.provider.once('closed', resolve))).toBe(
      'not_found',
    );
    expect(
      (
        await actors.clients.guestA.send(
          'post',
          `/api/workspaces/${actors.councils.a.id}/meetings`,
          { title: 'x', startsAt: '2030-05-05T17:00:00+02:00' },
        )
      ).status,
    ).toBe(403);
  });
});
