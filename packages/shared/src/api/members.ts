import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { OrganisationTypeSchema, WorkspaceRoleSchema } from '../vocab';
import { endpoint } from './endpoint';
import { WorkspaceIdParamsSchema } from './workspaces';
import { plainTitle } from '../text';

/** The organisation a member speaks for in a council (Polizeirevier, Oberschule, Verein …). */
export const OrganisationSchema = z.object({
  type: OrganisationTypeSchema,
  name: plainTitle(LIMITS.organisationNameMaxLength),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const MemberSchema = z.object({
  userId: IdSchema,
  name: z.string(),
  /** Shown to the council's admins and members; null for guests, who are often outsiders. */
  email: z.string().nullable(),
  role: WorkspaceRoleSchema,
  organisation: OrganisationSchema,
  joinedAt: TimestampSchema,
  isMe: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;

export const MemberParamsSchema = WorkspaceIdParamsSchema.extend({ userId: IdSchema });

export const UpdateMemberBodySchema = z
  .object({
    /** Council admins only. */
    role: WorkspaceRoleSchema.optional(),
    /** Council admins for anyone; every member for themselves. */
    organisation: OrganisationSchema.optional(),
  })
  .strict()
  .refine(
    (body) => body.role !== undefined || body.organisation !== undefined,
    'must change role or organisation',
  );
export type UpdateMemberBody = z.infer<typeof UpdateMemberBodySchema>;

export const memberEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/members',
    summary: "A council's members with role and organisation (members only)",
    tag: 'members',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: z.object({ items: z.array(MemberSchema) }),
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/workspaces/:workspaceId/members/:userId',
    summary: "Change a member's role (admins) or organisation (admins, or the member)",
    tag: 'members',
    auth: 'user',
    params: MemberParamsSchema,
    body: UpdateMemberBodySchema,
    response: MemberSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/workspaces/:workspaceId/members/:userId',
    summary: 'Remove a member (admins); their content stays, attributed',
    tag: 'members',
    auth: 'user',
    params: MemberParamsSchema,
    response: null,
  }),
  leave: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/leave',
    summary: 'Leave a council; the last admin cannot leave',
    tag: 'members',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: null,
  }),
};
