import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';

/** Limits and defaults of the weighted results. */
export const RESULTS_LIMITS = {
  /** No figure may rest on fewer respondents (unweighted); such cells show "–". */
  minimumCell: 10,
  /** Trimming caps weights at `cap` × the mean weight; k = 5 is common. */
  capMin: 1.5,
  capMax: 20,
  defaultCap: 5,
  /** Raking stops when every factor of a round lies within this of 1. */
  tolerance: 1e-6,
  maxIterations: 200,
  /** Below this alpha an index is shown with a warning. */
  alphaWarning: 0.7,
} as const;

/** The register's margins the responses are raked to. */
export const MARGIN_VARIABLES = ['district', 'ageGroup', 'sex'] as const;
export const MarginVariableSchema = z.enum(MARGIN_VARIABLES);
export type MarginVariable = z.infer<typeof MarginVariableSchema>;

const Share = z.number().min(0).max(1);
/** A text of the results in both languages of the questionnaire. */
export const ResultLabelSchema = z.object({ de: z.string(), en: z.string() });
export type ResultLabel = z.infer<typeof ResultLabelSchema>;

export const MarginSchema = z.object({
  variable: MarginVariableSchema,
  /** Residents per category, summed from the register's strata. */
  targets: z.record(z.string(), z.number()),
});

/** One recorded weighting run: what it took and what came out, so anyone can repeat it. */
export const WeightingRunSchema = z.object({
  id: IdSchema,
  /** Trimming cap (× mean weight), or null for no trimming. */
  cap: z.number().nullable(),
  tolerance: z.number(),
  maxIterations: z.number().int(),
  /** Responses when the run was made, and how many had a weight (district, age and sex known). */
  responses: z.number().int(),
  weighted: z.number().int(),
  /** Raking rounds over all margins (summed over the trimming rounds). */
  iterations: z.number().int(),
  trimRounds: z.number().int(),
  /** Respondents whose weight was cut at the cap. */
  trimmed: z.number().int(),
  /** Kish's design effect of weighting and the effective sample size. */
  deff: z.number(),
  nEff: z.number(),
  /** Whether the start weights were the sample's design weights N_h / n_h (else 1). */
  designWeights: z.boolean(),
  /** The register margins raked to: only for the analysis team (small counts). */
  margins: z.array(MarginSchema).nullable(),
  startedBy: PersonRefSchema,
  createdAt: TimestampSchema,
  /**
   * Responses that arrived after the run (recompute to include them); null where not counted
   * (the results read only the run, so they stay fast on thousands of responses).
   */
  newResponses: z.number().int().nullable(),
});
export type WeightingRun = z.infer<typeof WeightingRunSchema>;

export const StartWeightingBodySchema = z.object({
  /** Cap weights at this multiple of the mean weight; null: no trimming. */
  cap: z.number().min(RESULTS_LIMITS.capMin).max(RESULTS_LIMITS.capMax).nullable(),
});
export type StartWeightingBody = z.infer<typeof StartWeightingBodySchema>;

export const IntervalSchema = z.object({ low: z.number(), high: z.number() });

export const OptionShareSchema = z.object({
  value: z.string(),
  label: ResultLabelSchema,
  /** Weighted share with its Wilson 95 % interval on the effective n. */
  share: Share,
  interval: IntervalSchema,
  /** The unweighted share, for comparison. */
  unweighted: Share,
});
export type OptionShare = z.infer<typeof OptionShareSchema>;

export const MeanSchema = z.object({ mean: z.number(), interval: IntervalSchema });

/**
 * One cell: a group's figures for a question. Suppressed cells (fewer than 10 respondents, or
 * hidden so a suppressed neighbour cannot be computed from a total) carry no number at all.
 */
export const ResultCellSchema = z.discriminatedUnion('suppressed', [
  z.object({
    suppressed: z.literal(false),
    n: z.number().int(),
    nEff: z.number(),
    options: z.array(OptionShareSchema),
    mean: MeanSchema.nullable(),
  }),
  z.object({ suppressed: z.literal(true) }),
]);
export type ResultCell = z.infer<typeof ResultCellSchema>;

export const BreakdownSchema = z.object({
  variable: MarginVariableSchema,
  groups: z.array(z.object({ category: z.string(), cell: ResultCellSchema })),
});
export type Breakdown = z.infer<typeof BreakdownSchema>;

