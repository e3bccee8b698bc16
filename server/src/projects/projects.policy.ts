import type { ProjectPermissions, Visibility, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import {
  allows,
  contentAccess,
  requireAccess,
  roleIn,
  type AccessLevel,
} from '../workspaces/access';
import { ProjectModel, type ProjectRecord } from './project.model';

/**
 * Who may do what with projects, their updates, comments and files. Seeing follows the shared
 * visibility rules (workspaces/access.ts); on top of them:
 *
 * - drafts are internal to the council whatever visibility they will have;
 * - `edit`: whoever may write the council's content (admins, members);
 * - `post` updates and comments: those who edit, and people listed as the project's partners
 *   (e.g. a guest from a partner organisation) as long as they may see it;
 * - `moderate` others' updates and comments: the council's admins;
 * - `manage` (visibility after publishing, deletion): the council's admins, and the author of a
 *   draft.
 *
 * REST routes and socket handlers ask this module; nothing checks roles inline.
 */
export type ProjectAction = 'read' | keyof ProjectPermissions;

type ProjectFacts = Pick<ProjectRecord, 'draft' | 'visibility' | 'partners' | 'createdBy'>;

/** The visibility that decides who sees the project now: drafts stay inside the council. */
export function effectiveVisibility(
  project: Pick<ProjectRecord, 'draft' | 'visibility'>,
): Visibility {
  return project.draft ? 'workspace' : project.visibility;
}

const sameId = (a: Types.ObjectId | string, b: string | undefined) =>
  b !== undefined && String(a) === b;

export function isPartner(actor: Actor | null, project: Pick<ProjectRecord, 'partners'>): boolean {
  return project.partners.some((partner) => partner.userIds.some((id) => sameId(id, actor?.id)));
}

/** Pure decision from the caller, their role in the owning council and the project. */
export function projectPermissions(
  actor: Actor | null,
  role: WorkspaceRole | null,
  project: ProjectFacts,
): ProjectPermissions & { level: AccessLevel } {
  const level = contentAccess(actor, role, effectiveVisibility(project));
  const edit = allows(level, 'write');
  return {
    level,
    edit,
    post: edit || (level === 'read' && isPartner(actor, project)),
    moderate: level !== 'none' && role === 'admin',
    manage: role === 'admin' || (edit && project.draft && sameId(project.createdBy, actor?.id)),
  };
}

export interface ProjectAuthorization {
  project: ProjectRecord;
  role: WorkspaceRole | null;
  permissions: ProjectPermissions;
}

/** Loads a project and enforces the action: 404 when the caller may not see it, 403 otherwise. */
export async function authorizeProject(
  actor: Actor | null,
  projectId: string | Types.ObjectId,
  action: ProjectAction,
): Promise<ProjectAuthorization> {
  const project = Types.ObjectId.isValid(projectId)
    ? await ProjectModel.findById(projectId).lean()
    : null;
  if (!project) throw notFound('Project');
  const role = await roleIn(actor, project.workspaceId.toHexString());
  const { level, ...permissions } = projectPermissions(actor, role, project);
  requireAccess(level, 'read', 'Project');
  if (action !== 'read' && !permissions[action])
    throw forbidden(`Not allowed: ${action} this project`);
  return { project, role, permissions };
}

/** Authors change their own updates and comments while they may still post. */
export function canChangeOwn(
  actor: Actor,
  authorId: Types.ObjectId,
  permissions: ProjectPermissions,
): boolean {
  return permissions.post && sameId(authorId, actor.id);
}

/** Authors delete their own; the council's admins delete anyone's (moderation). */
export function canDelete(
  actor: Actor,
  authorId: Types.ObjectId,
  permissions: ProjectPermissions,
): boolean {
  return canChangeOwn(actor, authorId, permissions) || permissions.moderate;
}

/** Refuses a change or deletion of someone else's item: 403, since the caller sees the item. */
export function requireItemRight(allowed: boolean, what: string): void {
  if (!allowed) throw forbidden(`Not allowed to change this ${what}`);
}
