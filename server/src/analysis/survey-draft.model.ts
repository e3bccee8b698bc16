import { Schema, model, type Types } from 'mongoose';

/**
 * Answers saved part-way, to resume with the same access code. Kept under the code's hash only
 * (never the code), and deleted when the questionnaire is submitted, or after `DRAFT_DAYS`
 * without a change (see public-survey.service.ts). The code's hash is also the `_id`, so the
 * embedded database finds a draft by reading one row (see access-code.model.ts).
 */
export const DRAFT_DAYS = 60;

export interface SurveyDraftRecord {
  /** The code's hash, as `codeHash`. */
  _id: string;
  analysisId: Types.ObjectId;
  codeHash: string;
  answers: Record<string, unknown>;
  language: string;
  page: number;
  updatedAt: Date;
}

const draftSchema = new Schema<SurveyDraftRecord>(
  {
    _id: { type: String, required: true },
    analysisId: { type: Schema.Types.ObjectId, required: true },
    codeHash: { type: String, required: true },
    answers: { type: Schema.Types.Mixed, default: {} },
    language: { type: String, required: true },
    page: { type: Number, default: 0 },
    updatedAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_survey_drafts', minimize: false },
);
draftSchema.pre('validate', function () {
  this._id ??= this.codeHash;
});
draftSchema.index({ analysisId: 1, updatedAt: 1 });

export const SurveyDraftModel = model<SurveyDraftRecord>('AnalysisSurveyDraft', draftSchema);
