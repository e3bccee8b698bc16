import { ClientEvent, VISIBILITIES, type WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../../../server/src/auth/actor';
import { findSessionUser } from '../../../server/src/auth/auth.service';
import { AppError } from '../../../server/src/errors';
import {
  contentAccess,
  requireAccess,
  resolveContentAccess,
} from '../../../server/src/workspaces/access';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';
import {
  CONTENT_ACCESS,
  MATRIX_ROLES,
  ROOM_JOIN,
  WORKSPACE_ENDPOINTS,
  type MatrixFixture,
  type MatrixRole,
} from './permission-matrix';

let app: TestServer;
const callers = {} as Record<MatrixRole, { client: ApiClient; actor: Actor | null }>;
const COUNCIL_ROLES: Partial<Record<MatrixRole, WorkspaceRole>> = {
  admin: 'admin',
  member: 'member',
  guest: 'guest',
};

beforeAll(async () => {
  app = await startTestServer();
  for (const role of MATRIX_ROLES) {
    const client = new ApiClient(app.url);
    if (role === 'anonymous') {
      await client.refreshSession();
      callers[role] = { client, actor: null };
      continue;
    }
    const user = await createUser({
      name: `Matrix ${role}`,
      platformRoles: role === 'coordinator' ? ['coordinator'] : [],
    });
    await client.login(user.email, user.password);
    callers[role] = { client, actor: await findSessionUser(user.id) };
  }
});
afterAll(() => app.close());

/** A fresh council per case: the callers in their roles, a second admin and a member to act on. */
async function fixture(): Promise<MatrixFixture> {
  const workspaceId = (await createWorkspace())._id.toHexString();
  for (const [role, councilRole] of Object.entries(COUNCIL_ROLES)) {
    await addMember(workspaceId, callers[role as MatrixRole].actor!.id, councilRole);
  }
  await addMember(workspaceId, (await createUser()).id, 'admin');
  const target = await createUser();
  await addMember(workspaceId, target.id, 'member');
  return { workspaceId, targetUserId: target.id };
}

describe('content visibility, through the shared policy against the real database', () => {
  const cases = VISIBILITIES.flatMap((visibility) =>
    MATRIX_ROLES.map((role) => [visibility, role] as const),
  );
  let council: MatrixFixture;
  beforeAll(async () => {
    council = await fixture();
  });

  it.each(cases)('%s content, %s', async (visibility, role) => {
    const expected = CONTENT_ACCESS[visibility][role];
    const { actor } = callers[role];
    expect(await resolveContentAccess(actor, council.workspaceId, visibility)).toBe(expected);
    const status = (needed: 'read' | 'write') => {
      try {
        requireAccess(expected, needed, 'Item');
        return 200;
      } catch (error) {
        return (error as AppError).status;
      }
    };
    expect(status('read')).toBe(expected === 'none' ? 404 : 200);
    expect(status('write')).toBe(expected === 'none' ? 404 : expected === 'read' ? 403 : 200);
  });
});

describe('council endpoints', () => {
  const cases = WORKSPACE_ENDPOINTS.flatMap((endpoint) =>
    MATRIX_ROLES.map((role) => [endpoint.name, role, endpoint] as const),
  );

  it.each(cases)('%s as %s', async (_name, role, endpoint) => {
    const f = await fixture();
    const { client } = callers[role];
    const path = endpoint.path(f);
    const res =
      endpoint.method === 'get'
        ? await client.get(path)
        : await client.send(endpoint.method, path, endpoint.body?.(f));
    expect({ status: res.status, error: res.body?.error?.id }).toMatchObject({
      status: endpoint.status[role],
    });
  });
});

describe('the council room', () => {
  it.each(MATRIX_ROLES)('join as %s', async (role) => {
    const f = await fixture();
    const socket = connectSocket(
      app.url,
      role === 'anonymous' ? undefined : callers[role].client.cookieHeader(),
    );
    try {
      if (ROOM_JOIN[role] === 'unauthenticated') {
        await expect(whenConnected(socket)).rejects.toThrow('unauthenticated');
        return;
      }
      await whenConnected(socket);
      const ack = await socket
        .timeout(2000)
        .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: f.workspaceId });
      expect(ack.ok ? 'ok' : ack.error.id).toBe(ROOM_JOIN[role]);
    } finally {
      socket.close();
    }
  });
});

describe('across councils', () => {
  it('an admin of one council reading another council’s internals gets 404, as if it did not exist', async () => {
    const mine = await fixture();
    const theirs = await fixture();
    const outsider = await createUser();
    await addMember(mine.workspaceId, outsider.id, 'admin');
    const client = new ApiClient(app.url);
    await client.login(outsider.email, outsider.password);
    for (const part of ['members', 'invitations', 'audit', 'activity', 'outbox']) {
      const res = await client.get(`/api/workspaces/${theirs.workspaceId}/${part}`);
      expect({ part, status: res.status, id: res.body.error?.id }).toEqual({
        part,
        status: 404,
        id: 'not_found',
      });
      await client.get(`/api/workspaces/${mine.workspaceId}/${part}`).expect(200);
    }
    const actor = await findSessionUser(outsider.id);
    expect(contentAccess(actor, null, 'workspace')).toBe('none');
    expect(await resolveContentAccess(actor, theirs.workspaceId, 'workspace')).toBe('none');
    expect(() => requireAccess('none', 'read', 'Project')).toThrow(
      expect.objectContaining({ status: 404, id: 'not_found' }),
    );
  });

  it('platform admins read any council’s outbox, but not its internals', async () => {
    const f = await fixture();
    const operator = await createUser({ platformRoles: ['admin'] });
    const client = new ApiClient(app.url);
    await client.login(operator.email, operator.password);
    await client.get(`/api/workspaces/${f.workspaceId}/outbox`).expect(200);
    await client.get('/api/outbox').expect(200);
    expect((await client.get(`/api/workspaces/${f.workspaceId}/members`)).status).toBe(404);
    expect((await callers.admin.client.get('/api/outbox')).status).toBe(403);
  });
});
