import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createLogger } from '../../../server/src/logger';
import { MailQueue, QueuedMailModel } from '../../../server/src/mail/mail-queue';
import { smtpMailer, type Mailer } from '../../../server/src/mail/mailer';
import { sendDigests } from '../../../server/src/notifications/digest';
import { NotificationEvents } from '../../../server/src/notifications/notification-events';
import { Notifier } from '../../../server/src/notifications/notifier';
import { updatePreferences } from '../../../server/src/notifications/preferences.service';
import { eventually } from '../../support/eventually';
import { createUser } from '../../support/factories';
import { freePort } from '../../support/oidc';
import { startTestServer, type TestServer } from '../../support/server';

const logger = createLogger('silent');
const FAST = { pollMs: 50, retryBaseMs: 50, maxAttempts: 5 };

/** A real SMTP server that refuses the first `failures` mails with 451, then accepts. */
async function flakySmtp(failures: number, port = 0) {
  const received: Array<{ to: string[]; raw: string }> = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (refused < failures) {
          refused += 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    received,
    refusals: () => refused,
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let app: TestServer;
const mailers: Mailer[] = [];
beforeAll(async () => {
  app = await startTestServer();
});
afterEach(async () => {
  for (const mailer of mailers.splice(0)) await mailer.close();
});
afterAll(() => app.close());

describe('the durable mail queue', () => {
  it('a daily digest survives an SMTP server that fails once, then accepts', async () => {
    const smtp = await flakySmtp(1);
    try {
      const mailer = smtpMailer(smtp.url, 'KPR <kpr@test.example>', logger, FAST);
      mailers.push(mailer);
      const person = await createUser();
      const actor = await createUser({ name: 'Kai Kommentar' });
      await updatePreferences(person.id, { comment: 'digest' });
      const notifier = new Notifier({
        mailer,
        events: new NotificationEvents(),
        logger,
        baseUrl: app.url,
      });
      await notifier.notify([
        {
          userId: person.id,
          trigger: 'comment',
          key: `comment:digest-${person.id}`,
          groupKey: `comment:update:${person.id}`,
          workspaceId: null,
          visibility: null,
          subject: { type: 'update', id: person.id },
          actorId: actor.id,
          title: 'Kommentar zum Jugendclub',
          excerpt: 'Bitte bis Freitag prüfen',
          link: '/projekte',
        },
      ]);

      expect(await sendDigests(new Date(), { mailer, baseUrl: app.url })).toBe(1);
      await eventually(() => expect(smtp.received).toHaveLength(1));
      expect(smtp.refusals()).toBe(1);
      expect(smtp.received[0]!.to).toEqual([person.email]);
      expect(smtp.received[0]!.raw.replace(/=\r?\n/g, '')).toContain('Kommentar zum Jugendclub');
      // The server has the mail; marking it sent follows the SMTP answer.
      await eventually(async () =>
        expect(await QueuedMailModel.findOne({ to: person.email }).lean()).toMatchObject({
          kind: 'digest',
          status: 'sent',
          attempts: 2,
        }),
      );
    } finally {
      await smtp.close();
    }
  });

  it('a mail queued while SMTP is down is delivered after a restart', async () => {
    const port = await freePort();
    const before = smtpMailer(`smtp://127.0.0.1:${port}`, 'kpr@test.example', logger, FAST);
    const outcome = await before.send({
      to: 'neustart@test.example',
      subject: 'Sitzung am Dienstag',
      text: 'Die Sitzung beginnt um 17 Uhr.',
      kind: 'notification',
    });
    expect(outcome).toBe('queued');
    await before.close();

    const smtp = await flakySmtp(0, port);
    try {
      const after = smtpMailer(smtp.url, 'kpr@test.example', logger, FAST);
      mailers.push(after);
      await eventually(() => expect(smtp.received).toHaveLength(1), 10_000);
      expect(smtp.received[0]!.to).toEqual(['neustart@test.example']);
      await eventually(async () =>
        expect(await QueuedMailModel.findOne({ to: 'neustart@test.example' }).lean()).toMatchObject(
          { status: 'sent' },
        ),
      );
    } finally {
      await smtp.close();
    }
  });

  it('20 concurrent runs on two instances deliver a due mail exactly once', async () => {
    const delivered: string[] = [];
    const deliver = async (message: { to: string }) => {
      delivered.push(message.to);
    };
    const instances = [new MailQueue(deliver, logger, FAST), new MailQueue(deliver, logger, FAST)];
    await QueuedMailModel.create({
      to: 'einmal@test.example',
      subject: 'Einmal',
      text: 'Nur einmal zustellen.',
      kind: 'notification',
      nextAttemptAt: new Date(Date.now() - 1000),
    });
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => instances[i % 2]!.deliverDue()),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(delivered.filter((to) => to === 'einmal@test.example')).toHaveLength(1);
  });
});
