import type { Types } from 'mongoose';
import pino from 'pino';
import { presentSessionUser } from '../auth/user.presenter';
import type { User } from '../auth/user.model';
import { recordAudit } from '../audit/audit.service';
import { outboxMailer } from '../mail/mailer';
import { createInvitation } from '../workspaces/invitations.service';
import type { Workspace } from '../workspaces/workspace.model';

/**
 * A council's history for the demo: everyone's joining in the audit log, and one pending
 * invitation (with its mail in the outbox) so that the invitation pages are not empty.
 */
export async function seedCouncilHistory(
  workspace: Workspace,
  members: Array<{ user: User; role: string }>,
  options: { appUrl: string; invite?: { email: string; organisation: string } },
): Promise<void> {
  await recordAudit(
    ...members.map(({ user, role }) => ({
      workspaceId: workspace._id,
      action: 'member.joined' as const,
      actorId: user._id,
      target: { type: 'user' as const, id: user._id as Types.ObjectId },
      details: { role },
    })),
  );
  const admin = members.find((member) => member.role === 'admin');
  if (!options.invite || !admin) return;
  await createInvitation(
    presentSessionUser(admin.user),
    workspace,
    {
      email: options.invite.email,
      role: 'member',
      organisation: { type: 'municipal', name: options.invite.organisation },
      language: 'de',
      message: 'Wir würden uns freuen, wenn das Jugendamt im Präventionsrat mitarbeitet.',
    },
    { mailer: outboxMailer(), logger: pino({ level: 'silent' }), appUrl: options.appUrl },
  );
}
