import {
  ORGANISATION_TYPES,
  type OrganisationType,
  type UpdateWorkspaceBody,
  type WorkspaceRole,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import { conflict, notFound } from '../errors';
import { MembershipModel } from './membership.model';
import { WorkspaceModel, type Workspace } from './workspace.model';

export interface WorkspaceListItem {
  workspace: Workspace;
  memberCount: number;
  myRole: WorkspaceRole | null;
}

/**
 * Councils the actor may see, own memberships first, then the rest by name. Every signed-in user
 * sees every council's profile; internal content is guarded separately by visibility.
 */
export async function listWorkspaces(actor: Actor): Promise<WorkspaceListItem[]> {
  const userId = new Types.ObjectId(actor.id);
  const [workspaces, mine, counts] = await Promise.all([
    WorkspaceModel.find().sort({ name: 1 }).lean(),
    MembershipModel.find({ userId }).lean(),
    // A plain $group: supported alike by MongoDB and FerretDB.
    MembershipModel.aggregate<{ _id: Types.ObjectId; count: number }>([
      { $group: { _id: '$workspaceId', count: { $sum: 1 } } },
    ]),
  ]);
  const roleOf = new Map(mine.map((m) => [m.workspaceId.toHexString(), m.role]));
  const countOf = new Map(counts.map((c) => [c._id.toHexString(), c.count]));
  const items = workspaces.map((workspace) => ({
    workspace,
    memberCount: countOf.get(workspace._id.toHexString()) ?? 0,
    myRole: roleOf.get(workspace._id.toHexString()) ?? null,
  }));
  return items.sort((a, b) => Number(b.myRole !== null) - Number(a.myRole !== null));
}

export interface WorkspaceProfileRecord {
  workspace: Workspace;
  memberCount: number;
  organisationCounts: Array<{ type: OrganisationType; count: number }>;
}

/** Profile figures everyone signed in may see: headcounts per organisation type, no names. */
export async function loadWorkspaceProfile(workspace: Workspace): Promise<WorkspaceProfileRecord> {
  const counts = await MembershipModel.aggregate<{ _id: OrganisationType; count: number }>([
    { $match: { workspaceId: workspace._id } },
    { $group: { _id: '$organisation.type', count: { $sum: 1 } } },
  ]);
  const organisationCounts = ORGANISATION_TYPES.flatMap((type) => {
    const count = counts.find((c) => c._id === type)?.count ?? 0;
    return count ? [{ type, count }] : [];
  });
  return {
    workspace,
    memberCount: organisationCounts.reduce((sum, c) => sum + c.count, 0),
    organisationCounts,
  };
}

/**
 * Changes a council's profile and settings. Unset optional fields are removed (`null`), the audit
 * log records which fields changed, and a changed default visibility is recorded as such.
 */
export async function updateWorkspace(
  actor: Actor,
  workspace: Workspace,
  changes: UpdateWorkspaceBody,
): Promise<Workspace> {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  for (const [field, value] of Object.entries(changes)) {
    const current = (workspace as unknown as Record<string, unknown>)[field] ?? null;
    if (value === undefined || value === current) continue;
    if (value === null) unset[field] = '';
    else set[field] = value;
  }
  const changed = [...Object.keys(set), ...Object.keys(unset)].sort();
  if (changed.length === 0) return workspace;
  if (
    set.name !== undefined &&
    (await WorkspaceModel.exists({ name: set.name, _id: { $ne: workspace._id } }))
  ) {
    throw conflict('Another council has this name', [{ path: 'body.name', message: 'is taken' }]);
  }
  const updated = await WorkspaceModel.findByIdAndUpdate(
    workspace._id,
    {
      ...(Object.keys(set).length ? { $set: set } : {}),
      ...(Object.keys(unset).length ? { $unset: unset } : {}),
    },
    { returnDocument: 'after', runValidators: true },
  ).lean();
  if (!updated) throw notFound('Council');
  const entries: AuditEntry[] = [
    {
      workspaceId: workspace._id,
      action: 'workspace.updated',
      actorId: actor.id,
      target: { type: 'workspace', id: workspace._id },
      details: { fields: changed.join(',') },
    },
  ];
  if (set.defaultVisibility !== undefined) {
    entries.push({
      workspaceId: workspace._id,
      action: 'visibility.changed',
      actorId: actor.id,
      target: { type: 'workspace', id: workspace._id },
      details: {
        scope: 'default',
        from: workspace.defaultVisibility,
        to: updated.defaultVisibility,
      },
    });
  }
  await recordAudit(...entries);
  return updated;
}
