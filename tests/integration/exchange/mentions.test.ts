import type { NotificationPage } from '@pnetz/shared';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { NotificationModel } from '../../../server/src/notifications/notification.model';
import { eventually } from '../../support/eventually';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { exchangeActors, openExchange, type ExchangeActors } from './support';

let app: TestServer;
let actors: ExchangeActors;
let exchangeId: string;

beforeAll(async () => {
  app = await startTestServer();
  actors = await exchangeActors(app.url);
  exchangeId = (await openExchange(actors, { title: 'Sichere Schulwege' })).id;
});
afterAll(() => app.close());

const notificationsOf = async (client: ApiClient) =>
  ((await client.get('/api/notifications').expect(200)).body as NotificationPage).items;

describe('mentions in exchange discussions', () => {
  it('notify a mentioned participant in the app and by mail, and nobody who does not take part', async () => {
    const res = await actors.clients.memberA.send('post', `/api/exchanges/${exchangeId}/posts`, {
      body: '@Mitglied B, wie lösen Sie das an Ihrer Schule? @Außenstehend',
      mentions: [actors.users.memberB.id, actors.users.outsider.id],
    });
    expect(res.status).toBe(201);
    const postId = res.body.id as string;

    const [notification] = await notificationsOf(actors.clients.memberB);
    expect(notification).toMatchObject({
      trigger: 'mention',
      title: 'Sichere Schulwege',
      link: `/austausch/${exchangeId}#post-${postId}`,
    });
    expect(notification!.excerpt).toContain('wie lösen Sie das');
    await eventually(async () => {
      const mails = await OutboxMailModel.find({
        to: actors.users.memberB.email,
        kind: 'notification',
      }).lean();
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain('Sichere Schulwege');
    });

    expect(await notificationsOf(actors.clients.outsider)).toEqual([]);
    expect(await NotificationModel.countDocuments({ userId: actors.users.outsider.user._id })).toBe(
      0,
    );
    expect(await notificationsOf(actors.clients.memberA)).toEqual([]);
  });

  it('follow the person’s settings: in the app only, or not at all', async () => {
    const prefs = await actors.clients.memberC.send('put', '/api/notifications/preferences', {
      mention: 'in_app',
    });
    expect(prefs.status).toBe(200);
    const off = await actors.clients.person.send('put', '/api/notifications/preferences', {
      mention: 'off',
    });
    expect(off.status).toBe(200);
    const res = await actors.clients.memberB.send('post', `/api/exchanges/${exchangeId}/posts`, {
      body: '@Mitglied C und @Eingeladene Person: Termin am Freitag?',
      mentions: [actors.users.memberC.id, actors.users.person.id],
    });
    expect(res.status).toBe(201);
    expect((await notificationsOf(actors.clients.memberC)).map((n) => n.trigger)).toEqual([
      'mention',
    ]);
    expect(await notificationsOf(actors.clients.person)).toEqual([]);
    expect(
      await OutboxMailModel.countDocuments({
        to: actors.users.memberC.email,
        kind: 'notification',
      }),
    ).toBe(0);
  });

  it('are no longer shown once the person may not read the exchange any more', async () => {
    expect((await notificationsOf(actors.clients.memberB)).length).toBeGreaterThan(0);
    const res = await actors.clients.coordinator.send('patch', `/api/exchanges/${exchangeId}`, {
      workspaceIds: [actors.councils.a.id, actors.councils.c.id],
    });
    expect(res.status).toBe(200);
    expect(await notificationsOf(actors.clients.memberB)).toEqual([]);
    expect((await notificationsOf(actors.clients.memberC)).map((n) => n.trigger)).toEqual([
      'mention',
    ]);
  });
});
