import { LIMITS, type CreateInvitationBodySchema } from '@pnetz/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { recordAudit } from '../audit/audit.service';
import { conflict, notFound } from '../errors';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { invitationMail } from './invitation-mail';
import { InvitationModel, invitationStatus, type InvitationRecord } from './invitation.model';
import { invitationLink, newInvitationToken } from './invitation-token';
import { MembershipModel } from './membership.model';
import type { Workspace } from './workspace.model';

export interface InvitationDeps {
  mailer: Mailer;
  logger: Logger;
  /** Base URL of the web client, for the link in the mail. */
  appUrl: string;
}

type CreateInvitation = z.output<typeof CreateInvitationBodySchema>;

const validUntil = () => new Date(Date.now() + LIMITS.invitationValidDays * 24 * 60 * 60 * 1000);

/** Sends (or re-sends) the mail with a fresh link and records how it went out. */
async function deliver(
  invitation: InvitationRecord,
  token: string,
  workspace: Workspace,
  actor: Actor,
  deps: InvitationDeps,
): Promise<InvitationRecord> {
  return (await deliverWithLink(invitation, token, workspace, actor, deps)).invitation;
}

async function deliverWithLink(
  invitation: InvitationRecord,
  token: string,
  workspace: Workspace,
  actor: Actor,
  deps: InvitationDeps,
): Promise<{ invitation: InvitationRecord; link: string }> {
  const link = invitationLink(deps.appUrl, token);
  const mail = invitationMail({
    to: invitation.email!,
    language: invitation.language,
    workspaceId: workspace._id.toHexString(),
    workspaceName: workspace.name,
    inviterName: actor.name,
    role: invitation.role,
    organisationName: invitation.organisation.name,
    message: invitation.message,
    link,
    expiresAt: invitation.expiresAt,
  });
  let delivery: InvitationRecord['delivery'] = deps.mailer.transport === 'smtp' ? 'sent' : 'outbox';
  try {
    await deps.mailer.sendOnce(mail);
  } catch (error) {
    // The invitation stays valid; the admin sees the failure and can resend.
    deps.logger.warn(
      { err: error, invitationId: invitation._id.toHexString() },
      'invitation mail failed',
    );
    delivery = 'failed';
  }
  const updated = await InvitationModel.findByIdAndUpdate(
    invitation._id,
    { $set: { delivery }, $inc: { sendCount: 1 } },
    { returnDocument: 'after' },
  ).lean();
  return { invitation: updated ?? invitation, link };
}

/** Invites an address into a council; refuses members and addresses with a pending invitation. */
export async function createInvitation(
  actor: Actor,
  workspace: Workspace,
  body: CreateInvitation,
  deps: InvitationDeps,
): Promise<InvitationRecord> {
  return (await createInvitationWithLink(actor, workspace, body, deps)).invitation;
}

/**
 * `createInvitation`, also returning the link: for the person founding a council, who hands the
 * link to the first admin when the mail did not leave the platform.
 */
export async function createInvitationWithLink(
  actor: Actor,
  workspace: Workspace,
  body: CreateInvitation,
  deps: InvitationDeps,
): Promise<{ invitation: InvitationRecord; link: string }> {
  const existing = await UserModel.findOne({ email: body.email }, { _id: 1 }).lean();
  if (
    existing &&
    (await MembershipModel.exists({ workspaceId: workspace._id, userId: existing._id }))
  ) {
    throw conflict('This person is already a member', [
      { path: 'body.email', message: 'is already a member' },
    ]);
  }
  const open = await InvitationModel.findOne({
    workspaceId: workspace._id,
    email: body.email,
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { $gt: new Date() },
  }).lean();
  if (open) {
    throw conflict('There is a pending invitation for this address; resend it instead', [
      { path: 'body.email', message: 'has a pending invitation' },
    ]);
  }
  const { token, tokenHash } = newInvitationToken();
  const created = await InvitationModel.create({
    workspaceId: workspace._id,
    email: body.email,
    role: body.role,
    organisation: body.organisation,
    language: body.language,
    ...(body.message ? { message: body.message } : {}),
    tokenHash,
    expiresAt: validUntil(),
    invitedBy: actor.id,
  });
  await recordAudit({
    workspaceId: workspace._id,
    action: 'invitation.created',
    actorId: actor.id,
    target: { type: 'invitation', id: created._id },
    details: { role: body.role, organisationType: body.organisation.type },
  });
  return deliverWithLink(created.toObject(), token, workspace, actor, deps);
}

export async function listInvitations(workspaceId: string): Promise<InvitationRecord[]> {
  return InvitationModel.find({ workspaceId }).sort({ createdAt: -1, _id: -1 }).limit(500).lean();
}

async function findOpenInvitation(
  workspaceId: string,
  invitationId: string,
): Promise<InvitationRecord> {
  const invitation = await InvitationModel.findOne({ _id: invitationId, workspaceId }).lean();
  if (!invitation) throw notFound('Invitation');
  const status = invitationStatus(invitation);
  if (status === 'accepted' || status === 'revoked') {
    throw conflict(`The invitation was ${status} already`);
  }
  return invitation;
}

/** A new link with a new expiry; the old link stops working because its hash is replaced. */
export async function resendInvitation(
  actor: Actor,
  workspace: Workspace,
  invitationId: string,
  deps: InvitationDeps,
): Promise<InvitationRecord> {
  await findOpenInvitation(workspace._id.toHexString(), invitationId);
  const { token, tokenHash } = newInvitationToken();
  const renewed = await InvitationModel.findOneAndUpdate(
    { _id: invitationId, acceptedAt: null, revokedAt: null },
    { $set: { tokenHash, expiresAt: validUntil() } },
    { returnDocument: 'after' },
  ).lean();
  if (!renewed) throw conflict('The invitation was accepted or revoked meanwhile');
  await recordAudit({
    workspaceId: workspace._id,
    action: 'invitation.resent',
    actorId: actor.id,
    target: { type: 'invitation', id: renewed._id },
  });
  return deliver(renewed, token, workspace, actor, deps);
}

export async function revokeInvitation(
  actor: Actor,
  workspaceId: string,
  invitationId: string,
): Promise<void> {
  await findOpenInvitation(workspaceId, invitationId);
  const revoked = await InvitationModel.findOneAndUpdate(
    { _id: invitationId, acceptedAt: null, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedBy: actor.id } },
  ).lean();
  if (!revoked) throw conflict('The invitation was accepted or revoked meanwhile');
  await recordAudit({
    workspaceId,
    action: 'invitation.revoked',
    actorId: actor.id,
    target: { type: 'invitation', id: invitationId },
  });
}
