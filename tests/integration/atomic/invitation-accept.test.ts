import { UserModel } from '../../../server/src/auth/user.model';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { invite } from '../../support/councils';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('a single-use invitation link', () => {
  it('20 concurrent accepts of one link: one account joins, the rest refused, 3 rounds', async () => {
    const workspace = await createWorkspace();
    const workspaceId = workspace._id.toHexString();
    const office = await createUser();
    await addMember(workspaceId, office.id, 'admin');
    const admin = new ApiClient(app.url);
    await admin.login(office.email, office.password);

    for (let round = 1; round <= 3; round++) {
      const email = `einmal-${round}-${Date.now().toString(36)}@glauchau.test`;
      const { token } = await invite(admin, workspaceId, {
        email,
        role: 'member',
        organisation: { type: 'police', name: 'Polizeirevier Glauchau' },
      });
      // Each accept comes from its own browser, with its own session and CSRF token.
      const clients = Array.from({ length: 20 }, () => new ApiClient(app.url));
      await Promise.all(clients.map((client) => client.refreshSession()));
      const responses = await Promise.all(
        clients.map((client, i) =>
          client.send('post', `/api/invitations/${token}/accept`, {
            name: `Person ${i + 1}`,
            password: `Sicher-Passwort-${i + 10}`,
          }),
        ),
      );
      const statuses = responses.map((res) => res.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      // The others are refused: used or taken (409, 410), or, when the winner's new account
      // already exists by the time they are checked, asked for that account's password (401),
      // and after a few wrong passwords from one address, throttled like the login form (429).
      expect(
        statuses.filter((status) => status !== 200).every((s) => [401, 409, 410, 429].includes(s)),
      ).toBe(true);
      const users = await UserModel.find({ email }).lean();
      expect(users).toHaveLength(1);
      expect(await MembershipModel.countDocuments({ workspaceId, userId: users[0]!._id })).toBe(1);
    }
  });
});
