import { ClientEvent, VISIBILITIES, type Visibility, type WorkspaceRole } from '@pnetz/shared';
import type { AccessLevel } from '../../../server/src/workspaces/access';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { completeProject, pngBytes, upload } from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';
import { CONTENT_ACCESS, MATRIX_ROLES, type MatrixRole } from '../workspaces/permission-matrix';

/**
 * The projects' rows of the permission matrix, derived from the shared content table
 * (CONTENT_ACCESS): reading needs `read` (else 404), changing needs `write` (else 403, or 404 for
 * who cannot even see it). Deleting a published project is the council admins' business.
 */
let app: TestServer;
const clients = {} as Record<MatrixRole, ApiClient>;
const COUNCIL_ROLES: Partial<Record<MatrixRole, WorkspaceRole>> = {
  admin: 'admin',
  member: 'member',
  guest: 'guest',
};
let workspaceId = '';
let author: ApiClient;
const projects = {} as Record<Visibility, string>;

beforeAll(async () => {
  app = await startTestServer();
  workspaceId = (await createWorkspace())._id.toHexString();
  for (const role of MATRIX_ROLES) {
    clients[role] = new ApiClient(app.url);
    if (role === 'anonymous') {
      await clients[role].refreshSession();
      continue;
    }
    const user = await createUser({ platformRoles: role === 'coordinator' ? ['coordinator'] : [] });
    await clients[role].login(user.email, user.password);
    if (COUNCIL_ROLES[role]) await addMember(workspaceId, user.id, COUNCIL_ROLES[role]);
  }
  const creator = await createUser();
  await addMember(workspaceId, creator.id, 'member');
  author = new ApiClient(app.url);
  await author.login(creator.email, creator.password);
  for (const visibility of VISIBILITIES) projects[visibility] = await newProject(visibility);
});
afterAll(() => app.close());

async function newProject(visibility: Visibility): Promise<string> {
  const res = await author.send(
    'post',
    `/api/workspaces/${workspaceId}/projects`,
    completeProject({ visibility }),
  );
  expect(res.status).toBe(201);
  return res.body.id as string;
}

type Needed = 'read' | 'write' | 'admin';
const expected = (
  level: AccessLevel,
  role: MatrixRole,
  needed: Needed,
  success: number,
): number => {
  if (role === 'anonymous') return 401; // every project endpoint needs a session
  if (level === 'none') return 404;
  if (needed === 'admin') return role === 'admin' ? success : 403;
  if (needed === 'write' && level !== 'write') return 403;
  return success;
};

interface Row {
  name: string;
  needed: Needed;
  success: number;
  request: (client: ApiClient, projectId: string) => Promise<{ status: number }>;
  /** Destroys or changes the project: run against a fresh one. */
  fresh?: boolean;
}

const ROWS: Row[] = [
  {
    name: 'read the project',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}`),
  },
  {
    name: 'read its updates',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}/updates`),
  },
  {
    name: 'read its comments',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}/comments`),
  },
  {
    name: 'read its files',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}/attachments`),
  },
  {
    name: 'read its measures',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}/measures`),
  },
  {
    name: 'read its activity',
    needed: 'read',
    success: 200,
    request: (c, id) => c.get(`/api/projects/${id}/activity`),
  },
  {
    name: 'follow it',
    needed: 'read',
    success: 200,
    request: (c, id) => c.send('put', `/api/projects/${id}/follow`, { following: true }),
  },
  {
    name: 'change it',
    needed: 'write',
    success: 200,
    request: (c, id) => c.send('patch', `/api/projects/${id}`, { status: 'paused' }),
  },
  {
    name: 'post an update',
    needed: 'write',
    success: 201,
    request: (c, id) => c.send('post', `/api/projects/${id}/updates`, { text: 'Neu' }),
  },
  {
    name: 'comment on it',
    needed: 'write',
    success: 201,
    request: (c, id) => c.send('post', `/api/projects/${id}/comments`, { text: 'Gut' }),
  },
  {
    name: 'upload a file',
    needed: 'write',
    success: 201,
    request: (c, id) => upload(c, id, pngBytes(), { filename: 'a.png' }),
  },
  {
    name: 'delete it',
    needed: 'admin',
    success: 204,
    fresh: true,
    request: (c, id) => c.send('delete', `/api/projects/${id}`),
  },
];

describe('project endpoints by visibility and caller', () => {
  const cases = ROWS.flatMap((row) =>
    VISIBILITIES.flatMap((visibility) =>
      MATRIX_ROLES.map((role) => [row.name, visibility, role, row] as const),
    ),
  );
  it.each(cases)('%s (%s) as %s', async (_name, visibility, role, row) => {
    const projectId = row.fresh ? await newProject(visibility) : projects[visibility];
    const res = await row.request(clients[role], projectId);
    expect(res.status).toBe(
      expected(CONTENT_ACCESS[visibility][role], role, row.needed, row.success),
    );
  });
});

describe('the council feed and the project room', () => {
  it.each(MATRIX_ROLES)('council feed as %s', async (role) => {
    const res = await clients[role].get(`/api/workspaces/${workspaceId}/feed`);
    expect(res.status).toBe(role === 'anonymous' ? 401 : COUNCIL_ROLES[role] ? 200 : 404);
  });

  const cases = VISIBILITIES.flatMap((visibility) =>
    MATRIX_ROLES.filter((r) => r !== 'anonymous').map((role) => [visibility, role] as const),
  );
  it.each(cases)('join the room of a %s project as %s', async (visibility, role) => {
    const socket = connectSocket(app.url, clients[role].cookieHeader());
    try {
      await whenConnected(socket);
      const ack = await socket
        .timeout(2000)
        .emitWithAck(ClientEvent.ProjectJoin, { projectId: projects[visibility] });
      expect(ack.ok ? 'ok' : ack.error.id).toBe(
        CONTENT_ACCESS[visibility][role] === 'none' ? 'not_found' : 'ok',
      );
    } finally {
      socket.close();
    }
  });
});
