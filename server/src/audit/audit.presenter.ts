import type { AuditEvent } from '@pnetz/shared';
import { resolvePeople } from '../privacy/attribution';
import { InvitationModel } from '../workspaces/invitation.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { AuditEventRecord } from './audit-event.model';

/**
 * Presents audit entries, resolving who and what they are about at read time: people by their
 * current name (or "ehemaliges Mitglied"), invitations by their address, councils by name.
 */
export async function presentAuditEvents(records: AuditEventRecord[]): Promise<AuditEvent[]> {
  const targetIds = (type: string) =>
    records.filter((r) => r.target?.type === type).map((r) => r.target!.id);
  const [people, invitations, workspaces] = await Promise.all([
    resolvePeople([...records.map((r) => r.actorId), ...targetIds('user')]),
    InvitationModel.find({ _id: { $in: targetIds('invitation') } }, { email: 1 }).lean(),
    WorkspaceModel.find({ _id: { $in: targetIds('workspace') } }, { name: 1 }).lean(),
  ]);
  const invitationEmail = new Map(invitations.map((i) => [i._id.toHexString(), i.email]));
  const workspaceName = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));

  const labelOf = (
    target: NonNullable<AuditEventRecord['target']>,
  ): { label: string | null; former: boolean } => {
    switch (target.type) {
      case 'user': {
        const ref = people.ref(target.id);
        return { label: ref.name, former: ref.former };
      }
      case 'invitation':
        return { label: invitationEmail.get(target.id) ?? null, former: false };
      case 'workspace':
        return { label: workspaceName.get(target.id) ?? null, former: false };
      default:
        // Content targets are labelled by their feature's own views; the log links by id.
        return { label: null, former: false };
    }
  };

  return records.map((record) => ({
    id: record._id.toHexString(),
    workspaceId: record.workspaceId?.toHexString() ?? null,
    action: record.action,
    actor: record.actorId ? people.ref(record.actorId) : null,
    target: record.target
      ? { type: record.target.type, id: record.target.id, ...labelOf(record.target) }
      : null,
    details: record.details ?? {},
    at: record.at.toISOString(),
  }));
}
