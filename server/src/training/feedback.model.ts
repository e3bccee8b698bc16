import { randomUUID } from 'node:crypto';
import { Schema, model, type Types } from 'mongoose';

/**
 * One anonymous feedback answer, kept as a survey response is: no link to the registration or
 * the person, no network address or user agent, and the day it arrived at most. The id is a
 * random UUID, not an ObjectId, which would carry the second of arrival. Whether someone answered
 * is kept on the registration (`feedbackGiven`), never here. The schema is strict: a field not
 * listed is refused, never stored.
 */
export interface TrainingFeedbackRecord {
  _id: string;
  offerId: Types.ObjectId;
  /** Day of the answer, `YYYY-MM-DD` (UTC). */
  submittedOn: string;
  /** Question name → answer, as SurveyJS produces it, checked against the questionnaire. */
  answers: Record<string, unknown>;
}

const feedbackSchema = new Schema<TrainingFeedbackRecord>(
  {
    _id: { type: String, default: () => randomUUID() },
    offerId: { type: Schema.Types.ObjectId, required: true },
    submittedOn: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    answers: { type: Schema.Types.Mixed, required: true, default: {} },
  },
  // No timestamps: createdAt/updatedAt would record the time of day.
  { versionKey: false, strict: 'throw', minimize: false },
);
feedbackSchema.index({ offerId: 1 });

export const TrainingFeedbackModel = model<TrainingFeedbackRecord>(
  'TrainingFeedback',
  feedbackSchema,
  'training_feedback',
);

/**
 * One step of an offer's feedback questionnaire, `<offerId>:<n>`: version n, taken either by the
 * save that makes it (`saved`) or by the first answer to version n − 1, which freezes that version
 * (`frozen`). The unique id lets exactly one of them have the step, so a save and a first answer
 * arriving together cannot both succeed (the embedded database runs conditional updates as a read
 * and a write, so a version check on the offer alone would not decide).
 */
export interface TrainingFeedbackStepRecord {
  _id: string;
  kind: 'saved' | 'frozen';
}

const stepSchema = new Schema<TrainingFeedbackStepRecord>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ['saved', 'frozen'], required: true },
  },
  { versionKey: false },
);

export const TrainingFeedbackStepModel = model<TrainingFeedbackStepRecord>(
  'TrainingFeedbackStep',
  stepSchema,
  'training_feedback_steps',
);
