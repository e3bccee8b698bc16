import type { Meeting, NotificationPage, Overview, Participant } from '@pnetz/shared';
import { MeetingModel } from '../../../server/src/exchange/meeting.model';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { NotificationModel } from '../../../server/src/notifications/notification.model';
import { eventually } from '../../support/eventually';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let exchangeMeeting: Meeting;
let councilMeeting: Meeting;
let exchangeId: string;

const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  const exchange = await openExchange(actors, { title: 'Sichere Schulwege' });
  exchangeId = exchange.id;
  const created = await actors.clients.coordinator.send(
    'post',
    `/api/exchanges/${exchange.id}/meetings`,
    { title: 'Austauschtreffen Schulwege', startsAt: nextWeek() },
  );
  expect(created.status).toBe(201);
  exchangeMeeting = created.body as Meeting;
  const session = await actors.clients.adminA.send(
    'post',
    `/api/workspaces/${actors.councils.a.id}/meetings`,
    { title: 'KPR-Sitzung Glauchau', startsAt: nextWeek(), visibility: 'workspace' },
  );
  expect(session.status).toBe(201);
  councilMeeting = session.body as Meeting;
});
afterAll(() => app.close());

const notificationsOf = async (client: ApiClient) =>
  ((await client.get('/api/notifications').expect(200)).body as NotificationPage).items;
const mentionableIn = async (client: ApiClient, meeting: Meeting) =>
  (
    (await client.get(`/api/meetings/${meeting.id}/mentionable`).expect(200)).body as {
      items: Participant[];
    }
  ).items.map((person) => person.name);

describe("mentions in a meeting's outcome", () => {
  it('offer exactly the people who may read the meeting', async () => {
    const fromExchange = await mentionableIn(actors.clients.memberA, exchangeMeeting);
    expect(fromExchange).toEqual(
      expect.arrayContaining(['Mitglied A', 'Mitglied B', 'Mitglied C', 'Eingeladene Person']),
    );
    expect(fromExchange).not.toContain('Außenstehend');

    const fromCouncil = await mentionableIn(actors.clients.memberA, councilMeeting);
    expect(fromCouncil.sort()).toEqual(['Admin A', 'Gast A', 'Mitglied A']);

    // Who may not read the meeting may not ask who could be mentioned in it either.
    await actors.clients.memberB.get(`/api/meetings/${councilMeeting.id}/mentionable`).expect(404);
  });

  it('notify the person named in the decisions in the app and by mail, once', async () => {
    const decisions = ['@Mitglied B stellt die Schulwegkarte bis März vor.'];
    const res = await actors.clients.coordinator.send(
      'patch',
      `/api/meetings/${exchangeMeeting.id}`,
      { decisions, mentions: [actors.users.memberB.id] },
    );
    expect(res.status).toBe(200);
    expect((res.body as Meeting).decisions).toEqual(decisions);

    const [notification] = await notificationsOf(actors.clients.memberB);
    expect(notification).toMatchObject({
      trigger: 'mention',
      title: 'Austauschtreffen Schulwege',
      link: `/sitzungen/${exchangeMeeting.id}`,
      subject: { type: 'meeting', id: exchangeMeeting.id },
    });
    expect(notification!.excerpt).toContain('Schulwegkarte');
    await eventually(async () => {
      const mails = await OutboxMailModel.find({
        to: actors.users.memberB.email,
        kind: 'notification',
      }).lean();
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain('Austauschtreffen Schulwege');
    });

    // Saving the outcome again with the same mention does not notify again.
    const again = await actors.clients.coordinator.send(
      'patch',
      `/api/meetings/${exchangeMeeting.id}`,
      {
        decisions: [...decisions, 'Nächstes Treffen im April.'],
        mentions: [actors.users.memberB.id],
      },
    );
    expect(again.status).toBe(200);
    expect(await notificationsOf(actors.clients.memberB)).toHaveLength(1);
    expect(await notificationsOf(actors.clients.coordinator)).toEqual([]);
  });

  it('follow the person’s settings: in the app only', async () => {
    const prefs = await actors.clients.guestA.send('put', '/api/notifications/preferences', {
      mention: 'in_app',
    });
    expect(prefs.status).toBe(200);
    const res = await actors.clients.memberA.send('patch', `/api/meetings/${councilMeeting.id}`, {
      decisions: ['@Gast A lädt die Schulleitung ein.'],
      mentions: [actors.users.guestA.id],
    });
    expect(res.status).toBe(200);
    expect((await notificationsOf(actors.clients.guestA)).map((n) => n.link)).toEqual([
      `/sitzungen/${councilMeeting.id}`,
    ]);
    expect(
      await OutboxMailModel.countDocuments({ to: actors.users.guestA.email, kind: 'notification' }),
    ).toBe(0);
    // The mention waits on her overview too, until she has read it.
    const overview = (await actors.clients.guestA.get('/api/overview').expect(200))
      .body as Overview;
    expect(overview.mentions.map((m) => m.link)).toContain(`/sitzungen/${councilMeeting.id}`);
  });

  it('refuse someone who may not read the meeting, and store nothing', async () => {
    const before = await MeetingModel.findById(councilMeeting.id).lean();
    const res = await actors.clients.memberA.send('patch', `/api/meetings/${councilMeeting.id}`, {
      decisions: ['@Mitglied B soll das auch wissen.'],
      mentions: [actors.users.memberB.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      id: 'validation_failed',
      fields: [{ path: 'body.mentions.0', message: 'may not read this meeting' }],
    });
    const after = await MeetingModel.findById(councilMeeting.id).lean();
    expect(after!.decisions).toEqual(before!.decisions);
    expect(after!.mentionIds.map(String)).toEqual(before!.mentionIds.map(String));
    expect(await NotificationModel.countDocuments({ userId: actors.users.memberB.user._id })).toBe(
      1,
    );
  });

  it('are no longer shown once the person may not read the meeting any more', async () => {
    expect((await notificationsOf(actors.clients.memberB)).map((n) => n.subject.type)).toEqual([
      'meeting',
    ]);
    const res = await actors.clients.coordinator.send('patch', `/api/exchanges/${exchangeId}`, {
      workspaceIds: [actors.councils.a.id, actors.councils.c.id],
    });
    expect(res.status).toBe(200);
    expect(await notificationsOf(actors.clients.memberB)).toEqual([]);
    expect((await notificationsOf(actors.clients.guestA)).map((n) => n.subject.type)).toEqual([
      'meeting',
    ]);
  });
});
