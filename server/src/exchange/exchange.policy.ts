import {
  isId,
  type ExchangeAccess,
  type ExchangePermissions,
  type WorkspaceRole,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import { isCoordinator, type Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import { contentAccess, roleIn, rolesOf, type AccessLevel } from '../workspaces/access';
import { ExchangeModel, type ExchangeRecord } from './exchange.model';
import type { MeetingRecord } from './meeting.model';

/**
 * Who may do what in the cross-regional exchange. REST routes, the exchange's socket room and the
 * minutes' collaborative document all ask this module.
 *
 * | caller                                              | invited exchange | network exchange |
 * | --------------------------------------------------- | ---------------- | ---------------- |
 * | manager (who opened it)                             | manage           | manage           |
 * | invited person; admin or member of an invited council | participate    | participate      |
 * | guest of an invited council                         | read             | read             |
 * | anyone else signed in (coordinators too)            | 404              | read             |
 *
 * `participate` posts, plans meetings, edits meetings and minutes and shares files; `manage`
 * also changes the exchange, deletes meetings and removes anyone's files.
 */
export type ExchangeAction =
  | 'read'
  | 'post'
  | 'meeting.create'
  | 'meeting.edit'
  | 'meeting.delete'
  | 'file.upload'
  | 'file.deleteAny'
  | 'manage';

/** The caller's roles per council, loaded once per request. */
export type RoleMap = ReadonlyMap<string, WorkspaceRole>;

const includesId = (ids: readonly Types.ObjectId[], id: string) =>
  ids.some((item) => item.toHexString() === id);

type ExchangeShape = Pick<ExchangeRecord, 'visibility' | 'workspaceIds' | 'userIds' | 'managerIds'>;

/** Pure decision: the caller's standing in an exchange, or null when it does not exist for them. */
export function exchangeAccess(
  actor: Actor,
  roles: RoleMap,
  exchange: ExchangeShape,
): ExchangeAccess | null {
  if (includesId(exchange.managerIds, actor.id)) return 'manage';
  if (includesId(exchange.userIds, actor.id)) return 'participate';
  const invitedRoles = exchange.workspaceIds
    .map((id) => roles.get(id.toHexString()))
    .filter((role) => role !== undefined);
  if (invitedRoles.some((role) => role === 'admin' || role === 'member')) return 'participate';
  if (invitedRoles.length > 0) return 'read';
  return exchange.visibility === 'network' ? 'read' : null;
}

const NEEDS: Record<ExchangeAction, ExchangeAccess> = {
  read: 'read',
  post: 'participate',
  'meeting.create': 'participate',
  'meeting.edit': 'participate',
  'file.upload': 'participate',
  'meeting.delete': 'manage',
  'file.deleteAny': 'manage',
  manage: 'manage',
};
const RANK: Record<ExchangeAccess, number> = { read: 1, participate: 2, manage: 3 };

export function exchangeAllows(access: ExchangeAccess | null, action: ExchangeAction): boolean {
  return access !== null && RANK[access] >= RANK[NEEDS[action]];
}

export function exchangePermissions(access: ExchangeAccess): ExchangePermissions {
  return {
    post: exchangeAllows(access, 'post'),
    createMeeting: exchangeAllows(access, 'meeting.create'),
    uploadFile: exchangeAllows(access, 'file.upload'),
    manage: exchangeAllows(access, 'manage'),
  };
}

/** Coordinators of the programme and the Geschäftsstelle of any council open exchanges. */
export function mayCreateExchange(actor: Actor, roles: RoleMap): boolean {
  return isCoordinator(actor) || [...roles.values()].includes('admin');
}

/**
 * Loads an exchange for an action: 404 when it does not exist for the caller (so invited-only
 * exchanges do not leak), 403 when they see it but may not do this.
 */
export async function authorizeExchange(
  actor: Actor,
  exchangeId: string,
  action: ExchangeAction,
): Promise<{
  exchange: ExchangeRecord;
  access: ExchangeAccess;
  roles: Map<string, WorkspaceRole>;
}> {
  const exchange = isId(exchangeId) ? await ExchangeModel.findById(exchangeId).lean() : null;
  if (!exchange) throw notFound('Exchange');
  const roles = await rolesOf(actor);
  const access = exchangeAccess(actor, roles, exchange);
  if (!access) throw notFound('Exchange');
  if (!exchangeAllows(access, action)) throw forbidden(`Not allowed in this exchange: ${action}`);
  return { exchange, access, roles };
}

/** The Mongo filter for exchanges the caller takes part in (manages, invited, or via a council). */
export function memberExchangesFilter(actor: Actor, roles: RoleMap): Record<string, unknown> {
  const me = new Types.ObjectId(actor.id);
  return {
    $or: [
      { managerIds: me },
      { userIds: me },
      { workspaceIds: { $in: [...roles.keys()].map((id) => new Types.ObjectId(id)) } },
    ],
  };
}

/** Ids of the exchanges the caller takes part in (for search and the calendar). */
export async function memberExchangeIds(actor: Actor, roles: RoleMap): Promise<string[]> {
  const exchanges = await ExchangeModel.find(memberExchangesFilter(actor, roles), {
    _id: 1,
  }).lean();
  return exchanges.map((exchange) => exchange._id.toHexString());
}

export type MeetingAccess = 'read' | 'write';

type MeetingShape = Pick<MeetingRecord, 'exchangeId' | 'workspaceId' | 'visibility' | 'createdBy'>;

/**
 * What the caller may do with a meeting: an exchange's meeting follows the exchange; a council's
 * meeting follows the shared visibility rules (workspaces/access.ts).
 */
export async function meetingAccess(
  actor: Actor,
  meeting: MeetingShape,
): Promise<{ access: MeetingAccess | null; deletable: boolean }> {
  if (meeting.exchangeId) {
    const exchange = await ExchangeModel.findById(meeting.exchangeId).lean();
    const access = exchange ? exchangeAccess(actor, await rolesOf(actor), exchange) : null;
    if (!access) return { access: null, deletable: false };
    const write = exchangeAllows(access, 'meeting.edit');
    return {
      access: write ? 'write' : 'read',
      deletable:
        exchangeAllows(access, 'meeting.delete') ||
        (write && meeting.createdBy.toHexString() === actor.id),
    };
  }
  if (!meeting.workspaceId) return { access: null, deletable: false };
  const role = await roleIn(actor, meeting.workspaceId.toHexString());
  const level: AccessLevel = contentAccess(actor, role, meeting.visibility ?? 'workspace');
  if (level === 'none') return { access: null, deletable: false };
  return {
    access: level === 'write' ? 'write' : 'read',
    deletable:
      role === 'admin' || (level === 'write' && meeting.createdBy.toHexString() === actor.id),
  };
}

/** Council meetings: who may plan one (the council's admins and members). */
export async function mayCreateCouncilMeeting(actor: Actor, workspaceId: string): Promise<boolean> {
  const role = await roleIn(actor, workspaceId);
  return role === 'admin' || role === 'member';
}
