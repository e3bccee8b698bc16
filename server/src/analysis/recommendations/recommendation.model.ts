import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** A cited finding as it stood in the results when it was cited (or, for the indicator, accepted). */
export interface FindingRecord {
  id: string;
  question: string;
  option: string | null;
  title: { de: string; en: string };
  optionLabel: { de: string; en: string } | null;
  measure: 'share' | 'mean';
  value: number;
  interval: { low: number; high: number };
  n: number;
}

/**
 * A recommendation of a security analysis: the analysis team's advice, citing findings of the
 * weighted results. The council decides once: accepted (it became `measure` in an action plan,
 * with the indicator's baseline and target) or declined (with a reason).
 */
export interface RecommendationRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  workspaceId: Types.ObjectId;
  title: string;
  text: string;
  findings: FindingRecord[];
  status: RecommendationStatus;
  declineReason: string | null;
  measure: {
    planId: Types.ObjectId;
    measureId: string;
    findingId: string;
    baseline: { value: number; interval: { low: number; high: number } };
    target: number;
  } | null;
  createdBy: Types.ObjectId;
  decidedBy: Types.ObjectId | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const intervalSchema = new Schema({ low: Number, high: Number }, { _id: false });
const labelSchema = new Schema({ de: String, en: String }, { _id: false });

const findingSchema = new Schema<FindingRecord>(
  {
    id: { type: String, required: true },
    question: { type: String, required: true },
    option: { type: String, default: null },
    title: { type: labelSchema, required: true },
    optionLabel: { type: labelSchema, default: null },
    measure: { type: String, enum: ['share', 'mean'], required: true },
    value: { type: Number, required: true },
    interval: { type: intervalSchema, required: true },
    n: { type: Number, required: true },
  },
  { _id: false },
);

const recommendationSchema = new Schema<RecommendationRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    workspaceId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    text: { type: String, default: '' },
    findings: { type: [findingSchema], default: [] },
    status: { type: String, enum: RECOMMENDATION_STATUSES, default: 'open' },
    declineReason: { type: String, default: null },
    measure: {
      type: new Schema(
        {
          planId: { type: Schema.Types.ObjectId, required: true },
          measureId: { type: String, required: true },
          findingId: { type: String, required: true },
          baseline: { value: Number, interval: intervalSchema },
          target: { type: Number, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    createdBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    decidedBy: { type: Schema.Types.ObjectId, default: null, ref: 'User' },
    decidedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'analysis_recommendations' },
);
recommendationSchema.index({ analysisId: 1, createdAt: 1 });

export const RecommendationModel = model<RecommendationRecord>(
  'AnalysisRecommendation',
  recommendationSchema,
);

/**
 * One row per recommendation that is being or has been decided. Inserting its id is the atomic
 * claim (FerretDB applies no conditional update atomically): of any number of concurrent
 * accepts and declines of one recommendation exactly one goes through.
 */
export const DecisionClaimModel = model<{ _id: string; at: Date }>(
  'AnalysisRecommendationClaim',
  new Schema<{ _id: string; at: Date }>(
    { _id: String, at: Date },
    { versionKey: false, collection: 'analysis_recommendation_claims' },
  ),
);
