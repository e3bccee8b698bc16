import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { EmailSchema } from '../api/auth';
import { FieldOfActionSchema, OrganisationTypeSchema, VisibilitySchema } from '../vocab';
import { plainText } from './text';
import {
  EvaluationTypeSchema,
  EvidenceLevelSchema,
  FundingSourceSchema,
  PROJECT_LIMITS as L,
  ProjectSettingSchema,
  ProjectStatusSchema,
  ProtectiveFactorSchema,
  RiskFactorSchema,
} from './vocab';

const text = () => plainText(L.textMaxLength).default('');
const short = () => plainText(L.shortTextMaxLength).default('');
const DaySchema = z.iso.date();
/** Euro amounts; cents allowed. */
const MoneySchema = z.number().min(0).max(1_000_000_000);

export const PartnerInputSchema = z.object({
  organisation: plainText(160, { required: true }),
  type: OrganisationTypeSchema,
  role: short(),
  /** People of this organisation on the platform (members of the council); they may post updates. */
  userIds: z.array(IdSchema).max(L.partnerUsersMax).default([]),
});
export type PartnerInput = z.input<typeof PartnerInputSchema>;

export const ProjectMilestoneSchema = z.object({
  date: DaySchema,
  title: plainText(200, { required: true }),
  done: z.boolean().default(false),
});
export type ProjectMilestone = z.infer<typeof ProjectMilestoneSchema>;

export const ProjectCostItemSchema = z.object({
  item: plainText(200, { required: true }),
  amount: MoneySchema,
});
export type ProjectCostItem = z.infer<typeof ProjectCostItemSchema>;

/**
 * The record of a prevention project, along the Beccaria standards: problem → causes → goals →
 * approach → implementation → evaluation. Every field has an empty default so a draft can be
 * saved at any step; `projectIssues` says what is still missing before it is published.
 */
export const ProjectFieldsSchema = z.object({
  title: plainText(L.titleMaxLength, { required: true }),
  summary: plainText(L.summaryMaxLength).default(''),
  fieldsOfAction: z.array(FieldOfActionSchema).max(20).default([]),
  status: ProjectStatusSchema.default('idea'),
  /** What, where, since when, and the evidence for it (PKS figures, complaints, observations). */
  problem: z
    .object({ what: text(), where: short(), since: short(), evidence: text() })
    .default({ what: '', where: '', since: '', evidence: '' }),
  causes: text(),
  /** The prevention goal (less crime, more safety), kept apart from the project's own goals. */
  preventionGoal: text(),
  projectGoals: text(),
  indicators: z
    .array(plainText(L.shortTextMaxLength, { required: true }))
    .max(L.listMaxItems)
    .default([]),
  targetGroups: z
    .object({ primary: short(), secondary: short() })
    .default({ primary: '', secondary: '' }),
  settings: z.array(ProjectSettingSchema).max(10).default([]),
  riskFactors: z.array(RiskFactorSchema).max(20).default([]),
  protectiveFactors: z.array(ProtectiveFactorSchema).max(10).default([]),
  /** What the project does, and why it should work (intervention logic). */
  approach: text(),
  interventionLogic: text(),
  /** How it is carried out: context and implementation notes. */
  implementation: text(),
  partners: z.array(PartnerInputSchema).max(L.listMaxItems).default([]),
  contact: z
    .object({
      name: plainText(120).default(''),
      organisation: plainText(160).default(''),
      email: z.union([z.literal(''), EmailSchema]).default(''),
      phone: plainText(40).default(''),
    })
    .default({ name: '', organisation: '', email: '', phone: '' }),
  timeline: z
    .object({
      start: DaySchema.nullable().default(null),
      end: DaySchema.nullable().default(null),
      milestones: z.array(ProjectMilestoneSchema).max(L.milestonesMax).default([]),
    })
    .default({ start: null, end: null, milestones: [] }),
  costPlan: z.array(ProjectCostItemSchema).max(L.costItemsMax).default([]),
  funding: z
    .object({
      source: FundingSourceSchema.nullable().default(null),
      sourceNote: short(),
      requested: MoneySchema.nullable().default(null),
      granted: MoneySchema.nullable().default(null),
      /** Own share in euros (may be in kind); at least 10 % of the total cost. */
      ownShare: MoneySchema.nullable().default(null),
      year: z.number().int().min(2000).max(2100).nullable().default(null),
    })
    .default({
      source: null,
      sourceNote: '',
      requested: null,
      granted: null,
      ownShare: null,
      year: null,
    }),
  evaluation: z
    .object({ type: EvaluationTypeSchema.default('none'), method: text(), result: text() })
    .default({ type: 'none', method: '', result: '' }),
  evidenceLevel: EvidenceLevelSchema.nullable().default(null),
  /** Context and notes so another municipality can replicate the project. */
  replicationNotes: text(),
  /** The security-analysis recommendation the project answers. */
  recommendation: short(),
  visibility: VisibilitySchema.default('workspace'),
});
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

