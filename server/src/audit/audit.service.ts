import type { AuditAction, AuditDetails, AuditQuery, AuditTargetType } from '@pnetz/shared';
import { AuditQuerySchema } from '@pnetz/shared';
import { Types, type QueryFilter } from 'mongoose';
import { MembershipModel } from '../workspaces/membership.model';
import { AuditEventModel, type AuditEventRecord } from './audit-event.model';

type Id = Types.ObjectId | string;

export interface AuditEntry {
  /** Null for the platform-wide log. */
  workspaceId: Id | null;
  action: AuditAction;
  actorId: Id | null;
  target?: { type: AuditTargetType; id: Id } | null;
  /** Facts only (roles, field names, methods); never names or e-mail addresses. */
  details?: AuditDetails;
}

const toObjectId = (id: Id | null): Types.ObjectId | null =>
  id === null ? null : new Types.ObjectId(String(id));

/**
 * Appends entries to the audit log. This module deliberately offers no way to change or delete
 * entries; the model refuses it as well. Every feature records its events through here.
 */
export async function recordAudit(...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date();
  await AuditEventModel.insertMany(
    entries.map((entry) => ({
      workspaceId: toObjectId(entry.workspaceId),
      action: entry.action,
      actorId: toObjectId(entry.actorId),
      target: entry.target ? { type: entry.target.type, id: String(entry.target.id) } : null,
      details: entry.details ?? {},
      at,
    })),
  );
}

/**
 * Records a sign-in of someone who administers councils: one entry in the log of each council
 * they administer, and one in the platform log for platform admins.
 */
export async function recordAdminLogin(
  user: { id: string; platformRoles: readonly string[] },
  method: 'password' | 'oidc' | 'invitation',
): Promise<void> {
  const administered = await MembershipModel.find(
    { userId: user.id, role: 'admin' },
    { workspaceId: 1 },
  ).lean();
  const entries: AuditEntry[] = administered.map((membership) => ({
    workspaceId: membership.workspaceId,
    action: 'admin.login',
    actorId: user.id,
    details: { method },
  }));
  if (user.platformRoles.includes('admin')) {
    entries.push({
      workspaceId: null,
      action: 'admin.login',
      actorId: user.id,
      details: { method, scope: 'platform' },
    });
  }
  await recordAudit(...entries);
}

function dateBound(value: string, edge: 'start' | 'end'): Date {
  if (value.length > 10) return new Date(value);
  return new Date(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
}

export interface AuditPageRecords {
  items: AuditEventRecord[];
  nextCursor: string | null;
}

/** One page of a log, newest first; `workspaceId: null` reads the platform log. */
export async function listAudit(
  workspaceId: Id | null,
  rawQuery: AuditQuery,
): Promise<AuditPageRecords> {
  const query = AuditQuerySchema.parse(rawQuery);
  const filter: QueryFilter<AuditEventRecord> = { workspaceId: toObjectId(workspaceId) };
  if (query.action) filter.action = query.action;
  if (query.actorId) filter.actorId = new Types.ObjectId(query.actorId);
  if (query.from || query.to) {
    filter.at = {
      ...(query.from ? { $gte: dateBound(query.from, 'start') } : {}),
      ...(query.to ? { $lte: dateBound(query.to, 'end') } : {}),
    };
  }
  if (query.before) filter._id = { $lt: new Types.ObjectId(query.before) };
  // Object ids grow with time, so sorting by _id is newest first and a stable cursor in one.
  const items = await AuditEventModel.find(filter)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean();
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  return { items: page, nextCursor: hasMore ? page[page.length - 1]!._id.toHexString() : null };
}

/** The latest entries of the given kinds, for a council's recent activity. */
export async function recentActivity(
  workspaceId: Id,
  actions: readonly AuditAction[],
  limit = 20,
): Promise<AuditEventRecord[]> {
  return AuditEventModel.find({ workspaceId: toObjectId(workspaceId), action: { $in: actions } })
    .sort({ _id: -1 })
    .limit(limit)
    .lean();
}

/** Entries a person caused or that are about them (for their data export). */
export async function auditEventsOfPerson(userId: string): Promise<AuditEventRecord[]> {
  return AuditEventModel.find({
    $or: [{ actorId: new Types.ObjectId(userId) }, { 'target.type': 'user', 'target.id': userId }],
  })
    .sort({ _id: -1 })
    .lean();
}
