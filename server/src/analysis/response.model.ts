import { randomUUID } from 'node:crypto';
import { RESPONSE_CHANNELS, type ResponseChannel } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** The stratum a respondent names about themselves; the dashboard counts returns by it. */
export interface ResponseStratum {
  district?: string;
  ageGroup?: string;
  sex?: string;
}

/**
 * One resident's answers to a security analysis's questionnaire.
 *
 * Anonymity by design: the record holds nothing that links it to a person or a letter — no access
 * code or its hash, no network address, no user agent, no sheet number, and the day it arrived at
 * most (`YYYY-MM-DD`, no time), so the order of arrival cannot be matched to the order of codes.
 * The id is a random UUID, not an ObjectId: an ObjectId carries the second it was made and a
 * counter, which would give away the time and order of arrival.
 * The schema is strict: a field not listed here is refused, never stored.
 */
export interface ResponseRecord {
  _id: string;
  analysisId: Types.ObjectId;
  /** The questionnaire version that was answered; the results map question names across versions. */
  questionnaireVersion: number;
  channel: ResponseChannel;
  /** Day of submission, `YYYY-MM-DD` (UTC). */
  submittedOn: string;
  /** Language the questionnaire was answered in (`de`, `en`, `uk`, `ru`, `ar`, `tr`, `vi`). */
  language: string;
  /** Question name → answer value, as SurveyJS produces it. */
  answers: Record<string, unknown>;
  stratum: ResponseStratum;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const stratumSchema = new Schema<ResponseStratum>(
  {
    district: { type: String },
    ageGroup: { type: String },
    sex: { type: String },
  },
  { _id: false, strict: 'throw' },
);

const responseSchema = new Schema<ResponseRecord>(
  {
    _id: { type: String, default: () => randomUUID() },
    analysisId: { type: Schema.Types.ObjectId, required: true },
    questionnaireVersion: { type: Number, required: true, min: 1 },
    channel: { type: String, enum: RESPONSE_CHANNELS, required: true },
    submittedOn: { type: String, required: true, match: DAY },
    language: { type: String, required: true },
    answers: { type: Schema.Types.Mixed, required: true, default: {} },
    stratum: { type: stratumSchema, required: true, default: {} },
  },
  // No timestamps: createdAt/updatedAt would record the time of day.
  { versionKey: false, strict: 'throw', collection: 'analysis_responses', minimize: false },
);
responseSchema.index({ analysisId: 1, submittedOn: 1 });
responseSchema.index({ analysisId: 1, channel: 1 });

export const ResponseModel = model<ResponseRecord>('AnalysisResponse', responseSchema);

/** The day `date` falls on in UTC, `YYYY-MM-DD`: the only time a response keeps. */
export function responseDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
