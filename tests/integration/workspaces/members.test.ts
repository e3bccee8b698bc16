import { ClientEvent, ServerEvent, type Member, type MembershipChanged } from '@pnetz/shared';
import { rooms } from '../../../server/src/realtime/io';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { eventually } from '../../support/eventually';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

const sockets: TestSocket[] = [];
afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));

/** A fresh council with an admin, a member and a guest, each signed in. */
async function council() {
  const workspace = await createWorkspace();
  const workspaceId = workspace._id.toHexString();
  const people = {} as Record<'admin' | 'member' | 'guest', { id: string; client: ApiClient }>;
  for (const role of ['admin', 'member', 'guest'] as const) {
    const user = await createUser({ name: `Person ${role}` });
    await addMember(workspaceId, user.id, role, {
      type: role === 'member' ? 'police' : 'municipal',
      name: `Org ${role}`,
    });
    const client = new ApiClient(app.url);
    await client.login(user.email, user.password);
    people[role] = { id: user.id, client };
  }
  return { workspaceId, ...people };
}

async function joinRoom(client: ApiClient, workspaceId: string): Promise<TestSocket> {
  const socket = connectSocket(app.url, client.cookieHeader());
  sockets.push(socket);
  await whenConnected(socket);
  const ack = await socket.timeout(2000).emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId });
  expect(ack).toMatchObject({ ok: true });
  return socket;
}

async function roomMembers(workspaceId: string): Promise<string[]> {
  const inRoom = await app.server.io.in(rooms.workspace(workspaceId)).fetchSockets();
  return inRoom.map((socket) => socket.data.actor.id);
}

