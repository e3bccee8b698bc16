import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let admin: ApiClient;
let adminId: string;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace({ municipality: 'Eibenstock', population: 7000 });
  workspaceId = workspace._id.toHexString();
  const user = await createUser();
  adminId = user.id;
  await addMember(workspaceId, user.id, 'admin', { type: 'municipal', name: 'Stadtverwaltung' });
  for (const type of ['police', 'school', 'school'] as const) {
    await addMember(workspaceId, (await createUser()).id, 'member', { type, name: `Org ${type}` });
  }
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);
});
afterAll(() => app.close());

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('council profile and settings', () => {
  it('shows the profile with headcounts per organisation type and the caller’s permissions', async () => {
    const res = await admin.get(`/api/workspaces/${workspaceId}`).expect(200);
    expect(res.body).toMatchObject({
      municipality: 'Eibenstock',
      population: 7000,
      memberCount: 4,
      myRole: 'admin',
      defaultVisibility: 'workspace',
      organisationCounts: [
        { type: 'police', count: 1 },
        { type: 'school', count: 2 },
        { type: 'municipal', count: 1 },
      ],
      permissions: {
        manageMembers: true,
        updateSettings: true,
        readAudit: true,
        writeContent: true,
      },
    });

    const outsider = await createUser();
    const client = new ApiClient(app.url);
    await client.login(outsider.email, outsider.password);
    const asOutsider = await client.get(`/api/workspaces/${workspaceId}`).expect(200);
    expect(asOutsider.body.myRole).toBeNull();
    expect(Object.values(asOutsider.body.permissions).every((allowed) => allowed === false)).toBe(
      true,
    );
  });

  it('lets the admin change the profile; the log names the fields and the visibility change', async () => {
    const res = await admin.send('patch', `/api/workspaces/${workspaceId}`, {
      description: 'Präventionsrat der Stadt Eibenstock.',
      policeDirectorate: 'Polizeidirektion Chemnitz',
      contactEmail: 'kpr@eibenstock.test',
      logo: PNG,
      defaultVisibility: 'network',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      description: 'Präventionsrat der Stadt Eibenstock.',
      logo: PNG,
      defaultVisibility: 'network',
    });

    const entries = await AuditEventModel.find({
      workspaceId,
      actorId: adminId,
      action: { $ne: 'admin.login' },
    })
      .sort({ _id: 1 })
      .lean();
    expect(entries.map((e) => [e.action, e.details])).toEqual([
      [
        'workspace.updated',
        { fields: 'contactEmail,defaultVisibility,description,logo,policeDirectorate' },
      ],
      ['visibility.changed', { scope: 'default', from: 'workspace', to: 'network' }],
    ]);

    const cleared = await admin.send('patch', `/api/workspaces/${workspaceId}`, {
      policeDirectorate: null,
      logo: null,
    });
    expect(cleared.body).toMatchObject({ policeDirectorate: null, logo: null });
  });

  it('answers bad input with 400 naming each field and stores nothing', async () => {
    const before = await WorkspaceModel.findById(workspaceId).lean();
    const res = await admin.send('patch', `/api/workspaces/${workspaceId}`, {
      population: -5,
      contactEmail: 'keine-adresse',
      logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      defaultVisibility: 'secret',
      owner: 'me',
    });
    expect(res.status).toBe(400);
    const paths = (res.body.error.fields as Array<{ path: string }>).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.population',
        'body.contactEmail',
        'body.logo',
        'body.defaultVisibility',
        'body',
      ]),
    );
    expect((await admin.send('patch', `/api/workspaces/${workspaceId}`, {})).status).toBe(400);
    expect(await WorkspaceModel.findById(workspaceId).lean()).toEqual(before);
  });

  it('keeps council names unique', async () => {
    await createWorkspace({ name: 'Kommunaler Präventionsrat Flöha' });
    const res = await admin.send('patch', `/api/workspaces/${workspaceId}`, {
      name: 'Kommunaler Präventionsrat Flöha',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([{ path: 'body.name', message: 'is taken' }]);
  });
});
