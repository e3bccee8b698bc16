import type { DocumentAccess, Visibility, WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { allows, contentAccess, roleIn } from '../workspaces/access';
import type { PlanRecord } from './plan.model';

export type PlanAction = 'read' | 'edit' | 'create' | 'manage';

/** The actor's role in the council that owns a plan (null for non-members). */
export function workspaceRole(
  actor: Actor,
  workspaceId: { toHexString(): string } | string,
): Promise<WorkspaceRole | null> {
  return roleIn(actor, typeof workspaceId === 'string' ? workspaceId : workspaceId.toHexString());
}

/**
 * Who may do what with plans, on top of the shared visibility rules (workspaces/access.ts):
 * whoever may write content edits and creates plans; `manage` (archive, visibility) is for the
 * council's admins.
 */
export function planAllows(
  actor: Actor,
  role: WorkspaceRole | null,
  visibility: Visibility,
  action: PlanAction,
): boolean {
  const level = contentAccess(actor, role, visibility);
  switch (action) {
    case 'read':
      return allows(level, 'read');
    case 'edit':
    case 'create':
      return allows(level, 'write');
    case 'manage':
      return role === 'admin';
  }
}

/** The document access for a plan: `write`, `read`, or null when the plan is not visible at all. Archived plans are read-only. */
export function documentAccess(
  actor: Actor,
  role: WorkspaceRole | null,
  plan: Pick<PlanRecord, 'visibility' | 'archived'>,
): DocumentAccess | null {
  const level = contentAccess(actor, role, plan.visibility);
  if (level === 'none') return null;
  return level === 'write' && !plan.archived ? 'write' : 'read';
}
