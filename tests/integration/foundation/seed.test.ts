import pino from 'pino';
import { UserModel } from '../../../server/src/auth/user.model';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('demo data', () => {
  it('seeds councils and logins into an empty database, once', async () => {
    expect(await seedDemoData(pino({ level: 'silent' }))).toBe(true);
    expect(await seedDemoData(pino({ level: 'silent' }))).toBe(false);
    const names = (await WorkspaceModel.find().lean()).map((w) => w.municipality);
    expect(names).toEqual(
      expect.arrayContaining(['Glauchau', 'Königswartha', 'Leipzig', 'Chemnitz']),
    );
    const coordinator = await UserModel.findOne({ email: 'koordination@lpr.example' }).lean();
    expect(coordinator?.platformRoles).toEqual(['coordinator']);

    const client = new ApiClient(app.url);
    await client.login('polizei@glauchau.example', DEMO_PASSWORD);
    const list = await client.get('/api/workspaces').expect(200);
    expect(list.body.items[0]).toMatchObject({ municipality: 'Glauchau', myRole: 'member' });
  });
});
