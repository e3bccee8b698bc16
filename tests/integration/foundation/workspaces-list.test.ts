import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('GET /api/workspaces', () => {
  it('needs a session', async () => {
    const res = await new ApiClient(app.url).get('/api/workspaces');
    expect(res.status).toBe(401);
  });

  it('lists own councils first with the role, then the others by name', async () => {
    const zwickau = await createWorkspace({ name: 'Kommunaler Präventionsrat Zwickau' });
    await createWorkspace({ name: 'Kommunaler Präventionsrat Annaberg' });
    const member = await createUser();
    const colleague = await createUser();
    await addMember(zwickau._id, member.id, 'member', {
      type: 'police',
      name: 'Polizeirevier Zwickau',
    });
    await addMember(zwickau._id, colleague.id, 'admin');

    const client = new ApiClient(app.url);
    await client.login(member.email, member.password);
    const res = await client.get('/api/workspaces').expect(200);
    expect(res.body.items.map((item: { name: string }) => item.name)).toEqual([
      'Kommunaler Präventionsrat Zwickau',
      'Kommunaler Präventionsrat Annaberg',
    ]);
    expect(res.body.items[0]).toMatchObject({ myRole: 'member', memberCount: 2, population: 5000 });
    expect(res.body.items[1]).toMatchObject({ myRole: null, memberCount: 0 });
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      ['district', 'id', 'memberCount', 'municipality', 'myRole', 'name', 'population'].sort(),
    );
  });
});
