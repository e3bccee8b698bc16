import {
  ADMIN_PAGE_SIZE,
  type AdminUser,
  type CreatedWorkspace,
  type CreateWorkspaceBodySchema,
  type PlatformRole,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { UserModel, type User } from '../auth/user.model';
import { recordAudit } from '../audit/audit.service';
import { conflict, notFound } from '../errors';
import { createInvitationWithLink, type InvitationDeps } from '../workspaces/invitations.service';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function present(users: User[]): Promise<AdminUser[]> {
  const counts = await MembershipModel.aggregate<{ _id: Types.ObjectId; count: number }>([
    { $match: { userId: { $in: users.map((user) => user._id) } } },
    { $group: { _id: '$userId', count: { $sum: 1 } } },
  ]);
  const countOf = new Map(counts.map((entry) => [entry._id.toHexString(), entry.count]));
  return users.map((user) => ({
    id: user._id.toHexString(),
    email: user.email,
    name: user.name,
    platformRoles: [...user.platformRoles],
    language: user.language,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    active: !user.deactivatedAt,
    membershipCount: countOf.get(user._id.toHexString()) ?? 0,
  }));
}

export async function listUsers(query: { q?: string | undefined; page: number }) {
  const filter = query.q
    ? {
        $or: [
          { email: { $regex: escapeRegex(query.q), $options: 'i' } },
          { name: { $regex: escapeRegex(query.q), $options: 'i' } },
        ],
      }
    : {};
  const [users, total] = await Promise.all([
    UserModel.find(filter)
      .sort({ name: 1, _id: 1 })
      .skip((query.page - 1) * ADMIN_PAGE_SIZE)
      .limit(ADMIN_PAGE_SIZE)
      .lean(),
    UserModel.countDocuments(filter),
  ]);
  return { items: await present(users), total, page: query.page, pageSize: ADMIN_PAGE_SIZE };
}

/** Sets platform roles; refuses to remove the last platform admin, so the platform stays operable. */
export async function setPlatformRoles(
  actor: Actor,
  userId: string,
  roles: PlatformRole[],
): Promise<AdminUser> {
  const user = Types.ObjectId.isValid(userId) ? await UserModel.findById(userId) : null;
  if (!user) throw notFound('User');
  const next = [...new Set(roles)];
  if (user.platformRoles.includes('admin') && !next.includes('admin')) {
    const admins = await UserModel.countDocuments({ platformRoles: 'admin' });
    if (admins <= 1) {
      throw conflict('The platform needs at least one administrator', [
        { path: 'body.platformRoles', message: 'would remove the last administrator' },
      ]);
    }
  }
  const before = [...user.platformRoles].sort().join(',');
  user.platformRoles = next;
  await user.save();
  await recordAudit({
    workspaceId: null,
    action: 'platform.roles_changed',
    actorId: actor.id,
    target: { type: 'user', id: user._id },
    details: { from: before, to: [...next].sort().join(',') },
  });
  return (await present([user.toObject()]))[0]!;
}

/**
 * Deactivates or reactivates an account. A deactivated account cannot sign in and its open
 * sessions no longer authenticate; the caller publishes the access change so that its live
 * channels end. Admins cannot deactivate their own account, so an active admin always remains.
 */
export async function setAccountState(
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<AdminUser> {
  const user = Types.ObjectId.isValid(userId) ? await UserModel.findById(userId) : null;
  if (!user) throw notFound('User');
  if (!active && user._id.equals(actor.id)) {
    throw conflict('Administrators cannot deactivate their own account', [
      { path: 'params.id', message: 'is the signed-in account' },
    ]);
  }
  if (Boolean(user.deactivatedAt) !== !active) {
    user.deactivatedAt = active ? null : new Date();
    await user.save();
    await recordAudit({
      workspaceId: null,
      action: active ? 'account.reactivated' : 'account.deactivated',
      actorId: actor.id,
      target: { type: 'user', id: user._id },
    });
  }
  return (await present([user.toObject()]))[0]!;
}

/**
 * Founds a council. Its first admin joins at once when they already have an account, and is
 * invited by e-mail otherwise. When that mail did not leave the platform (no mail server, or it
 * failed), the founder gets the invitation link to hand over by other means.
 */
export async function createWorkspace(
  actor: Actor,
  body: z.output<typeof CreateWorkspaceBodySchema>,
  invitations: InvitationDeps,
): Promise<CreatedWorkspace> {
  if (await WorkspaceModel.exists({ name: body.name })) {
    throw conflict('A council with this name exists', [{ path: 'body.name', message: 'is taken' }]);
  }
  const { firstAdmin, ...profile } = body;
  const workspace = await WorkspaceModel.create(profile);
  await recordAudit({
    workspaceId: workspace._id,
    action: 'workspace.created',
    actorId: actor.id,
    target: { type: 'workspace', id: workspace._id },
  });
  const existing = await UserModel.findOne({ email: firstAdmin.email }, { _id: 1 }).lean();
  if (existing) {
    await MembershipModel.create({
      workspaceId: workspace._id,
      userId: existing._id,
      role: 'admin',
      organisation: firstAdmin.organisation,
    });
    await recordAudit({
      workspaceId: workspace._id,
      action: 'member.joined',
      actorId: actor.id,
      target: { type: 'user', id: existing._id },
      details: { role: 'admin', organisationType: firstAdmin.organisation.type },
    });
    return {
      id: workspace._id.toHexString(),
      name: workspace.name,
      firstAdmin: 'member',
      delivery: null,
      invitationLink: null,
    };
  }
  const { invitation, link } = await createInvitationWithLink(
    actor,
    workspace.toObject(),
    {
      email: firstAdmin.email,
      role: 'admin',
      organisation: firstAdmin.organisation,
      language: firstAdmin.language,
    },
    invitations,
  );
  const { delivery } = invitation;
  return {
    id: workspace._id.toHexString(),
    name: workspace.name,
    firstAdmin: 'invited',
    delivery,
    invitationLink: delivery === 'sent' ? null : link,
  };
}
