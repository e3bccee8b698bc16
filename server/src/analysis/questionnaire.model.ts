import {
  QUESTIONNAIRE_STATUSES,
  SURVEY_LANGUAGES,
  type QuestionnaireStatus,
  type SurveyLanguage,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * The questionnaire of one security analysis: a copy of the standard questionnaire that the
 * council edits. Every save makes a new version (kept in `analysis_questionnaire_versions`);
 * once fieldwork starts it is frozen, so every response answers a version that stays as it was.
 */
export interface QuestionnaireRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  version: number;
  status: QuestionnaireStatus;
  /** Languages offered on the public page; German always. */
  languages: SurveyLanguage[];
  /** The current version's SurveyJS JSON. */
  json: Record<string, unknown>;
  fieldStartedAt: Date | null;
  fieldEndedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const questionnaireSchema = new Schema<QuestionnaireRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true, ref: 'SecurityAnalysis' },
    version: { type: Number, required: true, min: 1 },
    status: { type: String, enum: QUESTIONNAIRE_STATUSES, required: true, default: 'draft' },
    languages: { type: [String], enum: SURVEY_LANGUAGES, default: ['de', 'en'] },
    json: { type: Schema.Types.Mixed, required: true },
    fieldStartedAt: { type: Date, default: null },
    fieldEndedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'analysis_questionnaires', minimize: false },
);
questionnaireSchema.index({ analysisId: 1 }, { unique: true });

export const QuestionnaireModel = model<QuestionnaireRecord>(
  'AnalysisQuestionnaire',
  questionnaireSchema,
);

/** One saved version: its JSON, who saved it, and the questions renamed since the version before. */
export interface QuestionnaireVersionRecord {
  _id: Types.ObjectId;
  questionnaireId: Types.ObjectId;
  version: number;
  json: Record<string, unknown>;
  /** Question name in this version → its name in the version before. */
  renamed: Record<string, string>;
  createdBy: Types.ObjectId;
  createdAt: Date;
}

const versionSchema = new Schema<QuestionnaireVersionRecord>(
  {
    questionnaireId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true, min: 1 },
    json: { type: Schema.Types.Mixed, required: true },
    renamed: { type: Schema.Types.Mixed, default: {} },
    createdBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_questionnaire_versions', minimize: false },
);
versionSchema.index({ questionnaireId: 1, version: 1 }, { unique: true });

export const QuestionnaireVersionModel = model<QuestionnaireVersionRecord>(
  'AnalysisQuestionnaireVersion',
  versionSchema,
);
