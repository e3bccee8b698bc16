import { z } from 'zod';
import { IdParamsSchema, IdSchema, TimestampSchema } from '../common';
import { plainText, plainTitle } from '../text';
import { endpoint } from './endpoint';
import { IntervalSchema, ResultLabelSchema } from './results';
import { REPORT_LIMITS } from './reports';

/**
 * Why a figure of this wave has no counterpart in the previous one: `question_missing` no
 * question of the previous questionnaire traces back to the same question (the version history
 * records no rename); `option_missing` the answer was not offered then; `kind_differs` the
 * question asked differently (a mean became a choice); `suppressed` fewer than 10 answered in
 * either wave.
 */
export const UNMAPPED_REASONS = [
  'question_missing',
  'option_missing',
  'kind_differs',
  'suppressed',
] as const;
export const UnmappedReasonSchema = z.enum(UNMAPPED_REASONS);

/** One figure of a question in this wave beside the previous wave's. */
export const WaveItemSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('compared'),
    option: z.string().nullable(),
    optionLabel: ResultLabelSchema.nullable(),
    value: z.number(),
    interval: IntervalSchema,
    /** The question's name in the previous wave's questionnaire. */
    previousQuestion: z.string(),
    previousValue: z.number(),
    previousInterval: IntervalSchema,
    /** This wave minus the previous one. */
    difference: z.number(),
    /** The two 95 % intervals overlap: the difference is not marked as a change. */
    overlap: z.boolean(),
  }),
  z.object({
    state: z.literal('unmapped'),
    option: z.string().nullable(),
    optionLabel: ResultLabelSchema.nullable(),
    reason: UnmappedReasonSchema,
  }),
]);
export type WaveItem = z.infer<typeof WaveItemSchema>;

export const WaveQuestionSchema = z.object({
  question: z.string(),
  title: ResultLabelSchema,
  /** `share`: each answer's weighted share; `mean`: the question's weighted mean. */
  measure: z.enum(['share', 'mean']),
  items: z.array(WaveItemSchema),
});
export type WaveQuestion = z.infer<typeof WaveQuestionSchema>;

export const WaveComparisonSchema = z.object({
  analysisId: IdSchema,
  /** The council's newest earlier analysis with weighted results; null when there is none. */
  previous: z.object({ analysisId: IdSchema, analysisTitle: z.string() }).nullable(),
  questions: z.array(WaveQuestionSchema),
});
export type WaveComparison = z.infer<typeof WaveComparisonSchema>;

/** A headline indicator compared across councils, named as in the standard questionnaire. */
export const HeadlineSchema = z.object({
  id: z.string(),
  question: z.string(),
  option: z.string().nullable(),
  measure: z.enum(['share', 'mean']),
});
export type Headline = z.infer<typeof HeadlineSchema>;

export const CouncilFiguresSchema = z.object({
  analysisId: IdSchema,
  analysisTitle: z.string(),
  council: z.string(),
  /** The caller's own analysis. */
  own: z.boolean(),
  /** Per headline (same order): the weighted figure, or null where fewer than 10 answered. */
  values: z.array(z.object({ value: z.number(), interval: IntervalSchema }).nullable()),
});
export type CouncilFigures = z.infer<typeof CouncilFiguresSchema>;

export const CouncilComparisonSchema = z.object({
  analysisId: IdSchema,
  /** This analysis's council takes part in the comparison. */
  optedIn: z.boolean(),
  headlines: z.array(HeadlineSchema),
  /**
   * Opted-in analyses (the newest with results per council), only aggregates; empty unless this
   * analysis opted in, except for the programme staff, who see every opted-in one.
   */
  councils: z.array(CouncilFiguresSchema),
  permissions: z.object({ optIn: z.boolean() }),
});
export type CouncilComparison = z.infer<typeof CouncilComparisonSchema>;

export const ComparisonOptInBodySchema = z.object({ optedIn: z.boolean() }).strict();

/** What the chain from analysis to published experience report still lacks. */
export const TRANSFER_GAPS = ['no_recommendations', 'open_recommendations', 'no_workshop'] as const;

export const TransferDraftSchema = z.object({
  title: plainTitle(REPORT_LIMITS.titleMaxLength),
  summary: plainText(REPORT_LIMITS.summaryMaxLength),
  whatWasDone: plainText(REPORT_LIMITS.sectionMaxLength),
  whatWorked: plainText(REPORT_LIMITS.sectionMaxLength),
  whatDidNotWork: plainText(REPORT_LIMITS.sectionMaxLength),
});
export type TransferDraft = z.infer<typeof TransferDraftSchema>;

export const TransferSchema = z.object({
  analysisId: IdSchema,
  /** The transfer workshop: a council meeting with the analysis's report attached. */
  workshop: z
    .object({ meetingId: IdSchema, title: z.string(), startsAt: TimestampSchema })
    .nullable(),
  recommendations: z.object({
    accepted: z.number().int(),
    declined: z.number().int(),
    open: z.number().int(),
  }),
  /** Every recommendation decided and the workshop held: the chain may be published. */
  finished: z.boolean(),
  gaps: z.array(z.enum(TRANSFER_GAPS)),
  /** The experience report the chain was published as. */
  report: z.object({ reportId: IdSchema, title: z.string() }).nullable(),
  /** The experience report prefilled from the analysis (no names, no suppressed figures). */
  draft: z.object({
    title: z.string(),
    summary: z.string(),
    whatWasDone: z.string(),
    whatWorked: z.string(),
    whatDidNotWork: z.string(),
  }),
  permissions: z.object({ manage: z.boolean() }),
});
export type Transfer = z.infer<typeof TransferSchema>;

export const CreateWorkshopBodySchema = z
  .object({
    title: plainTitle(200).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    location: plainText(300).default(''),
  })
  .strict();
export type CreateWorkshopBody = z.input<typeof CreateWorkshopBodySchema>;

export const PublishTransferBodySchema = TransferDraftSchema.extend({
  visibility: z.enum(['network', 'public']),
}).strict();
export type PublishTransferBody = z.input<typeof PublishTransferBodySchema>;

const TAG = 'Sicherheitsanalyse: Vergleich und Transfer';

export const analysisTransferEndpoints = {
  waves: endpoint({
    method: 'get',
    path: '/api/analyses/:id/wave-comparison',
    summary: "Each question beside the council's previous wave, mapped by the version history",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: WaveComparisonSchema,
  }),
  councils: endpoint({
    method: 'get',
    path: '/api/analyses/:id/council-comparison',
    summary: "Headline indicators beside other opted-in councils' analyses (aggregates only)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: CouncilComparisonSchema,
  }),
  optIn: endpoint({
    method: 'put',
    path: '/api/analyses/:id/council-comparison',
    summary: 'Take part in the comparison between councils, or leave it (analysis team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: ComparisonOptInBodySchema,
    response: CouncilComparisonSchema,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/analyses/:id/transfer',
    summary: 'The chain from recommendations to the transfer workshop and the experience report',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: TransferSchema,
  }),
  workshop: endpoint({
    method: 'post',
    path: '/api/analyses/:id/transfer/workshop',
    summary: 'Create the transfer workshop: a council meeting with the report attached (team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CreateWorkshopBodySchema,
    response: TransferSchema,
    status: 201,
  }),
  publish: endpoint({
    method: 'post',
    path: '/api/analyses/:id/transfer/publish',
    summary: 'Publish the finished chain as an experience report in the exchange (team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: PublishTransferBodySchema,
    response: TransferSchema,
    status: 201,
  }),
};
