import type { WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
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
