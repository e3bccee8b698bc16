import type { DocumentAccess, Visibility, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { MembershipModel } from '../workspaces/membership.model';
import type { PlanRecord } from './plan.model';

export type PlanAction = 'read' | 'edit' | 'create' | 'manage';

export async function workspaceRole(actor: Actor, workspaceId: Types.ObjectId | string): Promise<WorkspaceRole | null> {
  const membership = await MembershipModel.findOne(
    { workspaceId: new Types.ObjectId(String(workspaceId)), userId: new Types.ObjectId(actor.id) },
    { role: 1 },
  ).lean();
  return membership?.role ?? null;
}

/**
 * Who may do what with plans. Members and admins edit; guests read; anyone else (coordinators
 * included) reads only what is shared with the network or the public. `manage` (archive,
 * visibility) is for the council's admins.
 */
export function planAllows(role: WorkspaceRole | null, visibility: Visibility, action: PlanAction): boolean {
  switch (action) {
    case 'read':
      return role !== null || visibility !== 'workspace';
    case 'edit':
    case 'create':
      return role === 'admin' || role === 'member';
    case 'manage':
      return role === 'admin';
  }
}

/** The document access for a plan: `write`, `read`, or null when the plan is not visible at all. */
export function documentAccess(role: WorkspaceRole | null, plan: Pick<PlanRecord, 'visibility' | 'archived'>): DocumentAccess | null {
  if (!planAllows(role, plan.visibility, 'read')) return null;
  return planAllows(role, plan.visibility, 'edit') && !plan.archived ? 'write' : 'read';
}