describe('members and roles', () => {
  it('lists members with role and organisation; guests do not see addresses', async () => {
    const c = await council();
    const asMember = (
      await c.member.client.get(`/api/workspaces/${c.workspaceId}/members`).expect(200)
    ).body.items as Member[];
    expect(asMember.map((m) => m.role)).toEqual(['admin', 'member', 'guest']);
    expect(asMember.every((m) => m.email !== null)).toBe(true);
    const asGuest = (
      await c.guest.client.get(`/api/workspaces/${c.workspaceId}/members`).expect(200)
    ).body.items as Member[];
    expect(asGuest.filter((m) => !m.isMe).every((m) => m.email === null)).toBe(true);
    expect(asGuest.find((m) => m.isMe)?.email).toMatch(/@/);
  });

  it('lets admins change roles and tells the member’s sockets', async () => {
    const c = await council();
    const socket = await joinRoom(c.member.client, c.workspaceId);
    const told = new Promise<MembershipChanged>((resolve) =>
      socket.once(ServerEvent.MembershipChanged, resolve),
    );
    const res = await c.admin.client.send(
      'patch',
      `/api/workspaces/${c.workspaceId}/members/${c.member.id}`,
      { role: 'guest' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'guest', organisation: { type: 'police' } });
    expect(await told).toEqual({ workspaceId: c.workspaceId, role: 'guest' });
  });

  it('lets members change their own organisation, but not roles; guests change nothing', async () => {
    const c = await council();
    const base = `/api/workspaces/${c.workspaceId}/members`;
    const own = await c.member.client.send('patch', `${base}/${c.member.id}`, {
      organisation: { type: 'police', name: 'Polizeirevier Zwickau' },
    });
    expect(own.status).toBe(200);
    expect(own.body.organisation.name).toBe('Polizeirevier Zwickau');
    expect(
      (await c.member.client.send('patch', `${base}/${c.member.id}`, { role: 'admin' })).status,
    ).toBe(403);
    expect(
      (
        await c.member.client.send('patch', `${base}/${c.guest.id}`, {
          organisation: { type: 'other', name: 'X' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await c.guest.client.send('patch', `${base}/${c.guest.id}`, {
          organisation: { type: 'other', name: 'X' },
        })
      ).status,
    ).toBe(403);
    expect((await c.guest.client.send('delete', `${base}/${c.member.id}`)).status).toBe(403);
    expect(
      (
        await c.guest.client.send('patch', `/api/workspaces/${c.workspaceId}`, {
          description: 'Gast war hier',
        })
      ).status,
    ).toBe(403);
    expect((await MembershipModel.findOne({ userId: c.guest.id }).lean())?.organisation.name).toBe(
      'Org guest',
    );
  });

  it('never leaves a council without an admin', async () => {
    const c = await council();
    const base = `/api/workspaces/${c.workspaceId}`;
    for (const res of [
      await c.admin.client.send('patch', `${base}/members/${c.admin.id}`, { role: 'member' }),
      await c.admin.client.send('post', `${base}/leave`),
      await c.admin.client.send('delete', `${base}/members/${c.admin.id}`),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.error.id).toBe('last_admin');
    }
    await c.admin.client.send('patch', `${base}/members/${c.member.id}`, { role: 'admin' });
    expect((await c.admin.client.send('post', `${base}/leave`)).status).toBe(204);
  });

  it('removes a member: their sockets leave the council room at once and they lose access', async () => {
    const c = await council();
    const socket = await joinRoom(c.member.client, c.workspaceId);
    await joinRoom(c.guest.client, c.workspaceId);
    expect((await roomMembers(c.workspaceId)).sort()).toEqual([c.member.id, c.guest.id].sort());
    const told = new Promise<MembershipChanged>((resolve) =>
      socket.once(ServerEvent.MembershipChanged, resolve),
    );

    expect(
      (
        await c.admin.client.send(
          'delete',
          `/api/workspaces/${c.workspaceId}/members/${c.member.id}`,
        )
      ).status,
    ).toBe(204);
    expect(await told).toEqual({ workspaceId: c.workspaceId, role: null });
    await eventually(async () => expect(await roomMembers(c.workspaceId)).toEqual([c.guest.id]));
    expect((await c.member.client.get(`/api/workspaces/${c.workspaceId}/members`)).status).toBe(
      404,
    );
    const again = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: c.workspaceId });
    expect(again).toMatchObject({ ok: false, error: { id: 'not_found' } });
    // The profile stays visible to every signed-in user.
    expect(
      (await c.member.client.get(`/api/workspaces/${c.workspaceId}`).expect(200)).body.myRole,
    ).toBeNull();
  });

  it('lets a member leave; their sockets leave the room too', async () => {
    const c = await council();
    await joinRoom(c.guest.client, c.workspaceId);
    expect(
      (await c.guest.client.send('post', `/api/workspaces/${c.workspaceId}/leave`)).status,
    ).toBe(204);
    await eventually(async () => expect(await roomMembers(c.workspaceId)).toEqual([]));
    expect(
      await MembershipModel.exists({ workspaceId: c.workspaceId, userId: c.guest.id }),
    ).toBeNull();
  });

  it('checks socket payloads and refuses rooms of councils one is not in', async () => {
    const c = await council();
    const outsider = await createUser();
    const client = new ApiClient(app.url);
    await client.login(outsider.email, outsider.password);
    const socket = connectSocket(app.url, client.cookieHeader());
    sockets.push(socket);
    await whenConnected(socket);
    const bad = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { id: 'validation_failed' } });
    const refused = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: c.workspaceId });
    expect(refused).toMatchObject({ ok: false, error: { id: 'not_found' } });
    expect(await roomMembers(c.workspaceId)).toEqual([]);
  });

  it('answers 404 for unknown members and councils', async () => {
    const c = await council();
    const missing = '0123456789abcdef01234567';
    expect(
      (await c.admin.client.send('delete', `/api/workspaces/${c.workspaceId}/members/${missing}`))
        .status,
    ).toBe(404);
    expect((await c.admin.client.get(`/api/workspaces/${missing}/members`)).status).toBe(404);
    expect((await c.admin.client.get(`/api/workspaces/${missing}`)).status).toBe(404);
  });
});
