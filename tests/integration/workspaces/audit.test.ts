import type { AuditEvent } from '@pnetz/shared';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import * as auditService from '../../../server/src/audit/audit.service';
import { acceptAsNewAccount, invite } from '../../support/councils';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let admin: ApiClient;
let adminId: string;
let workspaceId: string;
let memberId: string;

beforeAll(async () => {
  app = await startTestServer();
  workspaceId = (await createWorkspace())._id.toHexString();
  const user = await createUser({ name: 'Petra Neumann' });
  adminId = user.id;
  await addMember(workspaceId, user.id, 'admin');
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);

  // A history: invite, accept, change the role, resend and revoke another, remove someone.
  const { token } = await invite(admin, workspaceId, {
    email: 'stefan@koenigswartha.test',
    role: 'member',
    organisation: { type: 'police', name: 'Polizeirevier Hoyerswerda' },
  });
  memberId = (
    await acceptAsNewAccount(new ApiClient(app.url), token, 'Stefan Krüger', 'Sicher-Passwort-1')
  ).session.user.id;
  await admin.send('patch', `/api/workspaces/${workspaceId}/members/${memberId}`, {
    role: 'guest',
  });
  const other = await invite(admin, workspaceId, {
    email: 'ulrike@koenigswartha.test',
    role: 'guest',
    organisation: { type: 'school', name: 'Grundschule' },
  });
  await admin.send(
    'post',
    `/api/workspaces/${workspaceId}/invitations/${other.invitation.id}/resend`,
  );
  await admin.send('delete', `/api/workspaces/${workspaceId}/invitations/${other.invitation.id}`);
  await admin.send('delete', `/api/workspaces/${workspaceId}/members/${memberId}`);
});
afterAll(() => app.close());

async function page(query = ''): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  return (await admin.get(`/api/workspaces/${workspaceId}/audit${query}`).expect(200)).body;
}

describe('audit log', () => {
  it('records who did what to whom, newest first', async () => {
    const { items } = await page();
    expect(items.map((e) => e.action)).toEqual([
      'member.removed',
      'invitation.revoked',
      'invitation.resent',
      'invitation.created',
      'member.role_changed',
      'member.joined',
      'invitation.accepted',
      'invitation.created',
      'admin.login',
    ]);
    const roleChange = items.find((e) => e.action === 'member.role_changed')!;
    expect(roleChange).toMatchObject({
      actor: { id: adminId, name: 'Petra Neumann', former: false },
      target: { type: 'user', id: memberId, label: 'Stefan Krüger' },
      details: { from: 'member', to: 'guest' },
    });
    expect(items.find((e) => e.action === 'invitation.revoked')?.target?.label).toBe(
      'ulrike@koenigswartha.test',
    );
    expect(items.find((e) => e.action === 'admin.login')?.details).toEqual({ method: 'password' });
  });

  it('records sign-ins of admins, not of members', async () => {
    const member = await createUser();
    await addMember(workspaceId, member.id, 'member');
    await new ApiClient(app.url).login(member.email, member.password);
    const again = new ApiClient(app.url);
    const adminUser = await createUser();
    await addMember(workspaceId, adminUser.id, 'admin');
    await again.login(adminUser.email, adminUser.password);
    const logins = (await page('?action=admin.login')).items;
    expect(logins.map((e) => e.actor?.id)).toEqual([adminUser.id, adminId]);
  });

  it('filters by action, actor and date, and pages with a cursor', async () => {
    const byMember = (await page(`?actorId=${memberId}`)).items;
    expect(byMember.map((e) => e.action).sort()).toEqual(['invitation.accepted', 'member.joined']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await page(`?from=${today}&to=${today}&action=invitation.created`)).items).toHaveLength(
      2,
    );
    expect((await page('?to=2020-01-01')).items).toEqual([]);

    const first = await page('?limit=4');
    expect(first.items).toHaveLength(4);
    const second = await page(`?limit=4&before=${first.nextCursor}`);
    const all = (await page('?limit=200')).items;
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(
      all.slice(0, 8).map((e) => e.id),
    );
    const bad = await admin.get(
      `/api/workspaces/${workspaceId}/audit?action=member.hacked&limit=0&from=gestern`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'query.action',
      'query.from',
      'query.limit',
    ]);
  });

  it('is readable by the council admins only, and 404 for outsiders', async () => {
    const guest = await createUser();
    await addMember(workspaceId, guest.id, 'guest');
    const asGuest = new ApiClient(app.url);
    await asGuest.login(guest.email, guest.password);
    expect((await asGuest.get(`/api/workspaces/${workspaceId}/audit`)).status).toBe(403);
    const outsider = await createUser({ platformRoles: ['coordinator'] });
    const asOutsider = new ApiClient(app.url);
    await asOutsider.login(outsider.email, outsider.password);
    expect((await asOutsider.get(`/api/workspaces/${workspaceId}/audit`)).status).toBe(404);
  });

  it('cannot be changed: no routes for it, and the model refuses updates and deletions', async () => {
    const [entry] = (await page('?limit=1')).items;
    for (const method of ['patch', 'put', 'delete'] as const) {
      expect(
        (await admin.send(method, `/api/workspaces/${workspaceId}/audit/${entry!.id}`, {})).status,
      ).toBe(404);
    }
    expect((await admin.send('delete', `/api/workspaces/${workspaceId}/audit`)).status).toBe(404);
    await expect(
      AuditEventModel.updateOne({ _id: entry!.id }, { $set: { action: 'member.joined' } }),
    ).rejects.toThrow('append-only');
    await expect(AuditEventModel.deleteMany({ workspaceId })).rejects.toThrow('append-only');
    await expect(AuditEventModel.findOneAndDelete({ _id: entry!.id })).rejects.toThrow(
      'append-only',
    );
    const doc = await AuditEventModel.findById(entry!.id);
    doc!.action = 'member.joined';
    await expect(doc!.save()).rejects.toThrow('append-only');
    await expect(doc!.deleteOne()).rejects.toThrow('append-only');
    expect((await page('?limit=1')).items[0]).toEqual(entry);
    // The service offers appending and reading, nothing else.
    expect(Object.keys(auditService).sort()).toEqual([
      'auditEventsOfPerson',
      'listAudit',
      'recentActivity',
      'recordAdminLogin',
      'recordAudit',
    ]);
  });

  it('shows members the recent activity, without sign-ins or invitations', async () => {
    const items = (await admin.get(`/api/workspaces/${workspaceId}/activity`).expect(200)).body
      .items as AuditEvent[];
    expect(items.map((e) => e.action)).toEqual(['member.removed', 'member.joined']);
  });

  it('keeps a platform log of platform-admin sign-ins for platform admins', async () => {
    const operator = await createUser({ platformRoles: ['admin'] });
    const client = new ApiClient(app.url);
    await client.login(operator.email, operator.password);
    const res = await client.get('/api/audit?action=admin.login').expect(200);
    expect(res.body.items[0]).toMatchObject({
      workspaceId: null,
      actor: { id: operator.id },
      details: { method: 'password', scope: 'platform' },
    });
    expect((await admin.get('/api/audit')).status).toBe(403);
  });
});
