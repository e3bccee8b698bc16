import { ServerEvent, type Invitation, type PersonalDataExport } from '@pnetz/shared';
import mongoose from 'mongoose';
import { UserModel } from '../../../server/src/auth/user.model';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { FORMER_MEMBER, resolvePeople } from '../../../server/src/privacy/attribution';
import type { Feature } from '../../../server/src/feature';
import { FEATURES } from '../../../server/src/features';
import { InvitationModel } from '../../../server/src/workspaces/invitation.model';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { acceptAsNewAccount, invite } from '../../support/councils';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

let app: TestServer;
let admin: ApiClient;
let workspaceId: string;

/** Stands in for a content feature (projects): content with `createdBy`, plus a private draft. */
const notes = mongoose.connection.collection<{ title: string; createdBy: string; draft?: boolean }>(
  'test_notes',
);
const forgotten: string[] = [];
/** Registered like any feature: the export and deletion take it from the feature list. */
const notesFeature: Feature = {
  name: 'notes',
  personalData: [
    {
      model: 'TestNote',
      userPaths: ['createdBy'],
      retention: 'drafts go with the account',
      export: {
        key: 'notes',
        collect: async (userId) =>
          (await notes.find({ createdBy: userId }).toArray()).map(({ title }) => ({ title })),
      },
      erase: async (userId) => {
        forgotten.push(userId);
        await notes.deleteMany({ createdBy: userId, draft: true });
      },
    },
  ],
};

beforeAll(async () => {
  app = await startTestServer({}, { features: [...FEATURES, notesFeature] });
  workspaceId = (
    await createWorkspace({ name: 'Kommunaler Präventionsrat Bannewitz' })
  )._id.toHexString();
  const user = await createUser({ name: 'Geschäftsstelle Bannewitz' });
  await addMember(workspaceId, user.id, 'admin');
  admin = new ApiClient(app.url);
  await admin.login(user.email, user.password);
});
afterAll(() => app.close());

/** A member who joined by invitation, made a co-admin, invited someone, and wrote content. */
async function activeMember(email: string) {
  const { token } = await invite(admin, workspaceId, {
    email,
    role: 'member',
    organisation: { type: 'association', name: 'Jugendhilfe e. V.' },
  });
  const client = new ApiClient(app.url);
  const { session } = await acceptAsNewAccount(client, token, 'Marco Schulz', 'Sicher-Passwort-1');
  const id = session.user.id;
  await admin.send('patch', `/api/workspaces/${workspaceId}/members/${id}`, { role: 'admin' });
  const sent = await invite(client, workspaceId, {
    email: `eingeladen-von-${id}@test.example`,
    role: 'guest',
    organisation: { type: 'other', name: 'Presse' },
  });
  await notes.insertMany([
    { title: 'Streetwork am Markt', createdBy: id },
    { title: 'Entwurf', createdBy: id, draft: true },
  ]);
  return { id, client, sentInvitationId: sent.invitation.id };
}

describe('personal data export (DSGVO Art. 15/20)', () => {
  it('downloads everything about the person as JSON, without secrets', async () => {
    const person = await activeMember('export@bannewitz.test');
    const res = await person.client.get('/api/me/export').expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="praeventionsnetz-meine-daten-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const data = res.body as PersonalDataExport;
    expect(data.profile).toMatchObject({
      email: 'export@bannewitz.test',
      name: 'Marco Schulz',
      signIn: { password: true, singleSignOn: false },
    });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        workspaceName: 'Kommunaler Präventionsrat Bannewitz',
        role: 'admin',
        organisation: { type: 'association', name: 'Jugendhilfe e. V.' },
      }),
    ]);
    expect(data.invitationsSent).toEqual([
      expect.objectContaining({ id: person.sentInvitationId, status: 'pending' }),
    ]);
    expect(data.invitationsReceived).toEqual([expect.objectContaining({ status: 'accepted' })]);
    expect(data.auditEvents.map((e) => e.action)).toEqual(
      expect.arrayContaining(['member.joined', 'member.role_changed', 'invitation.created']),
    );
    expect(data.content.notes).toEqual([{ title: 'Streetwork am Markt' }, { title: 'Entwurf' }]);
    expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|tokenHash/);
  });
});

