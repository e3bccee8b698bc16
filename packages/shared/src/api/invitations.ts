import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { LanguageSchema, WorkspaceRoleSchema } from '../vocab';
import { EmailSchema, PersonNameSchema, SessionStateSchema } from './auth';
import { endpoint } from './endpoint';
import { OrganisationSchema } from './members';
import { WorkspaceIdParamsSchema } from './workspaces';

export const INVITATION_STATUSES = ['pending', 'expired', 'accepted', 'revoked'] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** How the last invitation mail left: by SMTP, into the outbox (no SMTP configured), or not at all. */
export const MailDeliverySchema = z.enum(['sent', 'outbox', 'failed']);
export type MailDelivery = z.infer<typeof MailDeliverySchema>;

export const InvitationSchema = z.object({
  id: IdSchema,
  /** Null once the invitee deleted their account. */
  email: z.string().nullable(),
  role: WorkspaceRoleSchema,
  organisation: OrganisationSchema,
  status: InvitationStatusSchema,
  invitedBy: PersonRefSchema,
  acceptedBy: PersonRefSchema.nullable(),
  delivery: MailDeliverySchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  acceptedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const CreateInvitationBodySchema = z
  .object({
    email: EmailSchema,
    role: WorkspaceRoleSchema,
    organisation: OrganisationSchema,
    /** Language of the invitation mail. */
    language: LanguageSchema.default('de'),
    /** A personal note from the Geschäftsstelle, quoted in the mail. */
    message: z.string().trim().max(LIMITS.invitationMessageMaxLength).optional(),
  })
  .strict();
export type CreateInvitationBody = z.input<typeof CreateInvitationBodySchema>;

export const InvitationParamsSchema = WorkspaceIdParamsSchema.extend({ invitationId: IdSchema });

/** The secret of an invitation link: 32 random bytes, base64url. */
export const InvitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'is not an invitation token');
export const InvitationTokenParamsSchema = z.object({ token: InvitationTokenSchema });

export const InvitationPreviewSchema = z.object({
  status: InvitationStatusSchema,
  workspace: z.object({ id: IdSchema, name: z.string(), municipality: z.string() }),
  email: z.string(),
  role: WorkspaceRoleSchema,
  organisation: OrganisationSchema,
  invitedBy: PersonRefSchema,
  expiresAt: TimestampSchema,
  /** Whether an account with the invited address exists: then the invitee signs in instead of registering. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

/**
 * Accepting: signed in with the invited address, nothing is needed; otherwise the password of the
 * existing account, or name and password for a new one.
 */
export const AcceptInvitationBodySchema = z
  .object({
    name: PersonNameSchema.optional(),
    password: z.string().min(1).max(LIMITS.passwordMaxLength).optional(),
  })
  .strict();
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;

export const AcceptInvitationResultSchema = z.object({
  workspaceId: IdSchema,
  session: SessionStateSchema,
});

export const invitationEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/invitations',
    summary: "A council's invitations, newest first (admins)",
    tag: 'invitations',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: z.object({ items: z.array(InvitationSchema) }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/invitations',
    summary: 'Invite someone by e-mail with a role and organisation (admins)',
    tag: 'invitations',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    body: CreateInvitationBodySchema,
    response: InvitationSchema,
    status: 201,
  }),
  resend: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/invitations/:invitationId/resend',
    summary: 'Send a new link with a new expiry; the previous link stops working (admins)',
    tag: 'invitations',
    auth: 'user',
    params: InvitationParamsSchema,
    response: InvitationSchema,
  }),
  revoke: endpoint({
    method: 'delete',
    path: '/api/workspaces/:workspaceId/invitations/:invitationId',
    summary: 'Revoke a pending invitation (admins)',
    tag: 'invitations',
    auth: 'user',
    params: InvitationParamsSchema,
    response: null,
  }),
  preview: endpoint({
    method: 'get',
    path: '/api/invitations/:token',
    summary: 'What an invitation link offers (public: the token is the credential)',
    tag: 'invitations',
    auth: 'public',
    params: InvitationTokenParamsSchema,
    response: InvitationPreviewSchema,
    errors: [410],
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/invitations/:token/accept',
    summary:
      'Accept an invitation: joins the signed-in or existing account, or creates one; signs in',
    tag: 'invitations',
    auth: 'public',
    params: InvitationTokenParamsSchema,
    body: AcceptInvitationBodySchema,
    response: AcceptInvitationResultSchema,
    errors: [401, 410, 429],
  }),
};
