import { z } from 'zod';
import { IdParamsSchema, IdSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema, VisibilitySchema } from '../vocab';
import { endpoint } from './endpoint';
import { plainTitle } from '../text';

export const PLAN_KINDS = ['action_plan', 'minutes'] as const;
export const PlanKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKindSchema>;

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'postponed', 'dropped'] as const;
export const MeasureStatusSchema = z.enum(MEASURE_STATUSES);
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;

/** What the caller may do with a collaborative document. */
export const DocumentAccessSchema = z.enum(['read', 'write']);
export type DocumentAccess = z.infer<typeof DocumentAccessSchema>;

const TitleSchema = plainTitle(200);

export const PlanSchema = z.object({
  id: IdSchema,
  workspaceId: IdSchema,
  title: z.string(),
  kind: PlanKindSchema,
  visibility: VisibilitySchema,
  archived: z.boolean(),
  access: DocumentAccessSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Plan = z.infer<typeof PlanSchema>;

/**
 * A measure as mirrored from the plan's Yjs document into MongoDB, so lists and dashboards read it
 * without loading Yjs. The Yjs document stays the source of truth.
 */
export const MeasureSchema = z.object({
  id: z.string(),
  planId: IdSchema,
  planTitle: z.string(),
  workspaceId: IdSchema,
  title: z.string(),
  goal: z.string(),
  fieldOfAction: FieldOfActionSchema.nullable(),
  responsibleOrganisation: z.string(),
  responsiblePerson: z.string(),
  start: z.string().nullable(),
  deadline: z.string().nullable(),
  status: MeasureStatusSchema,
  progress: z.number().min(0).max(100),
  indicator: z.string(),
  linkedProjectId: z.string().nullable(),
  budget: z.number().nullable(),
  notes: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const PlanVersionSchema = z.object({
  id: IdSchema,
  planId: IdSchema,
  name: z.string().nullable(),
  automatic: z.boolean(),
  createdAt: TimestampSchema,
  createdBy: z.string().nullable(),
});
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

/** One version with its full document state, for viewing it read-only in the client. */
export const PlanVersionStateSchema = z.object({
  version: PlanVersionSchema,
  /** The version's Yjs document state (`Y.encodeStateAsUpdate`), base64-encoded. */
  state: z.base64(),
});
export type PlanVersionState = z.infer<typeof PlanVersionStateSchema>;

export const WorkspaceParamsSchema = z.object({ workspaceId: IdSchema });

export const planEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/plans',
    summary: "A council's plans the caller may see (archived ones with ?archived=true)",
    tag: 'plans',
    auth: 'user',
    params: WorkspaceParamsSchema,
    query: z.object({ archived: z.enum(['true', 'false']).default('false') }),
    response: z.object({ items: z.array(PlanSchema) }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/plans',
    summary: 'Create an action plan or meeting minutes',
    tag: 'plans',
    auth: 'user',
    params: WorkspaceParamsSchema,
    body: z.object({
      title: TitleSchema,
      kind: PlanKindSchema.default('action_plan'),
      visibility: VisibilitySchema.default('workspace'),
    }),
    response: PlanSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/plans/:id',
    summary: 'One plan',
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    response: PlanSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/plans/:id',
    summary: 'Rename, archive or change the visibility of a plan',
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    body: z
      .object({
        title: TitleSchema.optional(),
        archived: z.boolean().optional(),
        visibility: VisibilitySchema.optional(),
      })
      .strict(),
    response: PlanSchema,
  }),
  measures: endpoint({
    method: 'get',
    path: '/api/plans/:id/measures',
    summary: "The plan's measures, as mirrored from its document",
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(MeasureSchema) }),
  }),
  deadlines: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/deadlines',
    summary: "Measures due within `days` or overdue, across the council's plans",
    tag: 'plans',
    auth: 'user',
    params: WorkspaceParamsSchema,
    query: z.object({ days: z.coerce.number().int().min(1).max(365).default(14) }),
    response: z.object({ overdue: z.array(MeasureSchema), dueSoon: z.array(MeasureSchema) }),
  }),
  versions: endpoint({
    method: 'get',
    path: '/api/plans/:id/versions',
    summary: 'Automatic and named versions of a plan, newest first',
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(PlanVersionSchema) }),
  }),
  createVersion: endpoint({
    method: 'post',
    path: '/api/plans/:id/versions',
    summary: 'Save the current state as a named version',
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    body: z.object({ name: plainTitle(120) }),
    response: PlanVersionSchema,
    status: 201,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/plans/:id/export',
    summary: 'The plan (text and measures table) as PDF or DOCX, for the municipal council',
    tag: 'plans',
    auth: 'user',
    params: IdParamsSchema,
    query: z.object({ format: z.enum(['pdf', 'docx']) }),
    response: null,
    status: 200,
    produces: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  }),
  version: endpoint({
    method: 'get',
    path: '/api/plans/:id/versions/:versionId',
    summary: 'One version of a plan with its document state (base64), to view it read-only',
    tag: 'plans',
    auth: 'user',
    params: z.object({ id: IdSchema, versionId: IdSchema }),
    response: PlanVersionStateSchema,
  }),
  restoreVersion: endpoint({
    method: 'post',
    path: '/api/plans/:id/versions/:versionId/restore',
    summary: 'Restore a version as a new change that everyone sees live',
    tag: 'plans',
    auth: 'user',
    params: z.object({ id: IdSchema, versionId: IdSchema }),
    response: null,
  }),
};

/**
 * Layout of a plan's Yjs document: the rich text (a ProseMirror fragment) and the measures
 * (a Y.Array of Y.Maps whose keys are the Measure fields other than the ids).
 */
export const PLAN_DOCUMENT = { text: 'content', measures: 'measures' } as const;
