import type { Visibility } from '@pnetz/shared';
import type { AccessLevel } from '../../../server/src/workspaces/access';

/**
 * The permission matrix, as data. Each role is a caller relative to one council: its admin
 * (Geschäftsstelle), a member, a guest, a programme coordinator who is not a member, any other
 * signed-in user, and an anonymous visitor. Features add their rows here; the test runs them all.
 */
export const MATRIX_ROLES = [
  'admin',
  'member',
  'guest',
  'coordinator',
  'nonMember',
  'anonymous',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

type PerRole<T> = Record<MatrixRole, T>;
const row = <T>(
  admin: T,
  member: T,
  guest: T,
  coordinator: T,
  nonMember: T,
  anonymous: T,
): PerRole<T> => ({
  admin,
  member,
  guest,
  coordinator,
  nonMember,
  anonymous,
});

/** Content of a council by visibility: what each caller may do (server/src/workspaces/access.ts). */
export const CONTENT_ACCESS: Record<Visibility, PerRole<AccessLevel>> = {
  workspace: row('write', 'write', 'read', 'none', 'none', 'none'),
  network: row('write', 'write', 'read', 'read', 'read', 'none'),
  public: row('write', 'write', 'read', 'read', 'read', 'read'),
};

/** What a fixture offers a request: the council and a member to act on. */
export interface MatrixFixture {
  workspaceId: string;
  /** A plain member that rows may change or remove. */
  targetUserId: string;
}

export interface EndpointRow {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: (f: MatrixFixture) => string;
  body?: (f: MatrixFixture) => unknown;
  /** Expected HTTP status per caller: 404 where the council's internals are invisible. */
  status: PerRole<number>;
}

let unique = 0;

/** The council's own endpoints. */
export const WORKSPACE_ENDPOINTS: EndpointRow[] = [
  {
    name: 'read the profile',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}`,
    status: row(200, 200, 200, 200, 200, 401),
  },
  {
    name: 'change the settings',
    method: 'patch',
    path: (f) => `/api/workspaces/${f.workspaceId}`,
    body: () => ({ description: 'Geändert' }),
    status: row(200, 403, 403, 404, 404, 401),
  },
  {
    name: 'list members',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}/members`,
    status: row(200, 200, 200, 404, 404, 401),
  },
  {
    name: "change a member's role",
    method: 'patch',
    path: (f) => `/api/workspaces/${f.workspaceId}/members/${f.targetUserId}`,
    body: () => ({ role: 'guest' }),
    status: row(200, 403, 403, 404, 404, 401),
  },
  {
    name: 'remove a member',
    method: 'delete',
    path: (f) => `/api/workspaces/${f.workspaceId}/members/${f.targetUserId}`,
    status: row(204, 403, 403, 404, 404, 401),
  },
  {
    name: 'leave',
    method: 'post',
    path: (f) => `/api/workspaces/${f.workspaceId}/leave`,
    status: row(204, 204, 204, 404, 404, 401),
  },
  {
    name: 'list invitations',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}/invitations`,
    status: row(200, 403, 403, 404, 404, 401),
  },
  {
    name: 'invite',
    method: 'post',
    path: (f) => `/api/workspaces/${f.workspaceId}/invitations`,
    body: () => ({
      email: `matrix-${++unique}@test.example`,
      role: 'member',
      organisation: { type: 'school', name: 'Schule' },
    }),
    status: row(201, 403, 403, 404, 404, 401),
  },
  {
    name: 'read the audit log',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}/audit`,
    status: row(200, 403, 403, 404, 404, 401),
  },
  {
    name: 'read recent activity',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}/activity`,
    status: row(200, 200, 200, 404, 404, 401),
  },
  {
    name: 'read the outbox',
    method: 'get',
    path: (f) => `/api/workspaces/${f.workspaceId}/outbox`,
    status: row(200, 403, 403, 404, 404, 401),
  },
];

/** Joining the council's Socket.IO room: the ack's error id, or `ok`. */
export const ROOM_JOIN: PerRole<'ok' | 'not_found' | 'unauthenticated'> = row(
  'ok',
  'ok',
  'ok',
  'not_found',
  'not_found',
  'unauthenticated',
);
