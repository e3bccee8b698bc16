import { z } from 'zod';
import { IdSchema } from '../common';
import { FieldOfActionSchema, OrganisationTypeSchema, WorkspaceRoleSchema } from '../vocab';
import { endpoint } from './endpoint';
import { OrganisationSchema } from './members';

export const DirectoryQuerySchema = z.object({
  /** Part of a name, an organisation or a council. */
  q: z.string().trim().max(100).optional(),
  workspaceId: IdSchema.optional(),
  fieldOfAction: FieldOfActionSchema.optional(),
  organisationType: OrganisationTypeSchema.optional(),
});

/** One person as the directory shows them: who, in which council, for which organisation. */
export const DirectoryEntrySchema = z.object({
  userId: IdSchema,
  name: z.string(),
  memberships: z.array(
    z.object({
      workspaceId: IdSchema,
      workspaceName: z.string(),
      role: WorkspaceRoleSchema,
      organisation: OrganisationSchema,
    }),
  ),
  /** The fields of action of the projects they run or take part in (those the viewer may see). */
  fieldsOfAction: z.array(FieldOfActionSchema),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

export const DirectorySchema = z.object({
  items: z.array(DirectoryEntrySchema),
  /** The councils whose members the viewer may see: the choices of the council filter. */
  councils: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** More people matched than are listed. */
  truncated: z.boolean(),
});
export type Directory = z.infer<typeof DirectorySchema>;

export const directoryEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/directory',
    summary:
      "Who does what in which council: members of one's councils (coordinators: of every council)",
    tag: 'directory',
    auth: 'user',
    query: DirectoryQuerySchema,
    response: DirectorySchema,
  }),
};
