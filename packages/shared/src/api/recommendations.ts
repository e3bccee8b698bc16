import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { plainText, plainTitle } from '../text';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';
import { IntervalSchema, ResultLabelSchema } from './results';

export const RECOMMENDATION_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 4000,
  reasonMaxLength: 2000,
  findingsMax: 10,
} as const;

export const RECOMMENDATION_STATUSES = ['open', 'accepted', 'declined'] as const;
export const RecommendationStatusSchema = z.enum(RECOMMENDATION_STATUSES);
export type RecommendationStatus = z.infer<typeof RecommendationStatusSchema>;

/**
 * What a recommendation cites: a question of the results and, for a share, one of its answers.
 * Without `option` the finding is the question's weighted mean (questions on a numeric scale). The
 * figures themselves are always taken from the results, never sent by the client.
 */
export const FindingRefSchema = z.object({
  question: z.string().trim().min(1).max(64),
  option: z.string().trim().min(1).max(64).nullable().default(null),
});
export type FindingRef = z.infer<typeof FindingRefSchema>;

/** A cited finding: the question's weighted value in this wave with its 95 % interval. */
export const FindingSchema = z.object({
  id: z.string(),
  question: z.string(),
  option: z.string().nullable(),
  title: ResultLabelSchema,
  optionLabel: ResultLabelSchema.nullable(),
  /** `share`: a weighted share (0–1) of `option`; `mean`: a weighted mean on the item's scale. */
  measure: z.enum(['share', 'mean']),
  value: z.number(),
  interval: IntervalSchema,
  /** Respondents (unweighted) the figure rests on. */
  n: z.number().int(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * The indicator in the council's next wave: `none` while no later wave has results; `unmapped`
 * when the questionnaires' version history cannot map the question (with the reason);
 * `compared` with the later value and whether the intervals say it changed (they do not overlap).
 */
export const IndicatorChangeSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({
    state: z.literal('unmapped'),
    analysisId: IdSchema,
    analysisTitle: z.string(),
    /**
     * `question_missing`: no question of the later questionnaire traces back to the cited one;
     * `option_missing`: the cited answer is not offered there; `kind_differs`: the question now
     * asks differently (e.g. a mean became a choice); `suppressed`: fewer than 10 answered.
     */
    reason: z.enum(['question_missing', 'option_missing', 'kind_differs', 'suppressed']),
  }),
  z.object({
    state: z.literal('compared'),
    analysisId: IdSchema,
    analysisTitle: z.string(),
    /** The question's name in the later wave's questionnaire. */
    question: z.string(),
    value: z.number(),
    interval: IntervalSchema,
    difference: z.number(),
    /** True only when the two 95 % intervals do not overlap. */
    changed: z.boolean(),
  }),
]);
export type IndicatorChange = z.infer<typeof IndicatorChangeSchema>;

/** The measure an accepted recommendation became, with its indicator's baseline and target. */
export const RecommendationMeasureSchema = z.object({
  planId: IdSchema,
  planTitle: z.string(),
  measureId: z.string(),
  /** The cited finding that is the measure's indicator. */
  findingId: z.string(),
  baseline: z.object({ value: z.number(), interval: IntervalSchema }),
  target: z.number(),
  change: IndicatorChangeSchema,
});
export type RecommendationMeasure = z.infer<typeof RecommendationMeasureSchema>;

export const RecommendationSchema = z.object({
  id: IdSchema,
  analysisId: IdSchema,
  title: z.string(),
  text: z.string(),
  findings: z.array(FindingSchema),
  status: RecommendationStatusSchema,
  /** Why the council declined it; set exactly when declined. */
  declineReason: z.string().nullable(),
  measure: RecommendationMeasureSchema.nullable(),
  createdBy: PersonRefSchema,
  createdAt: TimestampSchema,
  decidedAt: TimestampSchema.nullable(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const CreateRecommendationBodySchema = z.object({
  title: plainTitle(RECOMMENDATION_LIMITS.titleMaxLength),
  text: plainText(RECOMMENDATION_LIMITS.textMaxLength).default(''),
  findings: z
    .array(FindingRefSchema)
    .min(1, 'cite at least one finding')
    .max(RECOMMENDATION_LIMITS.findingsMax),
});
export type CreateRecommendationBody = z.infer<typeof CreateRecommendationBodySchema>;

export const AcceptRecommendationBodySchema = z.object({
  /** The council's action plan that receives the measure. */
  planId: IdSchema,
  /** Which cited finding becomes the measure's indicator. */
  findingId: z.string().min(1).max(64),
  /** The target in the finding's unit: a share 0–1, or a mean on the item's scale. */
  target: z.number().finite(),
  fieldOfAction: FieldOfActionSchema.nullable().default(null),
});
export type AcceptRecommendationBody = z.infer<typeof AcceptRecommendationBodySchema>;

export const DeclineRecommendationBodySchema = z.object({
  reason: plainText(RECOMMENDATION_LIMITS.reasonMaxLength, { required: true }),
});
export type DeclineRecommendationBody = z.infer<typeof DeclineRecommendationBodySchema>;

const TAG = 'Sicherheitsanalyse: Empfehlungen';

export const recommendationEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/analyses/:id/recommendations',
    summary: "The analysis's recommendations with their findings, decisions and measures (readers)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({
      items: z.array(RecommendationSchema),
      permissions: z.object({ manage: z.boolean() }),
    }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/analyses/:id/recommendations',
    summary: 'Write a recommendation citing findings of the weighted results (analysis team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CreateRecommendationBodySchema,
    response: RecommendationSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/recommendations/:id',
    summary: "One recommendation, with its measure's indicator change in a later wave (readers)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: RecommendationSchema,
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/recommendations/:id/accept',
    summary: "Accept: the recommendation becomes a measure of the council's action plan (team)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: AcceptRecommendationBodySchema,
    response: RecommendationSchema,
  }),
  decline: endpoint({
    method: 'post',
    path: '/api/recommendations/:id/decline',
    summary: 'Decline the recommendation with a reason (team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: DeclineRecommendationBodySchema,
    response: RecommendationSchema,
  }),
};
