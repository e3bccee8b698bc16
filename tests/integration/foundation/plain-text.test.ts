import { PLAIN_TEXT_MESSAGE } from '@pnetz/shared';
import { UserModel } from '../../../server/src/auth/user.model';
import { PlanModel } from '../../../server/src/plans/plan.model';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let admin: ApiClient;
let adminId: string;
let platformAdmin: ApiClient;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ name: 'Kommunaler Präventionsrat Oederan' });
  workspaceId = workspace._id.toHexString();
  const user = await createUser({ name: 'Petra Schulz' });
  adminId = user.id;
  await addMember(workspaceId, user.id, 'admin');
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);
  const operator = await createUser({ platformRoles: ['admin'] });
  platformAdmin = new ApiClient(app.url);
  await platformAdmin.login(operator.email, operator.password);
});
afterAll(() => app.close());

const MARKUP = 'Sicher <img src=x onerror=alert(1)>';

/** The 400 names the field and the plain-text rule. */
function expectRefused(res: { status: number; body: { error: unknown } }, path: string) {
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({
    id: 'validation_failed',
    fields: expect.arrayContaining([{ path, message: PLAIN_TEXT_MESSAGE }]),
  });
}

describe('one plain-text rule for every title and name', () => {
  it('refuses markup in the own name', async () => {
    const res = await admin.send('patch', '/api/me', { name: '<b>Petra</b> Schulz' });
    expectRefused(res, 'body.name');
    expect((await UserModel.findById(adminId).lean())?.name).toBe('Petra Schulz');
  });

  it("refuses markup in a council's name in its settings", async () => {
    const res = await admin.send('patch', `/api/workspaces/${workspaceId}`, { name: MARKUP });
    expectRefused(res, 'body.name');
    expect((await WorkspaceModel.findById(workspaceId).lean())?.name).toBe(
      'Kommunaler Präventionsrat Oederan',
    );
  });

  it('refuses markup in a plan title, on creation and on rename', async () => {
    const created = await admin.send('post', `/api/workspaces/${workspaceId}/plans`, {
      title: MARKUP,
    });
    expectRefused(created, 'body.title');
    expect(await PlanModel.countDocuments({ title: MARKUP })).toBe(0);

    const plan = await createPlan(workspaceId, adminId, { title: 'Handlungskonzept' });
    const renamed = await admin.send('patch', `/api/plans/${plan.id as string}`, {
      title: '<script>alert(1)</script>',
    });
    expectRefused(renamed, 'body.title');
  });

  it('refuses markup in the title of an exchange', async () => {
    const res = await admin.send('post', '/api/exchanges', {
      title: MARKUP,
      workspaceIds: [workspaceId],
    });
    expectRefused(res, 'body.title');
  });

  it("refuses markup in a member's organisation name", async () => {
    const res = await admin.send('patch', `/api/workspaces/${workspaceId}/members/${adminId}`, {
      organisation: { type: 'municipal', name: '<a href="x">Ordnungsamt</a>' },
    });
    expectRefused(res, 'body.organisation.name');
    const membership = await MembershipModel.findOne({ workspaceId, userId: adminId }).lean();
    expect(membership?.organisation.name).toBe('Verwaltung');
  });

  it('refuses markup in the name of a council founded by a platform admin', async () => {
    const res = await platformAdmin.send('post', '/api/admin/workspaces', {
      name: MARKUP,
      municipality: 'Oederan',
      district: 'Landkreis Mittelsachsen',
      firstAdmin: {
        email: 'neu@oederan.example',
        organisation: { type: 'municipal', name: 'Stadtverwaltung' },
      },
    });
    expectRefused(res, 'body.name');
    expect(await WorkspaceModel.countDocuments({ name: MARKUP })).toBe(0);
  });

  it('still accepts ordinary text with angle brackets and quotes', async () => {
    const res = await admin.send('post', `/api/workspaces/${workspaceId}/plans`, {
      title: 'Jugend < 18 & „Sicherheit“ <3',
    });
    expect(res.status).toBe(201);
  });
});
