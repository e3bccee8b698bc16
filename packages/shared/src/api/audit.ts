import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { endpoint } from './endpoint';
import { WorkspaceIdParamsSchema } from './workspaces';

/**
 * What the audit log records (i18n keys `audit.action.<code>`). Later features add their codes
 * here: content deletions, exports and visibility changes use the generic codes below.
 */
export const AUDIT_ACTIONS = [
  'member.joined',
  'member.role_changed',
  'member.organisation_changed',
  'member.removed',
  'member.left',
  'member.account_deleted',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accepted',
  'workspace.updated',
  'visibility.changed',
  'content.deleted',
  'data.exported',
  'admin.login',
  'workspace.created',
  'platform.roles_changed',
  'account.deactivated',
  'account.reactivated',
  'analysis.register_imported',
  'analysis.letters_made',
  'analysis.addresses_deleted',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** Kinds of things an audit entry can be about. */
export const AUDIT_TARGET_TYPES = [
  'user',
  'invitation',
  'workspace',
  'plan',
  'project',
  'meeting',
  'report',
  'analysis',
] as const;
export const AuditTargetTypeSchema = z.enum(AUDIT_TARGET_TYPES);
export type AuditTargetType = z.infer<typeof AuditTargetTypeSchema>;

/** Details hold facts (roles, field names, methods), never names or e-mail addresses. */
export const AuditDetailsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);
export type AuditDetails = z.infer<typeof AuditDetailsSchema>;

export const AuditEventSchema = z.object({
  id: IdSchema,
  workspaceId: IdSchema.nullable(),
  action: AuditActionSchema,
  /** Null for entries the system wrote on its own. */
  actor: PersonRefSchema.nullable(),
  target: z
    .object({
      type: AuditTargetTypeSchema,
      id: z.string(),
      /** Resolved when read: a person's current name, an invitation's address; null when gone. */
      label: z.string().nullable(),
      former: z.boolean(),
    })
    .nullable(),
  details: AuditDetailsSchema,
  at: TimestampSchema,
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const DateBoundSchema = z.union([z.iso.date(), z.iso.datetime()]);

export const AuditQuerySchema = z.object({
  action: AuditActionSchema.optional(),
  actorId: IdSchema.optional(),
  /** Inclusive lower bound: a date (start of that day, UTC) or a timestamp. */
  from: DateBoundSchema.optional(),
  /** Inclusive upper bound: a date (end of that day, UTC) or a timestamp. */
  to: DateBoundSchema.optional(),
  /** Cursor: the `nextCursor` of the previous page. */
  before: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.auditPageMaxSize).default(LIMITS.auditPageSize),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema),
  nextCursor: IdSchema.nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Entries members see on the council home as recent activity. */
export const ACTIVITY_ACTIONS = [
  'member.joined',
  'member.left',
  'member.removed',
  'member.account_deleted',
  'workspace.updated',
] as const satisfies readonly AuditAction[];

export const auditEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/audit',
    summary: "A council's audit log, newest first, filterable (admins; read-only by design)",
    tag: 'audit',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    query: AuditQuerySchema,
    response: AuditPageSchema,
  }),
  activity: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/activity',
    summary: 'Recent activity in a council (members)',
    tag: 'audit',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: z.object({ items: z.array(AuditEventSchema) }),
  }),
  platform: endpoint({
    method: 'get',
    path: '/api/audit',
    summary: 'Platform audit log: sign-ins of platform admins, account deletions (platform admins)',
    tag: 'audit',
    auth: 'user',
    query: AuditQuerySchema,
    response: AuditPageSchema,
  }),
};
