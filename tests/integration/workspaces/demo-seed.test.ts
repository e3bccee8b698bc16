import pino from 'pino';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { invitationLinkIn } from '../../support/councils';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
  await seedDemoData(pino({ level: 'silent' }), { appUrl: app.url });
});
afterAll(() => app.close());

describe('demo councils', () => {
  it('come with a history in the audit log and a pending invitation whose mail is in the outbox', async () => {
    const admin = new ApiClient(app.url);
    await admin.login('geschaeftsstelle@glauchau.example', DEMO_PASSWORD);
    const glauchau = (await admin.get('/api/workspaces').expect(200)).body.items[0];
    expect(glauchau).toMatchObject({ municipality: 'Glauchau', myRole: 'admin' });

    const invitations = (await admin.get(`/api/workspaces/${glauchau.id}/invitations`).expect(200))
      .body.items;
    expect(invitations).toEqual([
      expect.objectContaining({
        email: 'jugendamt@glauchau.example',
        status: 'pending',
        organisation: { type: 'municipal', name: 'Jugendamt Landkreis Zwickau' },
      }),
    ]);
    const outbox = (await admin.get(`/api/workspaces/${glauchau.id}/outbox`).expect(200)).body;
    const { token } = invitationLinkIn(outbox.items[0].text);
    expect(
      (await new ApiClient(app.url).get(`/api/invitations/${token}`).expect(200)).body.status,
    ).toBe('pending');

    const audit = (
      await admin.get(`/api/workspaces/${glauchau.id}/audit?action=member.joined`).expect(200)
    ).body.items;
    expect(audit).toHaveLength(5);
  });
});
