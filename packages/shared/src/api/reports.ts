// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';
import { CouncilRefSchema } from './exchange';
import { WorkspaceIdParamsSchema } from './workspaces';
import { plain, plainTitle } from '../text';

export const REPORT_LIMITS = {
  titleMaxLength: 200,
  summaryMaxLength: 1000,
  sectionMaxLength: 10_000,
  questionMaxLength: 4000,
  publicPageSize: 50,
} as const;

/**
 * How well the effect is established, after the Grüne Liste Prävention (i18n keys
 * `reports.evidence.<code>`): theoretically well founded, probably effective, proven effective;
 * null = not assessed. The same codes as a project's evidence level, so a report drawn from a
 * project keeps it.
 */
export const REPORT_EVIDENCE_LEVELS = ['theoretical', 'probable', 'proven'] as const;
export const ReportEvidenceLevelSchema = z.enum(REPORT_EVIDENCE_LEVELS);
export type ReportEvidenceLevel = z.infer<typeof ReportEvidenceLevelSchema>;

/**
 * Where a report is published: `draft` only inside the council, `network` for every signed-in
 * user of the platform, `public` also on the good-practice page without login.
 */
export const REPORT_VISIBILITIES = ['draft', 'network', 'public'] as const;
export const ReportVisibilitySchema = z.enum(REPORT_VISIBILITIES);
export type ReportVisibility = z.infer<typeof ReportVisibilitySchema>;

/** The EUCPN good-practice criteria, as the authors assess their own report. */
export const ReportQualitySchema = z.object({
  clearProblem: z.boolean(),
  interventionLogic: z.boolean(),
  evaluated: z.boolean(),
  replicable: z.boolean(),
});
export type ReportQuality = z.infer<typeof ReportQualitySchema>;

export const ReportContactSchema = z.object({
  name: plain(z.string().trim().max(120)),
  organisation: plain(z.string().trim().max(160)),
  email: z.union([z.email('must be an e-mail address').max(254), z.literal('')]),
  phone: z.string().trim().max(60),
});
export type ReportContact = z.infer<typeof ReportContactSchema>;

const section = () => z.string().trim().max(REPORT_LIMITS.sectionMaxLength);

const reportContent = {
  title: plainTitle(REPORT_LIMITS.titleMaxLength),
  summary: z.string().trim().max(REPORT_LIMITS.summaryMaxLength),
  fieldsOfAction: z.array(FieldOfActionSchema).max(13),
  whatWasDone: section(),
  whatWorked: section(),
  whatDidNotWork: section(),
  costAndEffort: section(),
  partners: section(),
  replicationNotes: section(),
  contact: ReportContactSchema,
  quality: ReportQualitySchema,
  evidenceLevel: ReportEvidenceLevelSchema.nullable(),
};

