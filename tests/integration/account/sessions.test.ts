import type { AccountSession } from '@pnetz/shared';
import mongoose from 'mongoose';
import { sweepExpiredSessions } from '../../../server/src/auth/account-sessions';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { UserModel } from '../../../server/src/auth/user.model';
import { openWebsocketClient } from '../../support/collab';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { eventually } from '../../support/eventually';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

/** A client that signs in with a browser's user agent. */
async function signIn(email: string, password: string, userAgent: string): Promise<ApiClient> {
  const client = new ApiClient(app.url);
  client.agent.set('user-agent', userAgent);
  await client.login(email, password);
  return client;
}

async function sessionsOf(client: ApiClient): Promise<AccountSession[]> {
  const res = await client.get('/api/me/sessions').expect(200);
  return res.body.items as AccountSession[];
}

describe('account sessions', () => {
  it('lists the own sessions with browser, system and last seen, the current one marked', async () => {
    const { email, password } = await createUser();
    const office = await signIn(email, password, FIREFOX_WINDOWS);
    await signIn(email, password, SAFARI_IPHONE);
    const other = await createUser();
    await signIn(other.email, other.password, FIREFOX_WINDOWS);

    const items = await sessionsOf(office);
    expect(items).toHaveLength(2);
    const current = items.find((s) => s.current);
    expect(current).toMatchObject({ browser: 'Firefox', os: 'Windows' });
    expect(items.find((s) => !s.current)).toMatchObject({ browser: 'Safari', os: 'iOS' });
    for (const item of items) {
      expect(item.id).toMatch(/^[0-9a-f]{32}$/);
      expect(Date.parse(item.lastSeenAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    }
    // The handle is not the session id of the cookie.
    expect(office.cookieHeader()).not.toContain(current!.id);
  });

  it('ends another own session: it answers 401 and its socket is disconnected', async () => {
    const { email, password } = await createUser();
    const office = await signIn(email, password, FIREFOX_WINDOWS);
    const phone = await signIn(email, password, SAFARI_IPHONE);
    const socket = connectSocket(app.url, phone.cookieHeader());
    await whenConnected(socket);

    const target = (await sessionsOf(office)).find((s) => !s.current)!;
    const res = await office.send('delete', `/api/me/sessions/${target.id}`);
    expect(res.status).toBe(204);

    expect((await phone.get('/api/workspaces')).status).toBe(401);
    await eventually(() => expect(socket.connected).toBe(false));
    await office.get('/api/workspaces').expect(200);
    expect(await sessionsOf(office)).toHaveLength(1);
    socket.close();
  });

  it("cannot end another person's session", async () => {
    const alice = await createUser();
    const bob = await createUser();
    const aliceClient = await signIn(alice.email, alice.password, FIREFOX_WINDOWS);
    const bobClient = await signIn(bob.email, bob.password, SAFARI_IPHONE);
    const [bobSession] = await sessionsOf(bobClient);
    const res = await aliceClient.send('delete', `/api/me/sessions/${bobSession!.id}`);
    expect(res.status).toBe(404);
    await bobClient.get('/api/workspaces').expect(200);
  });

  it('a password change ends every other session of the user and their sockets', async () => {
    const { email, password } = await createUser();
    const office = await signIn(email, password, FIREFOX_WINDOWS);
    const shared = await signIn(email, password, SAFARI_IPHONE);
    const third = await signIn(email, password, FIREFOX_WINDOWS);
    const sockets = [shared, third].map((client) => connectSocket(app.url, client.cookieHeader()));
    await Promise.all(sockets.map(whenConnected));
    const bystander = await createUser();
    const bystanderClient = await signIn(bystander.email, bystander.password, SAFARI_IPHONE);

    const res = await office.send('post', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'Neues-Passwort-22',
    });
    expect(res.status).toBe(204);

    await office.get('/api/workspaces').expect(200);
    expect((await shared.get('/api/workspaces')).status).toBe(401);
    expect((await third.get('/api/workspaces')).status).toBe(401);
    await eventually(() => expect(sockets.every((s) => !s.connected)).toBe(true));
    await bystanderClient.get('/api/workspaces').expect(200);
    expect(await sessionsOf(office)).toEqual([expect.objectContaining({ current: true })]);
    for (const socket of sockets) socket.close();
  });

  it('a password change also closes the y-websocket connections of the other sessions', async () => {
    const { id, email, password } = await createUser();
    const workspace = await createWorkspace();
    await addMember(workspace._id, id, 'member');
    const planId = (await createPlan(workspace._id, id)).id as string;
    const office = await signIn(email, password, FIREFOX_WINDOWS);
    const shared = await signIn(email, password, SAFARI_IPHONE);
    const own = openWebsocketClient(app.url, office.cookieHeader(), planId);
    const other = openWebsocketClient(app.url, shared.cookieHeader(), planId);
    try {
      await eventually(() =>
        expect(own.provider.wsconnected && other.provider.wsconnected).toBe(true),
      );
      const closed = new Promise<number>((resolve) =>
        other.provider.ws!.addEventListener('close', (event) => resolve(event.code)),
      );
      const res = await office.send('post', '/api/auth/password', {
        currentPassword: password,
        newPassword: 'Neues-Passwort-22',
      });
      expect(res.status).toBe(204);
      expect(await closed).toBe(4403);
      expect(own.provider.wsconnected).toBe(true);
    } finally {
      own.close();
      other.close();
    }
  });

  it('honours a stored session until it expires, and not a moment after', async () => {
    const { email, password, id } = await createUser();
    const client = await signIn(email, password, FIREFOX_WINDOWS);
    await client.get('/api/me/sessions').expect(200);
    const sessions = mongoose.connection.collection<{ _id: string; expires: Date }>('sessions');
    const [stored, ...more] = await sessions.find({ 'session.userId': id }).toArray();
    expect(more).toHaveLength(0);
    expect(stored!.expires.getTime()).toBeGreaterThan(Date.now());

    await sessions.updateOne(
      { _id: stored!._id },
      { $set: { expires: new Date(Date.now() - 1000) } },
    );
    await client.get('/api/me/sessions').expect(401);
  });

  it('the background sweep deletes expired sessions and leaves the connection in step', async () => {
    const expiring = await createUser();
    const staying = await createUser();
    await signIn(expiring.email, expiring.password, FIREFOX_WINDOWS);
    const client = await signIn(staying.email, staying.password, SAFARI_IPHONE);
    const sessions = mongoose.connection.collection<{ _id: string; expires: Date }>('sessions');
    await sessions.updateOne(
      { 'session.userId': expiring.id },
      { $set: { expires: new Date(Date.now() - 1000) } },
    );

    const now = new Date();
    const expired = await sessions.countDocuments({ expires: { $lte: now } });
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(await sweepExpiredSessions(now)).toBe(expired);

    // Every later command must still read its own answer: an unacknowledged delete would have
    // left one waiting on a pooled connection of the embedded database.
    for (let round = 0; round < 5; round += 1) {
      expect(await sessions.countDocuments({ 'session.userId': expiring.id })).toBe(0);
      const kept = await sessions.find({ 'session.userId': staying.id }).toArray();
      expect(kept).toHaveLength(1);
    }
    await client.get('/api/me/sessions').expect(200);
    expect(await sessions.countDocuments({ expires: { $lte: now } })).toBe(0);
  });

  it('ends every other own session at once', async () => {
    const { email, password } = await createUser();
    const office = await signIn(email, password, FIREFOX_WINDOWS);
    const phone = await signIn(email, password, SAFARI_IPHONE);
    const res = await office.send('delete', '/api/me/sessions');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ended: 1 });
    expect((await phone.get('/api/workspaces')).status).toBe(401);
    await office.get('/api/workspaces').expect(200);
  });

  it('a platform admin ends all sessions of an account; others may not', async () => {
    const admin = await createUser({ platformRoles: ['admin'] });
    const target = await createUser();
    const adminClient = await signIn(admin.email, admin.password, FIREFOX_WINDOWS);
    const one = await signIn(target.email, target.password, FIREFOX_WINDOWS);
    const two = await signIn(target.email, target.password, SAFARI_IPHONE);
    const socket = connectSocket(app.url, two.cookieHeader());
    await whenConnected(socket);

    const refused = await one.send('delete', `/api/admin/users/${admin.id}/sessions`);
    expect(refused.status).toBe(403);
    await adminClient.get('/api/workspaces').expect(200);

    const res = await adminClient.send('delete', `/api/admin/users/${target.id}/sessions`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ended: 2 });
    expect((await one.get('/api/workspaces')).status).toBe(401);
    expect((await two.get('/api/workspaces')).status).toBe(401);
    await eventually(() => expect(socket.connected).toBe(false));
    socket.close();
  });
});

