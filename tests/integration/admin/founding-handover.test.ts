import type { AddressInfo } from 'node:net';
import type { OutboxMail } from '@pnetz/shared';
import { SMTPServer } from 'smtp-server';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { acceptAsNewAccount, invitationLinkIn } from '../../support/councils';
import { createUser } from '../../support/factories';
import { eventually } from '../../support/eventually';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
const as: Record<'admin' | 'coordinator' | 'plain', ApiClient> = {} as never;

beforeAll(async () => {
  app = await startTestServer();
  for (const role of ['admin', 'coordinator', 'plain'] as const) {
    const user = await createUser({ platformRoles: role === 'plain' ? [] : [role] });
    as[role] = new ApiClient(app.url);
    await as[role].login(user.email, user.password);
  }
});
afterAll(() => app.close());

let councils = 0;
const council = (email: string) => {
  councils += 1;
  const municipality = `Musterstadt ${councils} ${Date.now().toString(36)}`;
  return {
    name: `Kommunaler Präventionsrat ${municipality}`,
    municipality,
    district: 'Landkreis Zwickau',
    firstAdmin: { email, organisation: { type: 'municipal', name: 'Ordnungsamt' } },
  };
};

describe('founding a council without a mail server', () => {
  it('hands the coordinator the invitation link, and the first admin joins through it', async () => {
    const email = `amt-${Date.now()}@musterstadt.example`;
    const res = await as.coordinator.send('post', '/api/admin/workspaces', council(email));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ firstAdmin: 'invited', delivery: 'outbox' });
    const { link, token } = invitationLinkIn(res.body.invitationLink as string);
    expect(link).toBe(res.body.invitationLink);
    expect(link.startsWith(`${app.url}/einladung/`)).toBe(true);

    const newcomer = new ApiClient(app.url);
    const accepted = await acceptAsNewAccount(newcomer, token, 'Alex Anfang', 'Erstes-Passwort-1');
    expect(accepted.workspaceId).toBe(res.body.id);
    const membership = await MembershipModel.findOne({
      workspaceId: res.body.id,
      userId: accepted.session.user.id,
    }).lean();
    expect(membership?.role).toBe('admin');
  });

  it('gives no link when the first admin already had an account and joined at once', async () => {
    const existing = await createUser();
    const res = await as.admin.send('post', '/api/admin/workspaces', council(existing.email));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ firstAdmin: 'member', delivery: null, invitationLink: null });
  });
});

describe('the whole outbox', () => {
  it('shows platform admins every mail, coordinators the invitations, and nobody else any', async () => {
    const invited = `eingeladen-${Date.now()}@musterstadt.example`;
    const founded = await as.coordinator.send('post', '/api/admin/workspaces', council(invited));
    expect(founded.status).toBe(201);
    const account = await createUser();
    const asked = await new ApiClient(app.url).send('post', '/api/auth/password-reset', {
      email: account.email,
    });
    expect(asked.status).toBe(202);

    const read = async (client: ApiClient) => {
      const res = await client.get('/api/outbox').expect(200);
      expect(res.body.transport).toBe('outbox');
      return res.body.items as OutboxMail[];
    };
    await eventually(async () => {
      const all = await read(as.admin);
      expect(all.map((mail) => mail.to)).toEqual(expect.arrayContaining([invited, account.email]));
    });
    const coordinatorView = await read(as.coordinator);
    expect(coordinatorView.map((mail) => mail.to)).toContain(invited);
    expect(coordinatorView.every((mail) => mail.kind === 'invitation')).toBe(true);
    expect(coordinatorView.some((mail) => mail.to === account.email)).toBe(false);

    const refused = await as.plain.get('/api/outbox');
    expect(refused.status).toBe(403);
    expect(refused.body.error.id).toBe('forbidden');
  });
});

// Last: a second server on the same database ends the shared connection when it closes.
describe('founding a council with a mail server', () => {
  it('mails the invitation and hands no link out', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailing = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      const coordinator = await createUser({ platformRoles: ['coordinator'] });
      const client = new ApiClient(mailing.url);
      await client.login(coordinator.email, coordinator.password);
      const res = await client.send(
        'post',
        '/api/admin/workspaces',
        council(`post-${Date.now()}@musterstadt.example`),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ delivery: 'sent', invitationLink: null });
      await eventually(() => expect(received).toHaveLength(1));
    } finally {
      await mailing.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
