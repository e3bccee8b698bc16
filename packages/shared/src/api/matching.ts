import { z } from 'zod';
import { IdSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';
import { CouncilRefSchema } from './exchange';
import { WorkspaceIdParamsSchema } from './workspaces';

/** Municipality size classes by inhabitants (i18n keys `matching.sizeClass.<code>`). */
export const SIZE_CLASSES = ['under_5000', '5000_20000', '20000_100000', 'over_100000'] as const;
export const SizeClassSchema = z.enum(SIZE_CLASSES);
export type SizeClass = z.infer<typeof SizeClassSchema>;

/** The size class of a population; null when the population is unknown. */
export function sizeClassOf(population: number | null | undefined): SizeClass | null {
  if (population === null || population === undefined) return null;
  if (population < 5000) return 'under_5000';
  if (population < 20_000) return '5000_20000';
  if (population < 100_000) return '20000_100000';
  return 'over_100000';
}

/**
 * Why a council or report was suggested. The client words each reason from its i18n key
 * (`matching.reason.<reason>`) and parameters.
 */
export const MatchReasonSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('same_field'), fields: z.array(FieldOfActionSchema) }),
  z.object({ reason: z.literal('size_class'), class: SizeClassSchema }),
  z.object({ reason: z.literal('same_district'), district: z.string() }),
  z.object({ reason: z.literal('nearby'), km: z.number().int().nonnegative() }),
  z.object({ reason: z.literal('recent_activity') }),
  z.object({ reason: z.literal('experience_report'), count: z.number().int().positive() }),
]);
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const MatchedCouncilSchema = CouncilRefSchema.extend({
  population: z.number().int().nonnegative().nullable(),
  sizeClass: SizeClassSchema.nullable(),
});
export type MatchedCouncil = z.infer<typeof MatchedCouncilSchema>;

export const CouncilSuggestionSchema = z.object({
  council: MatchedCouncilSchema,
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
});
export type CouncilSuggestion = z.infer<typeof CouncilSuggestionSchema>;

export const ReportSuggestionSchema = z.object({
  report: z.object({
    id: IdSchema,
    title: z.string(),
    council: CouncilRefSchema,
    fieldsOfAction: z.array(FieldOfActionSchema),
  }),
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
});
export type ReportSuggestion = z.infer<typeof ReportSuggestionSchema>;

export const SuggestionsSchema = z.object({
  /** What the suggestions were computed for: the council and the Handlungsfelder considered. */
  subject: z.object({
    council: MatchedCouncilSchema,
    fieldsOfAction: z.array(FieldOfActionSchema),
  }),
  councils: z.array(CouncilSuggestionSchema),
  reports: z.array(ReportSuggestionSchema),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

/** Per Handlungsfeld: who works on it, and who could learn from whom (coordinators). */
export const FieldOverviewSchema = z.object({
  field: FieldOfActionSchema,
  councils: z.array(
    MatchedCouncilSchema.extend({
      reports: z.number().int().nonnegative(),
      experienced: z.boolean(),
    }),
  ),
  pairs: z.array(
    z.object({
      learner: MatchedCouncilSchema,
      mentor: MatchedCouncilSchema,
      reasons: z.array(MatchReasonSchema),
    }),
  ),
});
export type FieldOverview = z.infer<typeof FieldOverviewSchema>;

const TAG = 'matching';

export const matchingEndpoints = {
  council: endpoint({
    method: 'get',
    path: '/api/matching/workspaces/:workspaceId',
    summary: 'Councils and reports a council could learn from, with the reasons',
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    query: z.object({ field: FieldOfActionSchema.optional() }),
    response: SuggestionsSchema,
  }),
  project: endpoint({
    method: 'get',
    path: '/api/matching/projects/:projectId',
    summary: 'Councils and reports relevant to a prevention project, with the reasons',
    tag: TAG,
    auth: 'user',
    params: z.object({ projectId: IdSchema }),
    response: SuggestionsSchema,
  }),
  measure: endpoint({
    method: 'get',
    path: '/api/matching/plans/:planId/measures/:measureId',
    summary: 'Councils and reports relevant to a measure of an action plan, with the reasons',
    tag: TAG,
    auth: 'user',
    params: z.object({ planId: IdSchema, measureId: z.string().min(1).max(64) }),
    response: SuggestionsSchema,
  }),
  fields: endpoint({
    method: 'get',
    path: '/api/matching/fields',
    summary:
      'Per Handlungsfeld: councils working on it and who could learn from whom (coordinators)',
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(FieldOverviewSchema) }),
  }),
};
