import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { UserModel } from '../../../server/src/auth/user.model';
import { InvitationModel } from '../../../server/src/workspaces/invitation.model';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
const as: Record<'admin' | 'coordinator' | 'plain', ApiClient> = {} as never;
let adminId: string;

beforeAll(async () => {
  app = await startTestServer();
  for (const role of ['admin', 'coordinator', 'plain'] as const) {
    const user = await createUser({
      name: `Person ${role}`,
      platformRoles: role === 'plain' ? [] : [role],
    });
    if (role === 'admin') adminId = user.id;
    as[role] = new ApiClient(app.url);
    await as[role].login(user.email, user.password);
  }
});
afterAll(() => app.close());

const council = (name: string, email: string) => ({
  name,
  municipality: name.replace('Kommunaler Präventionsrat ', ''),
  district: 'Landkreis Mittelsachsen',
  population: 11000,
  firstAdmin: { email, organisation: { type: 'municipal', name: 'Stadtverwaltung' } },
});

describe('account management (platform admins)', () => {
  it('is refused to everyone else', async () => {
    expect((await as.coordinator.get('/api/admin/users')).status).toBe(403);
    expect(
      (await as.plain.send('patch', `/api/admin/users/${adminId}`, { platformRoles: [] })).status,
    ).toBe(403);
  });

  it('lists and searches accounts with their membership count', async () => {
    const res = await as.admin.get('/api/admin/users?q=coordinator').expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        name: 'Person coordinator',
        platformRoles: ['coordinator'],
        membershipCount: 0,
      }),
    ]);
    const regex = await as.admin.get(`/api/admin/users?q=${encodeURIComponent('.*')}`).expect(200);
    expect(regex.body.total).toBe(0);
  });

  it('sets platform roles, records it, and never removes the last administrator', async () => {
    const plain = await UserModel.findOne({ name: 'Person plain' }).lean();
    const res = await as.admin.send('patch', `/api/admin/users/${plain!._id.toHexString()}`, {
      platformRoles: ['coordinator'],
    });
    expect(res.status).toBe(200);
    expect(res.body.platformRoles).toEqual(['coordinator']);
    expect(
      await AuditEventModel.countDocuments({ action: 'platform.roles_changed', workspaceId: null }),
    ).toBe(1);

    const last = await as.admin.send('patch', `/api/admin/users/${adminId}`, { platformRoles: [] });
    expect(last.status).toBe(409);
    expect(last.body.error.fields[0].path).toBe('body.platformRoles');
    expect((await UserModel.findById(adminId).lean())?.platformRoles).toEqual(['admin']);

    const bad = await as.admin.send('patch', `/api/admin/users/${adminId}`, {
      platformRoles: ['king'],
    });
    expect(bad.status).toBe(400);
  });
});

describe('founding a council', () => {
  it('lets a coordinator found one whose first admin already has an account', async () => {
    const existing = await createUser({ email: 'buergermeisterin@floeha.example' });
    const res = await as.coordinator.send(
      'post',
      '/api/admin/workspaces',
      council('Kommunaler Präventionsrat Flöha', existing.email),
    );
    expect(res.status).toBe(201);
    expect(res.body.firstAdmin).toBe('member');
    const membership = await MembershipModel.findOne({
      workspaceId: res.body.id,
      userId: existing.id,
    }).lean();
    expect(membership?.role).toBe('admin');
    expect(
      await AuditEventModel.countDocuments({
        workspaceId: res.body.id,
        action: 'workspace.created',
      }),
    ).toBe(1);
  });

  it('invites a first admin without an account by e-mail', async () => {
    const res = await as.admin.send(
      'post',
      '/api/admin/workspaces',
      council('Kommunaler Präventionsrat Belgershain', 'amt@belgershain.example'),
    );
    expect(res.status).toBe(201);
    expect(res.body.firstAdmin).toBe('invited');
    const invitation = await InvitationModel.findOne({ workspaceId: res.body.id }).lean();
    expect(invitation).toMatchObject({ email: 'amt@belgershain.example', role: 'admin' });
  });

  it('refuses members without a platform role, taken names, and bad input, storing nothing', async () => {
    const before = await WorkspaceModel.countDocuments();
    const member = await createUser();
    const memberClient = new ApiClient(app.url);
    await memberClient.login(member.email, member.password);
    expect(
      (
        await memberClient.send(
          'post',
          '/api/admin/workspaces',
          council('Kommunaler Präventionsrat Parthenstein', 'a@b.example'),
        )
      ).status,
    ).toBe(403);
    const taken = await as.admin.send(
      'post',
      '/api/admin/workspaces',
      council('Kommunaler Präventionsrat Flöha', 'x@y.example'),
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields[0].path).toBe('body.name');
    const bad = await as.admin.send('post', '/api/admin/workspaces', {
      name: '',
      municipality: 3,
      firstAdmin: { email: 'nope' },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.name',
        'body.municipality',
        'body.district',
        'body.firstAdmin.email',
      ]),
    );
    expect(await WorkspaceModel.countDocuments()).toBe(before);
  });
});

describe('account state (platform admins)', () => {
  it('deactivates an account: no sign-in, its sessions end; reactivation restores sign-in', async () => {
    const person = await createUser({ name: 'Wird deaktiviert' });
    const session = new ApiClient(app.url);
    await session.login(person.email, person.password);
    expect(
      (await as.plain.send('put', `/api/admin/users/${person.id}/state`, { active: false })).status,
    ).toBe(403);

    const off = await as.admin.send('put', `/api/admin/users/${person.id}/state`, {
      active: false,
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: person.id, active: false });
    expect((await session.get('/api/me/export')).status).toBe(401);
    const again = new ApiClient(app.url);
    await again.refreshSession();
    expect(
      (
        await again.send('post', '/api/auth/login', {
          email: person.email,
          password: person.password,
        })
      ).status,
    ).toBe(401);
    expect(
      await AuditEventModel.exists({ action: 'account.deactivated', 'target.id': person.id }),
    ).toBeTruthy();

    const on = await as.admin.send('put', `/api/admin/users/${person.id}/state`, { active: true });
    expect(on.body).toMatchObject({ active: true });
    await again.login(person.email, person.password);
    expect((await session.get('/api/me/export')).status).toBe(401);
  });

  it('refuses to deactivate the own account and names the problem', async () => {
    const res = await as.admin.send('put', `/api/admin/users/${adminId}/state`, { active: false });
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([
      { path: 'params.id', message: 'is the signed-in account' },
    ]);
    expect((await UserModel.findById(adminId).lean())!.deactivatedAt ?? null).toBeNull();
  });
});
