import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

// Rounds of concurrent requests on a busy machine: more time than a single request needs.
jest.setTimeout(120_000);

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

async function signedIn(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(app.url);
  await client.login(email, password);
  return client;
}

describe('a council always keeps an admin', () => {
  it('two admins demoting each other at the same moment: exactly one wins, 20 rounds', async () => {
    for (let round = 0; round < 20; round++) {
      const workspace = await createWorkspace();
      const ws = workspace._id.toHexString();
      const a = await createUser();
      const b = await createUser();
      await addMember(ws, a.id, 'admin');
      await addMember(ws, b.id, 'admin');
      const [clientA, clientB] = await Promise.all([
        signedIn(a.email, a.password),
        signedIn(b.email, b.password),
      ]);
      const base = `/api/workspaces/${ws}/members`;
      const [aDemotesB, bDemotesA] = await Promise.all([
        clientA.send('patch', `${base}/${b.id}`, { role: 'member' }),
        clientB.send('patch', `${base}/${a.id}`, { role: 'member' }),
      ]);
      const statuses = [aDemotesB.status, bDemotesA.status].sort();
      // The loser is either no admin any more (403) or would demote the last one (409).
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      expect(await MembershipModel.countDocuments({ workspaceId: ws, role: 'admin' })).toBe(1);
    }
  });

  it('20 admins leaving at once: 19 leave, the last one is told to appoint another', async () => {
    const workspace = await createWorkspace();
    const ws = workspace._id.toHexString();
    const admins = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    for (const admin of admins) await addMember(ws, admin.id, 'admin');
    const clients = await Promise.all(admins.map((a) => signedIn(a.email, a.password)));
    const results = await Promise.all(
      clients.map((client) => client.send('post', `/api/workspaces/${ws}/leave`)),
    );
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(19);
    const refused = results.filter((res) => res.status === 409);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.body.error.id).toBe('last_admin');
    expect(await MembershipModel.countDocuments({ workspaceId: ws, role: 'admin' })).toBe(1);
  });

  it('20 admins deleting their accounts at once: 19 go, the last one is refused', async () => {
    const workspace = await createWorkspace();
    const ws = workspace._id.toHexString();
    const admins = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    for (const admin of admins) await addMember(ws, admin.id, 'admin');
    const clients = await Promise.all(admins.map((a) => signedIn(a.email, a.password)));
    const results = await Promise.all(
      clients.map((client, i) =>
        client.send('delete', '/api/me', { password: admins[i]!.password }),
      ),
    );
    const statuses = results.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array<number>(19).fill(204), 409]);
    expect(await MembershipModel.countDocuments({ workspaceId: ws, role: 'admin' })).toBe(1);
  });
});
