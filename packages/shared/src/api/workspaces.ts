import { z } from 'zod';
import { IdSchema } from '../common';
import { WorkspaceRoleSchema } from '../vocab';
import { endpoint } from './endpoint';

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

export const workspaceEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces',
    summary: 'Councils the caller may see: own memberships first, then the others',
    tag: 'workspaces',
    auth: 'user',
    response: WorkspaceListSchema,
  }),
};
