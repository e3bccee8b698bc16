import type { DeleteAccountBody } from '@pnetz/shared';
import mongoose from 'mongoose';
import type { SessionEvents } from '../auth/session-events';
import { verifyPassword } from '../auth/password';
import { UserModel, type User } from '../auth/user.model';
import { recordAudit } from '../audit/audit.service';
import { AppError, notFound, validationFailed } from '../errors';
import { withAdminLocks } from '../workspaces/admin-lock';
import { InvitationModel } from '../workspaces/invitation.model';
import { MembershipModel } from '../workspaces/membership.model';
import type { WorkspaceEvents } from '../workspaces/workspace-events';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { AccessChanges } from '../realtime/access-changes';
import type { PersonalData } from './personal-data';

export interface DeletionDeps {
  sessions: SessionEvents;
  events: WorkspaceEvents;
  access: AccessChanges;
  personalData: readonly PersonalData[];
}

/** Deleting an account needs the password again, or the typed address for sign-on-only accounts. */
async function confirmIdentity(user: User, body: DeleteAccountBody): Promise<void> {
  if (user.passwordHash) {
    if (!body.password) throw validationFailed([{ path: 'body.password', message: 'is required' }]);
    if (!(await verifyPassword(user.passwordHash, body.password))) {
      throw validationFailed(
        [{ path: 'body.password', message: 'is wrong' }],
        'The password is wrong',
      );
    }
    return;
  }
  if (body.confirmEmail !== user.email) {
    throw validationFailed([
      { path: 'body.confirmEmail', message: 'must be the e-mail address of the account' },
    ]);
  }
}

/** Councils the person is the only admin of: deleting the account would orphan them. */
async function soleAdminOf(userId: string): Promise<string[]> {
  const administered = await MembershipModel.find(
    { userId, role: 'admin' },
    { workspaceId: 1 },
  ).lean();
  const orphaned: string[] = [];
  for (const { workspaceId } of administered) {
    const others = await MembershipModel.countDocuments({
      workspaceId,
      role: 'admin',
      userId: { $ne: userId },
    });
    if (others === 0) orphaned.push(workspaceId.toHexString());
  }
  return orphaned;
}

/** Ends every session of the person and disconnects their sockets. */
export async function endAllSessions(userId: string, sessions: SessionEvents): Promise<void> {
  const store = mongoose.connection.collection<{ _id: string }>('sessions');
  const open = await store.find({ 'session.userId': userId }, { projection: { _id: 1 } }).toArray();
  await store.deleteMany({ 'session.userId': userId });
  for (const { _id } of open) sessions.ended(_id);
}

/**
 * Deletes an account (DSGVO Art. 17). Personal data goes: the account, memberships, the address
 * in invitations and in the outbox, sessions. Content and audit entries stay; they keep only the
 * user id, which from now on resolves to "ehemaliges Mitglied" (see attribution.ts).
 */
export async function deleteAccount(
  userId: string,
  body: DeleteAccountBody,
  deps: DeletionDeps,
): Promise<void> {
  const user = await UserModel.findById(userId).lean();
  if (!user) throw notFound('User');
  await confirmIdentity(user, body);
  // Under the admin locks of the councils they run: two admins deleting their accounts at once
  // cannot both leave (see workspaces/admin-lock.ts).
  const administered = await MembershipModel.find(
    { userId, role: 'admin' },
    { workspaceId: 1 },
  ).lean();
  const memberships = await withAdminLocks(
    administered.map((m) => m.workspaceId.toHexString()),
    async () => {
      const orphaned = await soleAdminOf(userId);
      if (orphaned.length) {
        const names = (
          await WorkspaceModel.find({ _id: { $in: orphaned } }, { name: 1 }).lean()
        ).map((w) => w.name);
        throw new AppError(
          'last_admin',
          409,
          `Appoint another admin first in: ${names.join(', ')}`,
        );
      }
      const current = await MembershipModel.find({ userId }).lean();
      await MembershipModel.deleteMany({ userId });
      return current;
    },
  );
  await recordAudit(
    ...memberships.map((m) => ({
      workspaceId: m.workspaceId,
      action: 'member.account_deleted' as const,
      actorId: userId,
      target: { type: 'user' as const, id: userId },
      details: { role: m.role, organisationType: m.organisation.type },
    })),
    {
      workspaceId: null,
      action: 'member.account_deleted',
      actorId: userId,
      target: { type: 'user', id: userId },
    },
  );
  for (const m of memberships)
    deps.events.membershipChanged({ workspaceId: m.workspaceId.toHexString(), userId, role: null });

  const now = new Date();
  await InvitationModel.updateMany(
    { email: user.email, acceptedAt: null, revokedAt: null },
    { $set: { revokedAt: now } },
  );
  await InvitationModel.updateMany(
    { $or: [{ email: user.email }, { acceptedBy: user._id }] },
    { $set: { email: null } },
  );
  for (const declaration of deps.personalData) await declaration.erase?.(userId);

  await endAllSessions(userId, deps.sessions);
  await UserModel.deleteOne({ _id: user._id });
  await deps.access.publish({ kind: 'account', userId });
}
