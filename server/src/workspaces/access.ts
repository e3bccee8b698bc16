import type { Visibility, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { anyOf, batchedRead, groupBy } from '../db/batched-read';
import { forbidden, notFound } from '../errors';
import { MembershipModel, type Membership } from './membership.model';

/**
 * The visibility rules every content feature (projects, plans, meetings, exchange) shares:
 *
 * | visibility | admin, member | guest | other signed-in users (incl. coordinators) | anonymous |
 * | ---------- | ------------- | ----- | ------------------------------------------ | --------- |
 * | workspace  | write         | read  | none                                       | none      |
 * | network    | write         | read  | read                                       | none      |
 * | public     | write         | read  | read                                       | read      |
 *
 * Programme coordinators see what is shared with the network like everyone signed in; a
 * council's internal content only where they are members themselves.
 */
export type AccessLevel = 'none' | 'read' | 'write';

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

/** Whether the level grants at least `needed`. */
export function allows(level: AccessLevel, needed: Exclude<AccessLevel, 'none'>): boolean {
  return RANK[level] >= RANK[needed];
}

/** The caller's role in one council, or null. */
export type RoleInWorkspace = WorkspaceRole | null;

/** Pure decision: what a caller with this role in the owning council may do with an item. */
export function contentAccess(
  actor: Actor | null,
  role: RoleInWorkspace,
  visibility: Visibility,
): AccessLevel {
  if (role === 'admin' || role === 'member') return 'write';
  if (role === 'guest') return 'read';
  if (visibility === 'public') return 'read';
  if (visibility === 'network' && actor) return 'read';
  return 'none';
}

/** The membership of a user in a council, or null (also for ids that are not object ids). */
export async function findMembership(
  userId: string | undefined | null,
  workspaceId: string,
): Promise<Membership | null> {
  if (!userId || !Types.ObjectId.isValid(userId) || !Types.ObjectId.isValid(workspaceId))
    return null;
  return MembershipModel.findOne({ userId, workspaceId }).lean();
}

/** The caller's role in a council (null for anonymous callers and non-members). */
export async function roleIn(actor: Actor | null, workspaceId: string): Promise<RoleInWorkspace> {
  return (await findMembership(actor?.id, workspaceId))?.role ?? null;
}

/**
 * The caller's role in every council they belong to, by council id: one read that needs no
 * council id, so it can run beside the read that finds out which council an item belongs to.
 */
export async function rolesOf(actor: Actor | null): Promise<Map<string, WorkspaceRole>> {
  if (!actor || !Types.ObjectId.isValid(actor.id)) return new Map();
  const memberships = await membershipsOf(actor.id);
  return new Map(memberships.map((m) => [m.workspaceId.toHexString(), m.role]));
}

/** Memberships of the people asked about in the same tick, in one read. */
const membershipsOf = batchedRead(async (userIds) => {
  const memberships = await MembershipModel.find(
    { userId: anyOf(userIds) },
    { userId: 1, workspaceId: 1, role: 1 },
  ).lean();
  return groupBy(memberships, (m) => m.userId.toHexString());
}, []);

/** Loads the caller's role and decides; for one item of a council. */
export async function resolveContentAccess(
  actor: Actor | null,
  workspaceId: string,
  visibility: Visibility,
): Promise<AccessLevel> {
  return contentAccess(actor, await roleIn(actor, workspaceId), visibility);
}

/**
 * Throws unless the level grants `needed`. Items the caller may not even see answer 404, so the
 * existence of another council's internal content does not leak; items they may see but not
 * change answer 403.
 */
export function requireAccess(
  level: AccessLevel,
  needed: Exclude<AccessLevel, 'none'>,
  what = 'Resource',
): void {
  if (level === 'none') throw notFound(what);
  if (!allows(level, needed)) throw forbidden(`${what} is read-only for you`);
}

/**
 * The Mongo filter for the items of many councils a caller may list: their councils' items of any
 * visibility, everyone else's network (signed in) or public items.
 */
export async function visibleContentFilter(actor: Actor | null): Promise<Record<string, unknown>> {
  if (!actor) return { visibility: 'public' };
  const memberships = await MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean();
  return {
    $or: [
      { workspaceId: { $in: memberships.map((m) => m.workspaceId) } },
      { visibility: { $in: ['network', 'public'] } },
    ],
  };
}