describe('e-mail change', () => {
  const tokenIn = (text: string) => /#([A-Za-z0-9_-]{43})/.exec(text)?.[1];

  it('changes the address only through the link mailed to the new address', async () => {
    const { id, email, password } = await createUser();
    const client = await signIn(email, password, FIREFOX_WINDOWS);
    const next = `neu-${id}@test.example`;

    const wrong = await client.send('post', '/api/me/email', {
      email: next,
      password: 'nope-1-nope',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([{ path: 'body.password', message: 'is wrong' }]);

    const res = await client.send('post', '/api/me/email', { email: next, password });
    expect(res.status).toBe(202);
    expect((await UserModel.findById(id).lean())?.email).toBe(email);
    const mail = await OutboxMailModel.findOne({ to: next }).lean();
    expect(mail?.kind).toBe('account');
    const token = tokenIn(mail!.text);
    expect(token).toBeDefined();

    const anonymous = new ApiClient(app.url);
    const confirmed = await anonymous.send('post', '/api/auth/email/confirm', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ email: next });
    expect((await client.get('/api/auth/session').expect(200)).body.user.email).toBe(next);

    const again = await anonymous.send('post', '/api/auth/email/confirm', { token });
    expect(again.status).toBe(404);
  });

  it('refuses an address that belongs to another account, naming the field', async () => {
    const { email, password } = await createUser();
    const other = await createUser();
    const client = await signIn(email, password, FIREFOX_WINDOWS);
    const res = await client.send('post', '/api/me/email', { email: other.email, password });
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([
      { path: 'body.email', message: 'belongs to another account' },
    ]);
    expect(await OutboxMailModel.countDocuments({ to: other.email })).toBe(0);
  });
});
