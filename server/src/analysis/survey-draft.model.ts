import { Schema, model, type Types } from 'mongoose';

/**
 * Answers saved part-way, to resume with the same access code. Kept under the code's hash only
 * (never the code), and deleted when the questionnaire is submitted, or after `DRAFT_DAYS`
 * without a change (see public-survey.service.ts).
 */
export const DRAFT_DAYS = 60;

export interface SurveyDraftRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  codeHash: string;
  answers: Record<string, unknown>;
  language: string;
  page: number;
  updatedAt: Date;
}

const draftSchema = new Schema<SurveyDraftRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    codeHash: { type: String, required: true },
    answers: { type: Schema.Types.Mixed, default: {} },
    language: { type: String, required: true },
    page: { type: Number, default: 0 },
    updatedAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_survey_drafts', minimize: false },
);
draftSchema.index({ codeHash: 1 }, { unique: true });
draftSchema.index({ analysisId: 1, updatedAt: 1 });

export const SurveyDraftModel = model<SurveyDraftRecord>('AnalysisSurveyDraft', draftSchema);