export const QuestionResultSchema = z.object({
  name: z.string(),
  page: z.string(),
  /** `single`: one choice; `multiple`: shares of respondents ticking each; `rating`: a mean. */
  kind: z.enum(['single', 'multiple', 'rating']),
  title: ResultLabelSchema,
  /** The battery it belongs to, and whether it is reversed in the index. */
  scale: z.string().nullable(),
  overall: ResultCellSchema,
  breakdowns: z.array(BreakdownSchema),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const IndexResultSchema = z.object({
  scale: z.string(),
  items: z.array(z.object({ name: z.string(), reverse: z.boolean() })),
  /** Cronbach's alpha on the respondents who answered every item; null with too few. */
  alpha: z.number().nullable(),
  /** Alpha below 0.7: shown with a warning. */
  warning: z.boolean(),
  /** The index is the mean of its items (reversed where marked), on the items' scale. */
  overall: ResultCellSchema,
  breakdowns: z.array(BreakdownSchema),
});
export type IndexResult = z.infer<typeof IndexResultSchema>;

export const ReturnRateSchema = z.object({
  variable: MarginVariableSchema,
  groups: z.array(
    z.object({
      category: z.string(),
      drawn: z.number().int(),
      /** Null where fewer than 10 returned (or hidden beside such a group). */
      returned: z.number().int().nullable(),
      rate: z.number().nullable(),
    }),
  ),
});

export const ResultsSchema = z.object({
  analysisId: IdSchema,
  minimumCell: z.number().int(),
  /** The run the figures come from; null until the team starts one. */
  run: WeightingRunSchema.nullable(),
  /** Letters sent, returns and the return rate, overall and per margin category. */
  returns: z.object({
    sent: z.number().int(),
    returned: z.number().int(),
    rate: z.number().nullable(),
    byMargin: z.array(ReturnRateSchema),
  }),
  questions: z.array(QuestionResultSchema),
  indices: z.array(IndexResultSchema),
  permissions: z.object({
    /** Start a weighting run, download the raw responses and codebook, review free text. */
    manage: z.boolean(),
  }),
});
export type Results = z.infer<typeof ResultsSchema>;

export const ReviewTextBodySchema = z.object({
  /** The free-text questions whose answers were read and may go into the raw CSV. */
  questions: z.array(z.string().min(1).max(64)).max(100),
});

export const ExportLanguageQuerySchema = z.object({
  /** Decimal comma and German labels (`de`) or decimal point and English (`en`). */
  language: z.enum(['de', 'en']).default('de'),
});

const TAG = 'Sicherheitsanalyse: Ergebnisse';

export const resultsEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/analyses/:id/results',
    summary: 'Weighted results with intervals, breakdowns, indices and return rates (readers)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: ResultsSchema,
  }),
  runs: endpoint({
    method: 'get',
    path: '/api/analyses/:id/weighting',
    summary: 'The recorded weighting runs, newest first (readers; margins for the team only)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(WeightingRunSchema) }),
  }),
  weigh: endpoint({
    method: 'post',
    path: '/api/analyses/:id/weighting',
    summary:
      "Rake the responses to the register's margins with a trimming cap and record the run (team)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: StartWeightingBodySchema,
    response: WeightingRunSchema,
    status: 201,
  }),
  table: endpoint({
    method: 'get',
    path: '/api/analyses/:id/results/table.csv',
    summary: 'The results as a CSV table, small cells suppressed (readers)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: ExportLanguageQuerySchema,
    response: null,
    status: 200,
    produces: ['text/csv'],
  }),
  raw: endpoint({
    method: 'get',
    path: '/api/analyses/:id/results/responses.csv',
    summary: 'Raw responses with the weight column; free text only after review (team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: ExportLanguageQuerySchema,
    response: null,
    status: 200,
    produces: ['text/csv'],
  }),
  codebook: endpoint({
    method: 'get',
    path: '/api/analyses/:id/results/codebook.csv',
    summary: 'Codebook of the raw responses: columns, questions, codes, German and English labels',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: ExportLanguageQuerySchema,
    response: null,
    status: 200,
    produces: ['text/csv'],
  }),
  reviewText: endpoint({
    method: 'put',
    path: '/api/analyses/:id/results/reviewed-text',
    summary: 'Mark free-text questions as reviewed, releasing them to the raw CSV (team)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: ReviewTextBodySchema,
    response: z.object({ questions: z.array(z.string()) }),
  }),
};
