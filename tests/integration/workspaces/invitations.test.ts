import { createHash } from 'node:crypto';
import type { Invitation, Member } from '@pnetz/shared';
import { UserModel } from '../../../server/src/auth/user.model';
import { InvitationModel } from '../../../server/src/workspaces/invitation.model';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { acceptAsNewAccount, invitationLinkIn, invite, latestMailTo } from '../../support/councils';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let admin: ApiClient;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ name: 'Kommunaler Präventionsrat Glauchau' });
  workspaceId = workspace._id.toHexString();
  const user = await createUser({ name: 'Thomas Wagner' });
  await addMember(workspaceId, user.id, 'admin', {
    type: 'municipal',
    name: 'Stadtverwaltung Glauchau',
  });
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);
});
afterAll(() => app.close());

const police = { type: 'police' as const, name: 'Polizeirevier Glauchau' };
const school = { type: 'school' as const, name: 'Oberschule Glauchau' };
let counter = 0;
const address = (prefix: string) => `${prefix}-${++counter}@glauchau.test`;

describe('invitations', () => {
  it('an admin invites a police officer and a teacher; both accept through the mailed link and appear with their organisations', async () => {
    const officer = await invite(admin, workspaceId, {
      email: 'polizei@glauchau.test',
      role: 'member',
      organisation: police,
    });
    const teacher = await invite(admin, workspaceId, {
      email: 'schule@glauchau.test',
      role: 'member',
      organisation: school,
    });
    expect(officer.invitation).toMatchObject({
      status: 'pending',
      delivery: 'outbox',
      invitedBy: { name: 'Thomas Wagner', former: false },
    });

    const mail = await latestMailTo(admin, workspaceId, 'polizei@glauchau.test');
    expect(mail.subject).toBe('Einladung: Kommunaler Präventionsrat Glauchau');
    expect(mail.text).toContain('Thomas Wagner lädt Sie');
    expect(invitationLinkIn(mail.text).link).toMatch(new RegExp(`^${app.url}/einladung/`));

    const officerClient = new ApiClient(app.url);
    const preview = await officerClient.get(`/api/invitations/${officer.token}`).expect(200);
    expect(preview.body).toMatchObject({
      status: 'pending',
      email: 'polizei@glauchau.test',
      accountExists: false,
      role: 'member',
    });
    const accepted = await acceptAsNewAccount(
      officerClient,
      officer.token,
      'Jens Richter',
      'Sicher-Passwort-1',
    );
    expect(accepted).toMatchObject({
      workspaceId,
      session: { user: { email: 'polizei@glauchau.test' } },
    });
    await acceptAsNewAccount(
      new ApiClient(app.url),
      teacher.token,
      'Anja Lehmann',
      'Sicher-Passwort-2',
    );

    // The new member is signed in by accepting and sees the council's members.
    const members = (await officerClient.get(`/api/workspaces/${workspaceId}/members`).expect(200))
      .body.items as Member[];
    expect(members.map((m) => [m.name, m.role, m.organisation.type])).toEqual([
      ['Thomas Wagner', 'admin', 'municipal'],
      ['Anja Lehmann', 'member', 'school'],
      ['Jens Richter', 'member', 'police'],
    ]);
    const list = (await admin.get(`/api/workspaces/${workspaceId}/invitations`).expect(200)).body
      .items as Invitation[];
    expect(list.find((i) => i.email === 'polizei@glauchau.test')).toMatchObject({
      status: 'accepted',
      acceptedBy: { name: 'Jens Richter' },
    });
  });

  it('stores only a SHA-256 hash of the token, and a link works once', async () => {
    const email = address('einmal');
    const { invitation, token } = await invite(admin, workspaceId, {
      email,
      role: 'guest',
      organisation: school,
    });
    const stored = await InvitationModel.findById(invitation.id).lean();
    expect(stored?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    await acceptAsNewAccount(new ApiClient(app.url), token, 'Erste Person', 'Sicher-Passwort-3');
    const again = await new ApiClient(app.url).send('post', `/api/invitations/${token}/accept`, {
      name: 'Zweite',
      password: 'Sicher-Passwort-4',
    });
    expect(again.status).toBe(410);
    expect(again.body.error.id).toBe('invitation_used');
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });

  it('refuses expired links and shows them as expired', async () => {
    const email = address('abgelaufen');
    const { invitation, token } = await invite(admin, workspaceId, {
      email,
      role: 'member',
      organisation: police,
    });
    await InvitationModel.updateOne(
      { _id: invitation.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const client = new ApiClient(app.url);
    expect((await client.get(`/api/invitations/${token}`).expect(200)).body.status).toBe('expired');
    const res = await client.send('post', `/api/invitations/${token}/accept`, {
      name: 'Zu Spät',
      password: 'Sicher-Passwort-5',
    });
    expect(res.status).toBe(410);
    expect(res.body.error.id).toBe('invitation_expired');
    expect(await UserModel.exists({ email })).toBeNull();
  });

  it('revokes a pending invitation; its link stops working', async () => {
    const email = address('widerrufen');
    const { invitation, token } = await invite(admin, workspaceId, {
      email,
      role: 'member',
      organisation: police,
    });
    expect(
      (await admin.send('delete', `/api/workspaces/${workspaceId}/invitations/${invitation.id}`))
        .status,
    ).toBe(204);
    const res = await new ApiClient(app.url).send('post', `/api/invitations/${token}/accept`, {
      name: 'X Y',
      password: 'Sicher-Passwort-6',
    });
    expect(res.body.error.id).toBe('invitation_revoked');
    const list = (await admin.get(`/api/workspaces/${workspaceId}/invitations`).expect(200)).body
      .items as Invitation[];
    expect(list.find((i) => i.id === invitation.id)?.status).toBe('revoked');
    expect(
      (
        await admin.send(
          'post',
          `/api/workspaces/${workspaceId}/invitations/${invitation.id}/resend`,
        )
      ).status,
    ).toBe(409);
  });

  it('resends with a new link and a new expiry; the old link is dead', async () => {
    const email = address('erneut');
    const first = await invite(admin, workspaceId, { email, role: 'member', organisation: school });
    await InvitationModel.updateOne(
      { _id: first.invitation.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const res = await admin.send(
      'post',
      `/api/workspaces/${workspaceId}/invitations/${first.invitation.id}/resend`,
    );
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('pending');
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 6 * 24 * 3600 * 1000,
    );
    const second = invitationLinkIn((await latestMailTo(admin, workspaceId, email)).text).token;
    expect(second).not.toBe(first.token);
    await new ApiClient(app.url).get(`/api/invitations/${first.token}`).expect(404);
    await acceptAsNewAccount(new ApiClient(app.url), second, 'Neue Person', 'Sicher-Passwort-7');
  });

  it('joins an existing account: with its password, or signed in with the invited address', async () => {
    const existing = await createUser({ email: address('vorhanden') });
    const first = await invite(admin, workspaceId, {
      email: existing.email,
      role: 'member',
      organisation: police,
    });
    const invitee = new ApiClient(app.url);
    expect((await invitee.get(`/api/invitations/${first.token}`)).body.accountExists).toBe(true);
    const noPassword = await invitee.send('post', `/api/invitations/${first.token}/accept`, {});
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.password' }),
    ]);
    const wrong = await invitee.send('post', `/api/invitations/${first.token}/accept`, {
      password: 'Falsch-Passwort-1',
    });
    expect(wrong.status).toBe(401);
    const ok = await invitee.send('post', `/api/invitations/${first.token}/accept`, {
      password: existing.password,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.session.user.id).toBe(existing.id);
    invitee.csrfToken = ok.body.session.csrfToken;

    // Signed in already: nothing to enter; but only with the invited address.
    const other = await createWorkspace();
    const otherId = other._id.toHexString();
    const adminOfOther = await createUser();
    await addMember(otherId, adminOfOther.id, 'admin');
    const otherAdmin = new ApiClient(app.url);
    await otherAdmin.login(adminOfOther.email, adminOfOther.password);
    const second = await invite(otherAdmin, otherId, {
      email: existing.email,
      role: 'guest',
      organisation: school,
    });
    const intruder = await createUser();
    const wrongAccount = new ApiClient(app.url);
    await wrongAccount.login(intruder.email, intruder.password);
    const mismatch = await wrongAccount.send('post', `/api/invitations/${second.token}/accept`, {});
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.error.id).toBe('email_mismatch');
    const res = await invitee.send('post', `/api/invitations/${second.token}/accept`, {});
    expect(res.status).toBe(200);
    const roles = await MembershipModel.find({ userId: existing.id }).lean();
    expect(roles.map((m) => m.role).sort()).toEqual(['guest', 'member']);
  });

  it('refuses to invite members and addresses with a pending invitation', async () => {
    const email = address('doppelt');
    await invite(admin, workspaceId, { email, role: 'member', organisation: police });
    const twice = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, {
      email,
      role: 'member',
      organisation: police,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields[0].path).toBe('body.email');
    const member = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, {
      email: 'polizei@glauchau.test',
      role: 'member',
      organisation: police,
    });
    expect(member.status).toBe(409);
  });

  it('answers bad input with 400 naming each field, and stores nothing', async () => {
    const before = await InvitationModel.countDocuments();
    const res = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, {
      email: 'keine-adresse',
      role: 'owner',
      organisation: { type: 'church', name: '' },
      extra: true,
    });
    expect(res.status).toBe(400);
    const paths = (res.body.error.fields as Array<{ path: string }>).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.email',
        'body.role',
        'body.organisation.type',
        'body.organisation.name',
        'body',
      ]),
    );
    expect(await InvitationModel.countDocuments()).toBe(before);

    const { token } = await invite(admin, workspaceId, {
      email: address('schwach'),
      role: 'member',
      organisation: police,
    });
    const weak = await new ApiClient(app.url).send('post', `/api/invitations/${token}/accept`, {
      password: 'kurz',
    });
    expect(weak.status).toBe(400);
    expect((weak.body.error.fields as Array<{ path: string }>).map((f) => f.path).sort()).toEqual([
      'body.name',
      'body.password',
      'body.password',
    ]);
    expect((await new ApiClient(app.url).get(`/api/invitations/${token}`)).body.status).toBe(
      'pending',
    );
    await new ApiClient(app.url).get('/api/invitations/not-a-token').expect(400);
  });

  it('lets only the council admins manage invitations', async () => {
    const member = await createUser();
    await addMember(workspaceId, member.id, 'member');
    const client = new ApiClient(app.url);
    await client.login(member.email, member.password);
    const res = await client.send('post', `/api/workspaces/${workspaceId}/invitations`, {
      email: address('x'),
      role: 'member',
      organisation: police,
    });
    expect(res.status).toBe(403);
    expect((await client.get(`/api/workspaces/${workspaceId}/invitations`)).status).toBe(403);
    expect((await client.get(`/api/workspaces/${workspaceId}/outbox`)).status).toBe(403);
  });
});
