import {
  PasswordSchema,
  type AcceptInvitationBody,
  type InvitationPreview,
  type SessionUser,
} from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import type { LoginLimiter } from '../auth/login-limiter';
import { hashPassword, verifyPassword } from '../auth/password';
import { UserModel } from '../auth/user.model';
import { presentSessionUser } from '../auth/user.presenter';
import { recordAudit } from '../audit/audit.service';
import { AppError, conflict, invalidCredentials, notFound, validationFailed } from '../errors';
import { resolvePeople } from '../privacy/attribution';
import { InvitationModel, invitationStatus, type InvitationRecord } from './invitation.model';
import { hashInvitationToken } from './invitation-token';
import { MembershipModel } from './membership.model';
import type { WorkspaceEvents } from './workspace-events';
import { WorkspaceModel } from './workspace.model';

const GONE: Record<'expired' | 'accepted' | 'revoked', () => AppError> = {
  expired: () =>
    new AppError('invitation_expired', 410, 'The invitation has expired; ask for a new one'),
  accepted: () => new AppError('invitation_used', 410, 'The invitation was used already'),
  revoked: () => new AppError('invitation_revoked', 410, 'The invitation was revoked'),
};

/** An invitation whose address is still known. */
type LiveInvitation = InvitationRecord & { email: string };

async function findByToken(token: string): Promise<LiveInvitation> {
  const invitation = await InvitationModel.findOne({
    tokenHash: hashInvitationToken(token),
  }).lean();
  // A redacted address means the invitee deleted their account: the link is dead for good.
  if (!invitation || invitation.email === null) throw notFound('Invitation');
  return { ...invitation, email: invitation.email };
}

/** What the accept page shows. The token is the credential, so this needs no session. */
export async function previewInvitation(token: string): Promise<InvitationPreview> {
  const invitation = await findByToken(token);
  const [workspace, people, account] = await Promise.all([
    WorkspaceModel.findById(invitation.workspaceId, { name: 1, municipality: 1 }).lean(),
    resolvePeople([invitation.invitedBy]),
    UserModel.exists({ email: invitation.email }),
  ]);
  if (!workspace) throw notFound('Invitation');
  return {
    status: invitationStatus(invitation),
    workspace: {
      id: workspace._id.toHexString(),
      name: workspace.name,
      municipality: workspace.municipality,
    },
    email: invitation.email,
    role: invitation.role,
    organisation: { type: invitation.organisation.type, name: invitation.organisation.name },
    invitedBy: people.ref(invitation.invitedBy),
    expiresAt: invitation.expiresAt.toISOString(),
    accountExists: account !== null,
  };
}

export interface AcceptInput {
  token: string;
  actor: Actor | null;
  body: AcceptInvitationBody;
  limiter: LoginLimiter;
  ip: string;
  events: WorkspaceEvents;
}

export interface Accepted {
  user: SessionUser;
  workspaceId: string;
  /** Whether the person was signed in through this acceptance (rather than before it). */
  signedIn: boolean;
}

/** Finds the account the invitation goes to: the signed-in one, an existing one, or none yet. */
async function resolveAccount(
  invitation: LiveInvitation,
  input: AcceptInput,
): Promise<{ user: SessionUser | null; signedIn: boolean }> {
  if (input.actor) {
    if (input.actor.email !== invitation.email) {
      throw new AppError(
        'email_mismatch',
        409,
        'You are signed in with another e-mail address than the invited one',
      );
    }
    return { user: input.actor, signedIn: false };
  }
  const email = invitation.email;
  const existing = await UserModel.findOne({ email });
  if (!existing) {
    const fields = [
      ...(input.body.name ? [] : [{ path: 'body.name', message: 'is required for a new account' }]),
      ...(PasswordSchema.safeParse(input.body.password ?? '').error?.issues.map((issue) => ({
        path: 'body.password',
        message: issue.message,
      })) ?? []),
    ];
    if (fields.length) throw validationFailed(fields);
    return { user: null, signedIn: true };
  }
  if (!input.body.password) {
    throw validationFailed([
      { path: 'body.password', message: 'is required to sign in to your existing account' },
    ]);
  }
  // The same throttling as the login form: the accept page must not become a password oracle.
  const password = input.body.password;
  const valid = await input.limiter.attempt(email, input.ip, () =>
    verifyPassword(existing.passwordHash, password),
  );
  if (!valid) throw invalidCredentials();
  return { user: presentSessionUser(existing), signedIn: true };
}

/**
 * Accepts an invitation once: claims it atomically (a second use, even a concurrent one, fails),
 * creates the account when needed, adds the membership and records both in the audit log.
 */
export async function acceptInvitation(input: AcceptInput): Promise<Accepted> {
  const invitation = await findByToken(input.token);
  const status = invitationStatus(invitation);
  if (status !== 'pending') throw GONE[status]();
  const resolved = await resolveAccount(invitation, input);
  if (
    resolved.user &&
    (await MembershipModel.exists({
      workspaceId: invitation.workspaceId,
      userId: resolved.user.id,
    }))
  ) {
    throw conflict('You are a member of this council already');
  }

  const claimed = await InvitationModel.findOneAndUpdate(
    {
      _id: invitation._id,
      tokenHash: invitation.tokenHash,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    },
    { $set: { acceptedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean();
  if (!claimed) {
    // Someone else won the race (a concurrent accept, a revoke): report what happened.
    const now = invitationStatus(await findByToken(input.token));
    throw now === 'pending' ? GONE.accepted() : GONE[now]();
  }

  let user = resolved.user;
  try {
    if (!user) {
      const created = await UserModel.create({
        email: invitation.email,
        name: input.body.name,
        passwordHash: await hashPassword(input.body.password!),
        lastLoginAt: new Date(),
      });
      user = presentSessionUser(created);
    }
    await MembershipModel.create({
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role: invitation.role,
      organisation: invitation.organisation,
    });
  } catch (error) {
    // Without transactions: give the invitation back so that the invitee can try again.
    await InvitationModel.updateOne({ _id: invitation._id }, { $set: { acceptedAt: null } });
    if ((error as { code?: number }).code === 11000)
      throw conflict('The account or membership exists already');
    throw error;
  }
  await InvitationModel.updateOne({ _id: invitation._id }, { $set: { acceptedBy: user.id } });

  const workspaceId = invitation.workspaceId.toHexString();
  await recordAudit(
    {
      workspaceId,
      action: 'invitation.accepted',
      actorId: user.id,
      target: { type: 'invitation', id: invitation._id },
    },
    {
      workspaceId,
      action: 'member.joined',
      actorId: user.id,
      target: { type: 'user', id: user.id },
      details: { role: invitation.role, organisationType: invitation.organisation.type },
    },
  );
  input.events.membershipChanged({ workspaceId, userId: user.id, role: invitation.role });
  return { user, workspaceId, signedIn: resolved.signedIn };
}
