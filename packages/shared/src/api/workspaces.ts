import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { OrganisationTypeSchema, VisibilitySchema, WorkspaceRoleSchema } from '../vocab';
import { endpoint } from './endpoint';
import { plain, plainTitle } from '../text';

export const WorkspaceSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  municipality: z.string(),
  district: z.string(),
  population: z.number().int().nonnegative().nullable(),
  memberCount: z.number().int().nonnegative(),
  /** The caller's role in this workspace, or null when not a member. */
  myRole: WorkspaceRoleSchema.nullable(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;

export const WorkspaceListSchema = z.object({ items: z.array(WorkspaceSummarySchema) });

/** Path parameters of everything below one council: `/api/workspaces/:workspaceId/...`. */
export const WorkspaceIdParamsSchema = z.object({ workspaceId: IdSchema });

/**
 * What the caller may do in this council, decided by the server's workspace policy. The client
 * hides or disables controls with it; the server checks every request again regardless.
 */
export const WorkspacePermissionsSchema = z.object({
  readMembers: z.boolean(),
  /** Create and edit the council's content (projects, plans, …): admins and members. */
  writeContent: z.boolean(),
  manageMembers: z.boolean(),
  /** Keep one's own organisation (name, type) up to date: admins and members, not guests. */
  updateOwnOrganisation: z.boolean(),
  manageInvitations: z.boolean(),
  updateSettings: z.boolean(),
  readAudit: z.boolean(),
  readOutbox: z.boolean(),
  leave: z.boolean(),
});
export type WorkspacePermissions = z.infer<typeof WorkspacePermissionsSchema>;

export const WorkspaceProfileSchema = WorkspaceSummarySchema.extend({
  policeDirectorate: z.string().nullable(),
  contactEmail: z.string().nullable(),
  description: z.string(),
  /** Data URI of the council's logo, or null. */
  logo: z.string().nullable(),
  /** Visibility new content of this council starts with. */
  defaultVisibility: VisibilitySchema,
  /** Members per organisation type: a headcount, no names, so every signed-in user may see it. */
  organisationCounts: z.array(
    z.object({ type: OrganisationTypeSchema, count: z.number().int().nonnegative() }),
  ),
  permissions: WorkspacePermissionsSchema,
  createdAt: TimestampSchema,
});
export type WorkspaceProfile = z.infer<typeof WorkspaceProfileSchema>;

const optionalText = (max: number) => plain(z.string().trim().max(max));

/** A logo as a base64 data URI; SVG is refused because it can carry scripts. */
export const LogoSchema = z
  .string()
  .max(LIMITS.logoMaxChars, `must be at most ${LIMITS.logoMaxChars} characters`)
  .regex(
    /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/,
    'must be a PNG, JPEG or WebP data URI',
  );

export const UpdateWorkspaceBodySchema = z
  .object({
    name: plainTitle(LIMITS.nameMaxLength).optional(),
    municipality: plainTitle(LIMITS.nameMaxLength).optional(),
    district: plainTitle(LIMITS.nameMaxLength).optional(),
    population: z.number().int().nonnegative().max(10_000_000).nullable().optional(),
    policeDirectorate: optionalText(LIMITS.nameMaxLength).nullable().optional(),
    contactEmail: z
      .email('must be an e-mail address')
      .max(LIMITS.emailMaxLength)
      .nullable()
      .optional(),
    description: optionalText(LIMITS.workspaceDescriptionMaxLength).optional(),
    logo: LogoSchema.nullable().optional(),
    defaultVisibility: VisibilitySchema.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ minProperties: 1 });
export type UpdateWorkspaceBody = z.infer<typeof UpdateWorkspaceBodySchema>;

export const workspaceEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces',
    summary: 'Councils the caller may see: own memberships first, then the others',
    tag: 'workspaces',
    auth: 'user',
    response: WorkspaceListSchema,
  }),
  profile: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId',
    summary: "A council's profile, with the caller's role and permissions",
    tag: 'workspaces',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: WorkspaceProfileSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/workspaces/:workspaceId',
    summary: "Change a council's profile and settings (council admins)",
    tag: 'workspaces',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    body: UpdateWorkspaceBodySchema,
    response: WorkspaceProfileSchema,
  }),
};
