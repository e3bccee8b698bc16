import { Types } from 'mongoose';
import { createLogger } from '../../../server/src/logger';
import { outboxMailer } from '../../../server/src/mail/mailer';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { NotificationEvents } from '../../../server/src/notifications/notification-events';
import { NotificationModel } from '../../../server/src/notifications/notification.model';
import { Notifier, type NotificationDraft } from '../../../server/src/notifications/notifier';
import { updatePreferences } from '../../../server/src/notifications/preferences.service';
import { createUser } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('the quiet window of immediate mails', () => {
  it('20 concurrent notifications about one thing: exactly one mail, the rest for the digest', async () => {
    const person = await createUser();
    const actor = await createUser({ name: 'Kai Kommentar' });
    await updatePreferences(person.id, { comment: 'email' });
    const notifier = new Notifier({
      mailer: outboxMailer(),
      events: new NotificationEvents(),
      logger: createLogger('silent'),
      baseUrl: app.url,
    });
    const updateId = new Types.ObjectId().toHexString();
    const draft = (i: number): NotificationDraft => ({
      userId: person.id,
      trigger: 'comment',
      key: `comment:${i}:${updateId}`,
      groupKey: `comment:update:${updateId}`,
      workspaceId: null,
      visibility: null,
      subject: { type: 'update', id: updateId },
      actorId: actor.id,
      title: 'Neuer Kommentar',
      excerpt: `Kommentar ${i}`,
      link: '/projekte',
    });

    await Promise.all(Array.from({ length: 20 }, (_, i) => notifier.notify([draft(i)])));

    const records = await NotificationModel.find({ userId: person.id }).lean();
    expect(records).toHaveLength(20);
    expect(records.filter((r) => r.channel === 'email')).toHaveLength(1);
    expect(records.filter((r) => r.channel === 'digest')).toHaveLength(19);
    expect(await OutboxMailModel.countDocuments({ to: person.email })).toBe(1);
  });
});
