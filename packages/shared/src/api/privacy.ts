import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { LanguageSchema, PlatformRoleSchema, WorkspaceRoleSchema } from '../vocab';
import { AuditEventSchema } from './audit';
import { endpoint } from './endpoint';
import { InvitationStatusSchema } from './invitations';
import { OrganisationSchema } from './members';

export const PERSONAL_DATA_FORMAT = 'praeventionsnetz-personal-data/1';

/** Everything the platform holds about one person (DSGVO Art. 15 and 20), as one JSON document. */
export const PersonalDataExportSchema = z.object({
  format: z.literal(PERSONAL_DATA_FORMAT),
  exportedAt: TimestampSchema,
  profile: z.object({
    id: IdSchema,
    email: z.string(),
    name: z.string(),
    language: LanguageSchema,
    platformRoles: z.array(PlatformRoleSchema),
    createdAt: TimestampSchema,
    lastLoginAt: TimestampSchema.nullable(),
    signIn: z.object({ password: z.boolean(), singleSignOn: z.boolean() }),
  }),
  memberships: z.array(
    z.object({
      workspaceId: IdSchema,
      workspaceName: z.string(),
      role: WorkspaceRoleSchema,
      organisation: OrganisationSchema,
      joinedAt: TimestampSchema,
    }),
  ),
  invitationsSent: z.array(
    z.object({
      id: IdSchema,
      workspaceId: IdSchema,
      email: z.string().nullable(),
      role: WorkspaceRoleSchema,
      status: InvitationStatusSchema,
      createdAt: TimestampSchema,
    }),
  ),
  invitationsReceived: z.array(
    z.object({
      id: IdSchema,
      workspaceId: IdSchema,
      role: WorkspaceRoleSchema,
      status: InvitationStatusSchema,
      createdAt: TimestampSchema,
      acceptedAt: TimestampSchema.nullable(),
    }),
  ),
  /** Audit entries the person caused or that are about them. */
  auditEvents: z.array(AuditEventSchema),
  /** Content the person created, per feature (`projects`, `plans`, …). */
  content: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;

/**
 * Deleting the own account asks for the password again; accounts without one (single sign-on
 * only) confirm by typing their e-mail address.
 */
export const DeleteAccountBodySchema = z
  .object({
    password: z.string().min(1).max(LIMITS.passwordMaxLength).optional(),
    confirmEmail: z.string().trim().toLowerCase().max(LIMITS.emailMaxLength).optional(),
  })
  .strict();
export type DeleteAccountBody = z.infer<typeof DeleteAccountBodySchema>;

export const privacyEndpoints = {
  exportData: endpoint({
    method: 'get',
    path: '/api/me/export',
    summary: 'Download all personal data as JSON (DSGVO Art. 15, 20)',
    tag: 'privacy',
    auth: 'user',
    response: PersonalDataExportSchema,
  }),
  deleteAccount: endpoint({
    method: 'delete',
    path: '/api/me',
    summary: 'Delete the own account; content stays, attributed to a former member (DSGVO Art. 17)',
    tag: 'privacy',
    auth: 'user',
    body: DeleteAccountBodySchema,
    response: null,
  }),
};
