import type { PlatformRole, WorkspacePermissions, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import { findMembership } from './access';
import type { Membership } from './membership.model';
import { WorkspaceModel, type Workspace } from './workspace.model';

/**
 * Who may do what with a council itself (its profile, members, invitations, log). Content items
 * inside a council follow the visibility rules in `access.ts`. REST routes and socket handlers
 * ask this module; nothing checks roles inline.
 */
interface Rule {
  /** Internal to the council: callers outside it get 404 rather than 403. */
  internal: boolean;
  roles: readonly WorkspaceRole[];
  /** Platform roles allowed regardless of membership. */
  platformRoles?: readonly PlatformRole[];
  /** Allowed to everyone signed in. */
  signedIn?: boolean;
}

const ALL_ROLES = ['admin', 'member', 'guest'] as const;

export const WORKSPACE_RULES = {
  /** Every signed-in user sees every council's profile. */
  'profile.read': { internal: false, roles: ALL_ROLES, signedIn: true },
  'settings.update': { internal: true, roles: ['admin'] },
  'members.read': { internal: true, roles: ALL_ROLES },
  'members.manage': { internal: true, roles: ['admin'] },
  /** Members keep their own organisation up to date; guests change nothing. */
  'organisation.updateOwn': { internal: true, roles: ['admin', 'member'] },
  'membership.leave': { internal: true, roles: ALL_ROLES },
  'invitations.manage': { internal: true, roles: ['admin'] },
  'audit.read': { internal: true, roles: ['admin'] },
  /** Platform admins read every council's outbox to help with delivery problems. */
  'outbox.read': { internal: true, roles: ['admin'], platformRoles: ['admin'] },
  'activity.read': { internal: true, roles: ALL_ROLES },
  'room.join': { internal: true, roles: ALL_ROLES },
  'content.write': { internal: true, roles: ['admin', 'member'] },
} as const satisfies Record<string, Rule>;

export type WorkspaceAction = keyof typeof WORKSPACE_RULES;
export type Decision = 'allow' | 'forbidden' | 'not_found';

/** Pure decision from the caller, their role in the council and the action. */
export function decideWorkspace(
  actor: Actor | null,
  role: WorkspaceRole | null,
  action: WorkspaceAction,
): Decision {
  const rule: Rule = WORKSPACE_RULES[action];
  if (actor && rule.signedIn) return 'allow';
  if (
    actor &&
    rule.platformRoles?.some((platformRole) => actor.platformRoles.includes(platformRole))
  )
    return 'allow';
  if (role && rule.roles.includes(role)) return 'allow';
  if (rule.internal && role === null) return 'not_found';
  return actor ? 'forbidden' : 'not_found';
}

export function canInWorkspace(
  actor: Actor | null,
  role: WorkspaceRole | null,
  action: WorkspaceAction,
): boolean {
  return decideWorkspace(actor, role, action) === 'allow';
}

export interface WorkspaceAuthorization {
  workspace: Workspace;
  membership: Membership | null;
}

/**
 * Loads the council and the caller's membership and enforces the action: 404 when the council
 * does not exist or the action concerns internals the caller cannot see, 403 when they can see
 * it but may not do it.
 */
export async function authorizeWorkspace(
  actor: Actor | null,
  workspaceId: string,
  action: WorkspaceAction,
): Promise<WorkspaceAuthorization> {
  const workspace = Types.ObjectId.isValid(workspaceId)
    ? await WorkspaceModel.findById(workspaceId).lean()
    : null;
  if (!workspace) throw notFound('Council');
  const membership = await findMembership(actor?.id, workspaceId);
  const decision = decideWorkspace(actor, membership?.role ?? null, action);
  if (decision === 'not_found') throw notFound('Council');
  if (decision === 'forbidden') throw forbidden(`Not allowed: ${action}`);
  return { workspace, membership };
}

/** The permissions the client needs to show or hide controls. */
export function workspacePermissions(
  actor: Actor,
  role: WorkspaceRole | null,
): WorkspacePermissions {
  const can = (action: WorkspaceAction) => canInWorkspace(actor, role, action);
  return {
    readMembers: can('members.read'),
    writeContent: can('content.write'),
    manageMembers: can('members.manage'),
    updateOwnOrganisation: can('organisation.updateOwn'),
    manageInvitations: can('invitations.manage'),
    updateSettings: can('settings.update'),
    readAudit: can('audit.read'),
    readOutbox: can('outbox.read'),
    leave: can('membership.leave'),
  };
}

/** Changing one's own organisation is the member's business; anything else is the admins'. */
export function memberUpdateAction(
  actor: Actor,
  userId: string,
  changes: { role?: unknown },
): WorkspaceAction {
  return userId === actor.id && changes.role === undefined
    ? 'organisation.updateOwn'
    : 'members.manage';
}

/** Guests are often outsiders (press, citizens' initiatives): they see names, not addresses. */
export function canSeeMemberEmails(role: WorkspaceRole | null): boolean {
  return role === 'admin' || role === 'member';
}
