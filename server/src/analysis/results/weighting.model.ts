import { MARGIN_VARIABLES, type MarginVariable, type Results } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';
import type { ResultFigures } from './compute';

/**
 * One weighting run of a security analysis: the margins it raked to, the cap, how it went, and
 * the weight it gave each response, so the figures can be repeated and the report can say how
 * they were made. The newest run is the one the results use. Weights are keyed by the response's
 * random id; they name nobody.
 */
export interface WeightingRunRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  cap: number | null;
  tolerance: number;
  maxIterations: number;
  margins: Array<{ variable: MarginVariable; targets: Record<string, number> }>;
  designWeights: boolean;
  responses: number;
  /** Responses that got a weight (district, age group and sex stated). */
  weighted: number;
  iterations: number;
  trimRounds: number;
  trimmed: number;
  deff: number;
  nEff: number;
  /** The weighted figures of this run (suppressed), computed once when it is made. */
  figures: ResultFigures | null;
  /** Letters, returns and return rates when the run was made (suppressed where small). */
  returns: Results['returns'] | null;
  /** Response ids and their weights, in the same order. */
  responseIds: string[];
  weights: number[];
  startedBy: Types.ObjectId;
  createdAt: Date;
}

const runSchema = new Schema<WeightingRunRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    cap: { type: Number, default: null },
    tolerance: { type: Number, required: true },
    maxIterations: { type: Number, required: true },
    margins: [
      new Schema(
        {
          variable: { type: String, enum: MARGIN_VARIABLES, required: true },
          targets: { type: Schema.Types.Mixed, required: true },
        },
        { _id: false },
      ),
    ],
    designWeights: { type: Boolean, required: true },
    responses: { type: Number, required: true },
    weighted: { type: Number, default: 0 },
    iterations: { type: Number, required: true },
    trimRounds: { type: Number, required: true },
    trimmed: { type: Number, required: true },
    deff: { type: Number, required: true },
    nEff: { type: Number, required: true },
    figures: { type: Schema.Types.Mixed, default: null },
    returns: { type: Schema.Types.Mixed, default: null },
    responseIds: { type: [String], default: [] },
    weights: { type: [Number], default: [] },
    startedBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_weighting_runs', minimize: false },
);
runSchema.index({ analysisId: 1, createdAt: -1 });

export const WeightingRunModel = model<WeightingRunRecord>('AnalysisWeightingRun', runSchema);

/** Free-text questions the team has read and released to the raw responses CSV. */
export interface TextReviewRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  questions: string[];
  reviewedBy: Types.ObjectId;
  updatedAt: Date;
}

const reviewSchema = new Schema<TextReviewRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    questions: { type: [String], default: [] },
    reviewedBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    updatedAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_text_reviews' },
);
reviewSchema.index({ analysisId: 1 }, { unique: true });

export const TextReviewModel = model<TextReviewRecord>('AnalysisTextReview', reviewSchema);

/**
 * The figures the results page shows: the newest run's summary, figures and returns in one
 * document per analysis, so serving them reads exactly one document (runs keep their weights).
 * Its `_id` is the analysis's id: the embedded database reads one row for a query by `_id`
 * alone, and every other query reads every snapshot of every analysis (about 1 MB each).
 */
export interface ResultsSnapshotRecord {
  /** The analysis's id, as `analysisId`. */
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  run: Omit<WeightingRunRecord, 'responseIds' | 'weights' | 'figures' | 'returns'>;
  figures: ResultFigures;
  returns: Results['returns'];
}

const snapshotSchema = new Schema<ResultsSnapshotRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    run: { type: Schema.Types.Mixed, required: true },
    figures: { type: Schema.Types.Mixed, required: true },
    returns: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'analysis_results', minimize: false },
);
snapshotSchema.index({ analysisId: 1 }, { unique: true });

export const ResultsSnapshotModel = model<ResultsSnapshotRecord>(
  'AnalysisResultsSnapshot',
  snapshotSchema,
);