export const CreateProjectBodySchema = ProjectFieldsSchema.extend({
  /** Unset: the council's default visibility for new content. */
  visibility: VisibilitySchema.optional(),
  /** Drafts are saved step by step and seen only inside the council until published. */
  draft: z.boolean().default(true),
});
export type CreateProjectBody = z.input<typeof CreateProjectBodySchema>;

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/** The same fields without their defaults, so a change touches only the sections it names. */
function withoutDefaults<Shape extends z.ZodRawShape>(shape: Shape) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      schema instanceof z.ZodDefault ? schema.unwrap() : schema,
    ]),
  ) as { [K in keyof Shape]: WithoutDefault<Shape[K]> };
}

/** A change: the sections sent replace the stored ones; `draft: false` publishes. */
export const UpdateProjectBodySchema = z
  .object(withoutDefaults(ProjectFieldsSchema.shape))
  .partial()
  .extend({ draft: z.boolean().optional() });
export type UpdateProjectBody = z.input<typeof UpdateProjectBodySchema>;

/** Fields a project needs before it leaves the draft state (dotted paths). */
export const REQUIRED_FOR_PUBLISHING = [
  'title',
  'summary',
  'fieldsOfAction',
  'problem.what',
  'causes',
  'preventionGoal',
  'targetGroups.primary',
  'settings',
  'approach',
  'contact.name',
] as const;

export interface ProjectIssue {
  /** Dotted path of the field, as in the body (`funding.ownShare`). */
  path: string;
  message: string;
}

function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
}

export const totalCost = (costPlan: readonly ProjectCostItem[]): number =>
  Math.round(costPlan.reduce((sum, item) => sum + item.amount, 0) * 100) / 100;

/**
 * What is wrong with a whole record beyond single fields: dates in order, the own share of the
 * funding guideline, and, unless it is a draft, the fields a published project needs. Client
 * and server ask the same function, so the form shows what the server would answer.
 */
export function projectIssues(record: ProjectFields, options: { draft: boolean }): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (!options.draft) {
    for (const path of REQUIRED_FOR_PUBLISHING) {
      const value = valueAt(record, path);
      if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) {
        issues.push({ path, message: 'is required before publishing' });
      }
    }
  }
  const { start, end } = record.timeline;
  if (start && end && end < start)
    issues.push({ path: 'timeline.end', message: 'must not be before the start' });
  const total = totalCost(record.costPlan);
  const { ownShare } = record.funding;
  if (ownShare !== null && total > 0 && ownShare < total * L.ownShareMinRatio) {
    issues.push({ path: 'funding.ownShare', message: 'must be at least 10 % of the total cost' });
  }
  if (ownShare !== null && total > 0 && ownShare > total) {
    issues.push({ path: 'funding.ownShare', message: 'must not exceed the total cost' });
  }
  return issues;
}

export const WorkspaceRefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  municipality: z.string(),
});
export type WorkspaceRef = z.infer<typeof WorkspaceRefSchema>;

/** What the caller may do with a project, for showing or hiding controls. */
export const ProjectPermissionsSchema = z.object({
  edit: z.boolean(),
  /** Post updates and comments: members, and partners listed on the project. */
  post: z.boolean(),
  /** Delete others' updates and comments: the council's admins. */
  moderate: z.boolean(),
  /** Change visibility after creation, delete: the council's admins (or the author of a draft). */
  manage: z.boolean(),
});
export type ProjectPermissions = z.infer<typeof ProjectPermissionsSchema>;

export const PartnerSchema = PartnerInputSchema.omit({ userIds: true }).extend({
  users: z.array(PersonRefSchema),
});
export type Partner = z.infer<typeof PartnerSchema>;

export const ProjectSchema = ProjectFieldsSchema.omit({ partners: true }).extend({
  id: IdSchema,
  workspace: WorkspaceRefSchema,
  partners: z.array(PartnerSchema),
  draft: z.boolean(),
  totalCost: z.number(),
  createdBy: PersonRefSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  permissions: ProjectPermissionsSchema,
  following: z.boolean(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** A project as lists show it. */
export const ProjectSummarySchema = z.object({
  id: IdSchema,
  workspace: WorkspaceRefSchema,
  title: z.string(),
  summary: z.string(),
  status: ProjectStatusSchema,
  fieldsOfAction: z.array(FieldOfActionSchema),
  settings: z.array(ProjectSettingSchema),
  partnerTypes: z.array(OrganisationTypeSchema),
  start: z.string().nullable(),
  end: z.string().nullable(),
  fundingYear: z.number().nullable(),
  evidenceLevel: EvidenceLevelSchema.nullable(),
  visibility: VisibilitySchema,
  draft: z.boolean(),
  updatedAt: TimestampSchema,
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
