import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { LanguageSchema, OrganisationTypeSchema, PlatformRoleSchema } from '../vocab';
import { EmailSchema } from './auth';
import { endpoint } from './endpoint';
import { MailDeliverySchema } from './invitations';
import { plainTitle } from '../text';

export const AdminUserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  platformRoles: z.array(PlatformRoleSchema),
  language: LanguageSchema,
  lastLoginAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  /** False for a deactivated account: it cannot sign in, and its sessions and live channels end. */
  active: z.boolean(),
  membershipCount: z.number().int().nonnegative(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const ADMIN_PAGE_SIZE = 50;

const Text = plainTitle;

/** A new council and the person who will run its Geschäftsstelle. */
export const CreateWorkspaceBodySchema = z
  .object({
    name: Text(LIMITS.nameMaxLength * 2),
    municipality: Text(LIMITS.nameMaxLength),
    district: Text(LIMITS.nameMaxLength),
    population: z.number().int().min(0).max(10_000_000).optional(),
    policeDirectorate: Text(LIMITS.nameMaxLength).optional(),
    contactEmail: EmailSchema.optional(),
    description: z.string().trim().max(2000).optional(),
    firstAdmin: z
      .object({
        email: EmailSchema,
        organisation: z
          .object({ type: OrganisationTypeSchema, name: Text(LIMITS.nameMaxLength) })
          .strict(),
        language: LanguageSchema.default('de'),
      })
      .strict(),
  })
  .strict();
export type CreateWorkspaceBody = z.input<typeof CreateWorkspaceBodySchema>;

export const CreatedWorkspaceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** `member`: the first admin had an account and is in; `invited`: an invitation went out. */
  firstAdmin: z.enum(['member', 'invited']),
  /** How the invitation mail went out; null when the first admin joined at once. */
  delivery: MailDeliverySchema.nullable(),
  /**
   * The invitation link when its mail did not leave the platform (no mail server, or the mail
   * failed): the founder hands it over by other means. Null otherwise.
   */
  invitationLink: z.string().nullable(),
});
export type CreatedWorkspace = z.infer<typeof CreatedWorkspaceSchema>;

export const adminEndpoints = {
  listUsers: endpoint({
    method: 'get',
    path: '/api/admin/users',
    summary: 'Accounts of the platform (platform admins only), searchable by name or e-mail',
    tag: 'admin',
    auth: 'user',
    query: z.object({
      q: z.string().trim().max(100).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({
      items: z.array(AdminUserSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  }),
  setPlatformRoles: endpoint({
    method: 'patch',
    path: '/api/admin/users/:id',
    summary:
      "Set an account's platform roles (admin, coordinator); the last admin cannot lose the role",
    tag: 'admin',
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: z.object({ platformRoles: z.array(PlatformRoleSchema).max(2) }).strict(),
    response: AdminUserSchema,
  }),
  setAccountState: endpoint({
    method: 'put',
    path: '/api/admin/users/:id/state',
    summary:
      'Deactivate or reactivate an account (platform admins only); deactivation ends its sessions and live channels',
    tag: 'admin',
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: z.object({ active: z.boolean() }).strict(),
    response: AdminUserSchema,
  }),
  createWorkspace: endpoint({
    method: 'post',
    path: '/api/admin/workspaces',
    summary:
      'Found a council workspace (platform admins and programme coordinators) with its first admin',
    tag: 'admin',
    auth: 'user',
    body: CreateWorkspaceBodySchema,
    response: CreatedWorkspaceSchema,
    status: 201,
  }),
  endUserSessions: endpoint({
    method: 'delete',
    path: '/api/admin/users/:id/sessions',
    summary: 'End every session of an account (platform admins only); its sockets disconnect',
    tag: 'admin',
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: z.object({ ended: z.number().int().nonnegative() }),
  }),
};
