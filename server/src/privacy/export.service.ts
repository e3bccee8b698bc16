import { PERSONAL_DATA_FORMAT, type PersonalDataExport } from '@pnetz/shared';
import { UserModel } from '../auth/user.model';
import { presentAuditEvents } from '../audit/audit.presenter';
import { auditEventsOfPerson, recordAudit } from '../audit/audit.service';
import { notFound } from '../errors';
import { InvitationModel, invitationStatus } from '../workspaces/invitation.model';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { PersonalData } from './personal-data';

/** Everything the platform holds about one person, as the JSON document they download. */
export async function buildPersonalDataExport(
  userId: string,
  personalData: readonly PersonalData[],
): Promise<PersonalDataExport> {
  const user = await UserModel.findById(userId).lean();
  if (!user) throw notFound('User');
  const [memberships, sent, received, audit] = await Promise.all([
    MembershipModel.find({ userId }).lean(),
    InvitationModel.find({ invitedBy: userId }).lean(),
    InvitationModel.find({ $or: [{ email: user.email }, { acceptedBy: userId }] }).lean(),
    auditEventsOfPerson(userId),
  ]);
  const workspaces = await WorkspaceModel.find(
    { _id: { $in: memberships.map((m) => m.workspaceId) } },
    { name: 1 },
  ).lean();
  const workspaceName = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
  const content: PersonalDataExport['content'] = {};
  for (const declaration of personalData) {
    if ('key' in declaration.export)
      content[declaration.export.key] = await declaration.export.collect(userId);
  }

  return {
    format: PERSONAL_DATA_FORMAT,
    exportedAt: new Date().toISOString(),
    profile: {
      id: user._id.toHexString(),
      email: user.email,
      name: user.name,
      language: user.language,
      platformRoles: [...user.platformRoles],
      createdAt: user.createdAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      signIn: { password: Boolean(user.passwordHash), singleSignOn: Boolean(user.oidcSubject) },
    },
    memberships: memberships.map((m) => ({
      workspaceId: m.workspaceId.toHexString(),
      workspaceName: workspaceName.get(m.workspaceId.toHexString()) ?? '',
      role: m.role,
      organisation: { type: m.organisation.type, name: m.organisation.name },
      joinedAt: m.createdAt.toISOString(),
    })),
    invitationsSent: sent.map((i) => ({
      id: i._id.toHexString(),
      workspaceId: i.workspaceId.toHexString(),
      email: i.email,
      role: i.role,
      status: invitationStatus(i),
      createdAt: i.createdAt.toISOString(),
    })),
    invitationsReceived: received.map((i) => ({
      id: i._id.toHexString(),
      workspaceId: i.workspaceId.toHexString(),
      role: i.role,
      status: invitationStatus(i),
      createdAt: i.createdAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
    })),
    auditEvents: await presentAuditEvents(audit),
    content,
  };
}

/** Records the download in the platform log (the person's own data, so no council's log). */
export async function recordPersonalExport(userId: string): Promise<void> {
  await recordAudit({
    workspaceId: null,
    action: 'data.exported',
    actorId: userId,
    target: { type: 'user', id: userId },
    details: { scope: 'personal' },
  });
}
