import { randomBytes } from 'node:crypto';
import type { OrganisationType, PlatformRole, WorkspaceRole } from '@pnetz/shared';
import { hashPassword } from '../../server/src/auth/password';
import { UserModel } from '../../server/src/auth/user.model';
import { MembershipModel } from '../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../server/src/workspaces/workspace.model';

export const TEST_PASSWORD = 'Test-Passwort-1';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function createUser(
  overrides: {
    email?: string;
    name?: string;
    platformRoles?: PlatformRole[];
    password?: string;
  } = {},
) {
  const hash = overrides.password
    ? hashPassword(overrides.password)
    : (passwordHash ??= hashPassword(TEST_PASSWORD));
  const user = await UserModel.create({
    email: overrides.email ?? `user-${unique()}@test.example`,
    name: overrides.name ?? 'Test Person',
    platformRoles: overrides.platformRoles ?? [],
    passwordHash: await hash,
  });
  return {
    user,
    email: user.email,
    password: overrides.password ?? TEST_PASSWORD,
    id: user._id.toHexString(),
  };
}

export async function createWorkspace(
  overrides: { name?: string; municipality?: string; district?: string; population?: number } = {},
) {
  const municipality = overrides.municipality ?? `Gemeinde ${unique()}`;
  return WorkspaceModel.create({
    name: overrides.name ?? `Kommunaler Präventionsrat ${municipality}`,
    municipality,
    district: overrides.district ?? 'Landkreis Test',
    population: overrides.population ?? 5000,
  });
}

export async function addMember(
  workspaceId: { toHexString(): string } | string,
  userId: string,
  role: WorkspaceRole,
  organisation: { type: OrganisationType; name: string } = {
    type: 'municipal',
    name: 'Verwaltung',
  },
) {
  return MembershipModel.create({
    workspaceId: typeof workspaceId === 'string' ? workspaceId : workspaceId.toHexString(),
    userId,
    role,
    organisation,
  });
}

export async function createPlan(
  workspaceId: { toHexString(): string } | string,
  createdBy: string,
  overrides: {
    title?: string;
    visibility?: 'workspace' | 'network' | 'public';
    archived?: boolean;
  } = {},
) {
  const { PlanModel } = await import('../../server/src/plans/plan.model');
  return PlanModel.create({
    workspaceId: typeof workspaceId === 'string' ? workspaceId : workspaceId.toHexString(),
    title: overrides.title ?? 'Handlungskonzept 2025–2027',
    kind: 'action_plan',
    visibility: overrides.visibility ?? 'workspace',
    archived: overrides.archived ?? false,
    createdBy,
  });
}
