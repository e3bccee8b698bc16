import type { UpdateMemberBody, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { UserModel, type User } from '../auth/user.model';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import { AppError, notFound } from '../errors';
import { MembershipModel, type Membership } from './membership.model';
import type { WorkspaceEvents } from './workspace-events';

export interface MemberRecord {
  membership: Membership;
  user: Pick<User, '_id' | 'name' | 'email'>;
}

/** Members with their accounts, admins first, then by name. */
export async function listMembers(workspaceId: string): Promise<MemberRecord[]> {
  const memberships = await MembershipModel.find({ workspaceId }).lean();
  const users = await UserModel.find(
    { _id: { $in: memberships.map((m) => m.userId) } },
    { name: 1, email: 1 },
  ).lean();
  const byId = new Map(users.map((user) => [user._id.toHexString(), user]));
  const order: Record<WorkspaceRole, number> = { admin: 0, member: 1, guest: 2 };
  return memberships
    .flatMap((membership) => {
      const user = byId.get(membership.userId.toHexString());
      return user ? [{ membership, user }] : [];
    })
    .sort(
      (a, b) =>
        order[a.membership.role] - order[b.membership.role] ||
        a.user.name.localeCompare(b.user.name, 'de'),
    );
}

async function findMember(workspaceId: string, userId: string): Promise<MemberRecord> {
  const membership = Types.ObjectId.isValid(userId)
    ? await MembershipModel.findOne({ workspaceId, userId }).lean()
    : null;
  const user = membership ? await UserModel.findById(userId, { name: 1, email: 1 }).lean() : null;
  if (!membership || !user) throw notFound('Member');
  return { membership, user };
}

const lastAdmin = () =>
  new AppError(
    'last_admin',
    409,
    'A council needs at least one admin: appoint another admin first',
  );

/**
 * Refuses changes that would leave the council without an admin. The routes hold the council's
 * admin lock (admin-lock.ts) around the permission check, this check and the change, so two
 * admins demoting each other at the same moment run one after the other.
 */
async function ensureAnotherAdmin(workspaceId: string, userId: string): Promise<void> {
  const others = await MembershipModel.countDocuments({
    workspaceId,
    role: 'admin',
    userId: { $ne: userId },
  });
  if (others === 0) throw lastAdmin();
}

export interface MemberChangeDeps {
  events: WorkspaceEvents;
}

/** Changes a member's role and/or organisation; the routes have asked the policy who may. */
export async function updateMember(
  actor: Actor,
  workspaceId: string,
  userId: string,
  changes: UpdateMemberBody,
  deps: MemberChangeDeps,
): Promise<MemberRecord> {
  const { membership } = await findMember(workspaceId, userId);
  const entries: AuditEntry[] = [];
  const update: Partial<Membership> = {};
  const target = { type: 'user' as const, id: userId };
  if (changes.role && changes.role !== membership.role) {
    if (membership.role === 'admin') await ensureAnotherAdmin(workspaceId, userId);
    update.role = changes.role;
    entries.push({
      workspaceId,
      action: 'member.role_changed',
      actorId: actor.id,
      target,
      details: { from: membership.role, to: changes.role },
    });
  }
  if (
    changes.organisation &&
    (changes.organisation.type !== membership.organisation.type ||
      changes.organisation.name !== membership.organisation.name)
  ) {
    update.organisation = changes.organisation;
    entries.push({
      workspaceId,
      action: 'member.organisation_changed',
      actorId: actor.id,
      target,
      details: { from: membership.organisation.type, to: changes.organisation.type },
    });
  }
  if (entries.length) {
    await MembershipModel.updateOne({ _id: membership._id }, { $set: update });
    await recordAudit(...entries);
    if (update.role) deps.events.membershipChanged({ workspaceId, userId, role: update.role });
  }
  return findMember(workspaceId, userId);
}

async function endMembership(
  actor: Actor,
  workspaceId: string,
  userId: string,
  action: 'member.removed' | 'member.left',
  deps: MemberChangeDeps,
): Promise<void> {
  const { membership } = await findMember(workspaceId, userId);
  if (membership.role === 'admin') await ensureAnotherAdmin(workspaceId, userId);
  await MembershipModel.deleteOne({ _id: membership._id });
  await recordAudit({
    workspaceId,
    action,
    actorId: actor.id,
    target: { type: 'user', id: userId },
    details: { role: membership.role, organisationType: membership.organisation.type },
  });
  deps.events.membershipChanged({ workspaceId, userId, role: null });
}

/** Removes a member. Their content stays in the council, attributed to them. */
export function removeMember(
  actor: Actor,
  workspaceId: string,
  userId: string,
  deps: MemberChangeDeps,
): Promise<void> {
  return endMembership(
    actor,
    workspaceId,
    userId,
    userId === actor.id ? 'member.left' : 'member.removed',
    deps,
  );
}

export function leaveWorkspace(
  actor: Actor,
  workspaceId: string,
  deps: MemberChangeDeps,
): Promise<void> {
  return endMembership(actor, workspaceId, actor.id, 'member.left', deps);
}
