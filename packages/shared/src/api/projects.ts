import { z } from 'zod';
import { IdParamsSchema, IdSchema } from '../common';
import {
  AttachmentSchema,
  CommentBodySchema,
  CommentSchema,
  CreateProjectBodySchema,
  CreateUpdateBodySchema,
  EditUpdateBodySchema,
  FeedPageSchema,
  FeedQuerySchema,
  MunicipalitySizeSchema,
  PROJECT_LIMITS,
  ProjectSchema,
  ProjectSettingSchema,
  ProjectSortSchema,
  ProjectStatusSchema,
  ProjectSummarySchema,
  ProjectUpdateSchema,
  UpdateProjectBodySchema,
  UploadAttachmentQuerySchema,
  ATTACHMENT_TYPES,
} from '../projects';
import { FieldOfActionSchema, OrganisationTypeSchema } from '../vocab';
import { endpoint } from './endpoint';
import { MeasureSchema } from './plans';
import { WorkspaceIdParamsSchema } from './workspaces';

const TAG = 'projects';

/** Filters of the project lists (one council's, or everything the caller may see). */
export const ProjectListQuerySchema = z.object({
  workspaceId: IdSchema.optional(),
  fieldOfAction: FieldOfActionSchema.optional(),
  status: ProjectStatusSchema.optional(),
  setting: ProjectSettingSchema.optional(),
  partnerType: OrganisationTypeSchema.optional(),
  /** Projects running in that year, or funded for it. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  municipalitySize: MunicipalitySizeSchema.optional(),
  sort: ProjectSortSchema.default('updated'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PROJECT_LIMITS.pageMaxSize)
    .default(PROJECT_LIMITS.pageSize),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ProjectListQuery = z.input<typeof ProjectListQuerySchema>;

export const ProjectListSchema = z.object({
  items: z.array(ProjectSummarySchema),
  total: z.number().int(),
});
export type ProjectList = z.infer<typeof ProjectListSchema>;

const ExportQuerySchema = ProjectListQuerySchema.omit({ limit: true, offset: true });

export const UpdatesPageSchema = z.object({
  items: z.array(ProjectUpdateSchema),
  nextCursor: IdSchema.nullable(),
});
export type UpdatesPage = z.infer<typeof UpdatesPageSchema>;

export const projectEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/projects',
    summary:
      "Prevention projects the caller may see (one council's with `workspaceId`), filtered and sorted",
    tag: TAG,
    auth: 'user',
    query: ProjectListQuerySchema,
    response: ProjectListSchema,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/projects/export',
    summary: 'The same list as CSV (semicolon-separated, UTF-8 with BOM) for spreadsheets',
    tag: TAG,
    auth: 'user',
    query: ExportQuerySchema,
    response: null,
    status: 200,
    produces: ['text/csv'],
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/projects',
    summary: 'Create a project (as a draft unless `draft: false`); members and admins',
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    body: CreateProjectBodySchema,
    response: ProjectSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/projects/:id',
    summary: 'One project with what the caller may do with it',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: ProjectSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/projects/:id',
    summary: 'Change sections of a project; `draft: false` publishes it',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: UpdateProjectBodySchema,
    response: ProjectSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/projects/:id',
    summary: 'Delete a project with its updates, comments and files (admins; authors of drafts)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  follow: endpoint({
    method: 'put',
    path: '/api/projects/:id/follow',
    summary: 'Follow a project (notifications about comments) or stop following it',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: z.object({ following: z.boolean() }),
    response: z.object({ following: z.boolean() }),
  }),
  measures: endpoint({
    method: 'get',
    path: '/api/projects/:id/measures',
    summary: 'Measures of action plans linked to the project (only from plans the caller may read)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(MeasureSchema) }),
  }),
  activity: endpoint({
    method: 'get',
    path: '/api/projects/:id/activity',
    summary: "The project's activity; `since` returns what happened after an event",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: FeedQuerySchema,
    response: FeedPageSchema,
  }),
  feed: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/feed',
    summary: "A council's activity feed (members); `since` returns what happened after an event",
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    query: FeedQuerySchema,
    response: FeedPageSchema,
  }),
  updates: endpoint({
    method: 'get',
    path: '/api/projects/:id/updates',
    summary: "The project's updates with their comments, newest first",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: z.object({
      before: IdSchema.optional(),
      limit: z.coerce.number().int().min(1).max(PROJECT_LIMITS.pageMaxSize).default(20),
    }),
    response: UpdatesPageSchema,
  }),
  postUpdate: endpoint({
    method: 'post',
    path: '/api/projects/:id/updates',
    summary: 'Post an update (members and partners of the project)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CreateUpdateBodySchema,
    response: ProjectUpdateSchema,
    status: 201,
  }),
  editUpdate: endpoint({
    method: 'patch',
    path: '/api/project-updates/:id',
    summary: 'Edit one of your own updates',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: EditUpdateBodySchema,
    response: ProjectUpdateSchema,
  }),
  deleteUpdate: endpoint({
    method: 'delete',
    path: '/api/project-updates/:id',
    summary: 'Delete one of your own updates, or any as a council admin (moderation)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  comments: endpoint({
    method: 'get',
    path: '/api/projects/:id/comments',
    summary: 'Comments on the project itself, oldest first',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(CommentSchema) }),
  }),
  commentProject: endpoint({
    method: 'post',
    path: '/api/projects/:id/comments',
    summary: 'Comment on a project',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CommentBodySchema,
    response: CommentSchema,
    status: 201,
  }),
  commentUpdate: endpoint({
    method: 'post',
    path: '/api/project-updates/:id/comments',
    summary: 'Comment on an update',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CommentBodySchema,
    response: CommentSchema,
    status: 201,
  }),
  editComment: endpoint({
    method: 'patch',
    path: '/api/project-comments/:id',
    summary: 'Edit one of your own comments',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CommentBodySchema,
    response: CommentSchema,
  }),
  deleteComment: endpoint({
    method: 'delete',
    path: '/api/project-comments/:id',
    summary: 'Delete one of your own comments, or any as a council admin (moderation)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  attachments: endpoint({
    method: 'get',
    path: '/api/projects/:id/attachments',
    summary: "The project's files and images, including those of its updates",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(AttachmentSchema) }),
  }),
  upload: endpoint({
    method: 'post',
    path: '/api/projects/:id/attachments',
    summary:
      'Upload a file as the raw request body (PNG, JPEG, GIF, WebP up to 5 MB; PDF, DOCX, XLSX, text up to 10 MB; type checked from the content)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: UploadAttachmentQuerySchema,
    response: AttachmentSchema,
    status: 201,
  }),
  download: endpoint({
    method: 'get',
    path: '/api/attachments/:id',
    summary: 'Download a file (only for those who may see its project)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
    status: 200,
    produces: Object.values(ATTACHMENT_TYPES),
  }),
  deleteAttachment: endpoint({
    method: 'delete',
    path: '/api/attachments/:id',
    summary: 'Delete a file (its uploader, or a council admin)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
};