/** A report as everyone who may read it sees it (also on the public page). */
export const PublicReportSchema = z.object({
  id: IdSchema,
  council: CouncilRefSchema,
  ...reportContent,
  visibility: ReportVisibilitySchema,
  /** The project the report comes from, if any (readable only where the project is). */
  projectId: IdSchema.nullable(),
  helpfulCount: z.number().int().nonnegative(),
  publishedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type PublicReport = z.infer<typeof PublicReportSchema>;

export const ReportSchema = PublicReportSchema.extend({
  author: PersonRefSchema,
  questionCount: z.number().int().nonnegative(),
  helpfulByMe: z.boolean(),
  bookmarkedByMe: z.boolean(),
  permissions: z.object({
    edit: z.boolean(),
    ask: z.boolean(),
    answer: z.boolean(),
    react: z.boolean(),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportSummarySchema = PublicReportSchema.pick({
  id: true,
  council: true,
  title: true,
  summary: true,
  fieldsOfAction: true,
  visibility: true,
  evidenceLevel: true,
  quality: true,
  helpfulCount: true,
  publishedAt: true,
  updatedAt: true,
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

const emptyContact = { name: '', organisation: '', email: '', phone: '' } as const;
const noQuality = {
  clearProblem: false,
  interventionLogic: false,
  evaluated: false,
  replicable: false,
} as const;

export const CreateReportBodySchema = z
  .object({
    title: reportContent.title,
    summary: reportContent.summary.default(''),
    fieldsOfAction: reportContent.fieldsOfAction.default([]),
    whatWasDone: section().default(''),
    whatWorked: section().default(''),
    whatDidNotWork: section().default(''),
    costAndEffort: section().default(''),
    partners: section().default(''),
    replicationNotes: section().default(''),
    contact: ReportContactSchema.default(emptyContact),
    quality: ReportQualitySchema.default(noQuality),
    evidenceLevel: ReportEvidenceLevelSchema.nullable().default(null),
    visibility: ReportVisibilitySchema.default('draft'),
    /** The council's project the report is drawn from. */
    projectId: IdSchema.nullable().default(null),
  })
  .strict();
export type CreateReportBody = z.input<typeof CreateReportBodySchema>;

export const UpdateReportBodySchema = z
  .object({
    title: reportContent.title.optional(),
    summary: reportContent.summary.optional(),
    fieldsOfAction: reportContent.fieldsOfAction.optional(),
    whatWasDone: section().optional(),
    whatWorked: section().optional(),
    whatDidNotWork: section().optional(),
    costAndEffort: section().optional(),
    partners: section().optional(),
    replicationNotes: section().optional(),
    contact: ReportContactSchema.optional(),
    quality: ReportQualitySchema.optional(),
    evidenceLevel: ReportEvidenceLevelSchema.nullable().optional(),
    visibility: ReportVisibilitySchema.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ minProperties: 1 });
export type UpdateReportBody = z.input<typeof UpdateReportBodySchema>;

export const ReportQuestionSchema = z.object({
  id: IdSchema,
  reportId: IdSchema,
  body: z.string(),
  author: PersonRefSchema,
  council: z.string().nullable(),
  createdAt: TimestampSchema,
  answer: z
    .object({ body: z.string(), author: PersonRefSchema, answeredAt: TimestampSchema })
    .nullable(),
});
export type ReportQuestion = z.infer<typeof ReportQuestionSchema>;

const QuestionText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(REPORT_LIMITS.questionMaxLength);

const ReportListQuerySchema = z.object({
  field: FieldOfActionSchema.optional(),
  workspaceId: IdSchema.optional(),
});

const TAG = 'reports';

export const reportEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/reports',
    summary: 'Experience reports the caller may read (network and public; drafts of own councils)',
    tag: TAG,
    auth: 'user',
    query: ReportListQuerySchema,
    response: z.object({ items: z.array(ReportSummarySchema) }),
  }),
  bookmarks: endpoint({
    method: 'get',
    path: '/api/reports/bookmarks',
    summary: 'Reports the caller bookmarked',
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(ReportSummarySchema) }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/reports',
    summary: 'Write an experience report of the council (its admins and members)',
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    body: CreateReportBodySchema,
    response: ReportSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/reports/:id',
    summary: 'One experience report',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: ReportSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/reports/:id',
    summary: 'Change or publish a report (the council’s admins and members)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: UpdateReportBodySchema,
    response: ReportSchema,
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/reports/:id',
    summary: 'Delete a report (the council’s admins)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  helpful: endpoint({
    method: 'put',
    path: '/api/reports/:id/helpful',
    summary: 'Mark or unmark a report as helpful',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: z.object({ helpful: z.boolean() }).strict(),
    response: ReportSchema,
  }),
  bookmark: endpoint({
    method: 'put',
    path: '/api/reports/:id/bookmark',
    summary: 'Bookmark a report or remove the bookmark',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: z.object({ bookmarked: z.boolean() }).strict(),
    response: ReportSchema,
  }),
  questions: endpoint({
    method: 'get',
    path: '/api/reports/:id/questions',
    summary: 'Questions to the authors, with their answers',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(ReportQuestionSchema) }),
  }),
  ask: endpoint({
    method: 'post',
    path: '/api/reports/:id/questions',
    summary: 'Ask the authors a question',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: z.object({ body: QuestionText }).strict(),
    response: ReportQuestionSchema,
    status: 201,
  }),
  answer: endpoint({
    method: 'put',
    path: '/api/reports/:id/questions/:questionId/answer',
    summary: 'Answer a question (the council’s admins and members)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema, questionId: IdSchema }),
    body: z.object({ body: QuestionText }).strict(),
    response: ReportQuestionSchema,
  }),
  publicList: endpoint({
    method: 'get',
    path: '/api/public/reports',
    summary: 'Good practice: public experience reports, readable without login',
    tag: TAG,
    auth: 'public',
    query: z.object({ field: FieldOfActionSchema.optional() }),
    response: z.object({ items: z.array(ReportSummarySchema) }),
  }),
  publicGet: endpoint({
    method: 'get',
    path: '/api/public/reports/:id',
    summary: 'One public experience report, readable without login',
    tag: TAG,
    auth: 'public',
    params: IdParamsSchema,
    response: PublicReportSchema,
  }),
};
