import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { invitationLinkIn } from '../../support/councils';
import { eventually } from '../../support/eventually';
import { freePort } from '../../support/oidc';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

/** Outgoing mail through a real SMTP server (smtp-server, the one nodemailer is tested with). */
let smtp: SMTPServer;
const received: Array<{ to: string[]; raw: string }> = [];
let app: TestServer;
let admin: ApiClient;
let workspaceId: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  app = await startTestServer({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'KPR <kpr@test.example>',
  });
  workspaceId = (
    await createWorkspace({ name: 'Kommunaler Präventionsrat Flöha' })
  )._id.toHexString();
  const user = await createUser();
  await addMember(workspaceId, user.id, 'admin');
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('mail through SMTP', () => {
  it('sends invitations by SMTP and keeps nothing in the outbox', async () => {
    const res = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, {
      email: 'post@floeha.test',
      role: 'member',
      organisation: { type: 'municipal', name: 'Ordnungsamt Flöha' },
      language: 'en',
    });
    expect(res.status).toBe(201);
    expect(res.body.delivery).toBe('sent');
    await eventually(() => expect(received).toHaveLength(1));
    expect(received[0]!.to).toEqual(['post@floeha.test']);
    expect(received[0]!.raw).toMatch(/^From: KPR <kpr@test\.example>/m);
    expect(received[0]!.raw).toMatch(/^Subject: .*Invitation/m);
    const unfolded = received[0]!.raw.replace(/=\r?\n/g, '');
    expect(invitationLinkIn(unfolded).link).toMatch(new RegExp(`^${app.url}/einladung/`));
    const outbox = await admin.get(`/api/workspaces/${workspaceId}/outbox`).expect(200);
    expect(outbox.body).toEqual({ transport: 'smtp', items: [] });
    expect(await OutboxMailModel.countDocuments()).toBe(0);
  });
});

describe('when the SMTP server is unreachable', () => {
  it('keeps the invitation, marks the delivery as failed, and lets the admin resend', async () => {
    const broken = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    try {
      const res = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, {
        email: 'kein-smtp@floeha.test',
        role: 'guest',
        organisation: { type: 'other', name: 'Bürgerverein' },
      });
      expect(res.status).toBe(201);
      const client = new ApiClient(broken.url);
      const user = await createUser();
      await addMember(workspaceId, user.id, 'admin');
      await client.login(user.email, user.password);
      const failed = await client.send(
        'post',
        `/api/workspaces/${workspaceId}/invitations/${res.body.id}/resend`,
      );
      expect(failed.status).toBe(200);
      expect(failed.body).toMatchObject({ status: 'pending', delivery: 'failed' });
    } finally {
      await broken.server.close();
    }
  });
});