describe('account deletion (DSGVO Art. 17)', () => {
  it('asks for the password again and refuses to orphan a council', async () => {
    const person = await activeMember('vorsicht@bannewitz.test');
    const wrong = await person.client.send('delete', '/api/me', { password: 'Falsch-Passwort-9' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([{ path: 'body.password', message: 'is wrong' }]);
    expect((await person.client.send('delete', '/api/me', {})).status).toBe(400);

    const soleAdmin = await createUser();
    const lonely = await createWorkspace();
    await addMember(lonely._id.toHexString(), soleAdmin.id, 'admin');
    const client = new ApiClient(app.url);
    await client.login(soleAdmin.email, soleAdmin.password);
    const refused = await client.send('delete', '/api/me', { password: soleAdmin.password });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('last_admin');
    expect(await UserModel.exists({ _id: soleAdmin.id })).not.toBeNull();
    expect(await UserModel.exists({ _id: person.id })).not.toBeNull();
  });

  it('removes personal data, ends every session, and keeps the content attributed to a former member', async () => {
    const person = await activeMember('loeschen@bannewitz.test');
    const secondSession = new ApiClient(app.url);
    await secondSession.login('loeschen@bannewitz.test', 'Sicher-Passwort-1');
    const socket = connectSocket(app.url, secondSession.cookieHeader());
    await whenConnected(socket);
    const ended = new Promise<void>((resolve) => socket.once(ServerEvent.SessionEnded, resolve));

    const res = await person.client.send('delete', '/api/me', { password: 'Sicher-Passwort-1' });
    expect(res.status).toBe(204);
    await ended;
    socket.close();

    // The account and everything personal is gone.
    expect(await UserModel.exists({ email: 'loeschen@bannewitz.test' })).toBeNull();
    expect(await MembershipModel.exists({ userId: person.id })).toBeNull();
    expect(await InvitationModel.exists({ email: 'loeschen@bannewitz.test' })).toBeNull();
    expect(await OutboxMailModel.exists({ to: 'loeschen@bannewitz.test' })).toBeNull();
    expect(
      await mongoose.connection
        .collection('sessions')
        .countDocuments({ 'session.userId': person.id }),
    ).toBe(0);
    expect(forgotten).toContain(person.id);
    expect((await person.client.get('/api/workspaces')).status).toBe(401);
    expect((await secondSession.get('/api/workspaces')).status).toBe(401);
    expect(
      (
        await new ApiClient(app.url).send('post', '/api/auth/login', {
          email: 'loeschen@bannewitz.test',
          password: 'Sicher-Passwort-1',
        })
      ).status,
    ).toBe(401);

    // What they created stays, attributed to "ehemaliges Mitglied".
    expect(await notes.countDocuments({ createdBy: person.id })).toBe(1);
    const people = await resolvePeople([person.id]);
    expect(people.ref(person.id)).toEqual(FORMER_MEMBER);
    expect(FORMER_MEMBER).toEqual({ id: null, name: 'ehemaliges Mitglied', former: true });
    const invitations = (await admin.get(`/api/workspaces/${workspaceId}/invitations`).expect(200))
      .body.items as Invitation[];
    expect(invitations.find((i) => i.id === person.sentInvitationId)).toMatchObject({
      status: 'pending',
      invitedBy: { id: null, name: 'ehemaliges Mitglied', former: true },
    });
    expect(invitations.find((i) => i.acceptedBy?.former)).toMatchObject({
      email: null,
      status: 'accepted',
    });
    const audit = (await admin.get(`/api/workspaces/${workspaceId}/audit?limit=200`).expect(200))
      .body.items as Array<{
      action: string;
      actor: { former: boolean } | null;
      target: { label: string | null; former: boolean } | null;
    }>;
    const deletion = audit.find((e) => e.action === 'member.account_deleted');
    expect(deletion).toMatchObject({
      actor: FORMER_MEMBER,
      target: { label: 'ehemaliges Mitglied', former: true },
    });
    expect(audit.filter((e) => e.action === 'invitation.created' && e.actor?.former)).toHaveLength(
      1,
    );
    expect(await AuditEventModel.countDocuments({ actorId: person.id })).toBeGreaterThan(3);
  });
});
