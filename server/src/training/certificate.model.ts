import { randomUUID } from 'node:crypto';
import { Schema, model, type Types } from 'mongoose';

/**
 * A certificate of participation. It keeps exactly what the certificate states (name, offer,
 * date), so it survives the deletion of the registration it came from; the public check shows
 * these fields and nothing else.
 */
export interface TrainingCertificateRecord {
  _id: Types.ObjectId;
  code: string;
  name: string;
  offerTitle: string;
  offerType: string;
  sessionStartsAt: Date;
  sessionEndsAt: Date;
  place: string;
  userId: Types.ObjectId | null;
  registrationId: Types.ObjectId | null;
  issuedAt: Date;
}

const certificateSchema = new Schema<TrainingCertificateRecord>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    offerTitle: { type: String, required: true },
    offerType: { type: String, required: true },
    sessionStartsAt: { type: Date, required: true },
    sessionEndsAt: { type: Date, required: true },
    place: { type: String, default: '' },
    userId: { type: Schema.Types.ObjectId, default: null },
    registrationId: { type: Schema.Types.ObjectId, default: null },
    issuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
certificateSchema.index({ code: 1 }, { unique: true });
certificateSchema.index({ registrationId: 1 });
certificateSchema.index({ userId: 1 });

export const TrainingCertificateModel = model<TrainingCertificateRecord>(
  'TrainingCertificate',
  certificateSchema,
  'training_certificates',
);

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
