import {
  FIELDS_OF_ACTION,
  TRAINING_FORMATS,
  TRAINING_TARGET_GROUPS,
  TRAINING_TYPES,
  type FieldOfAction,
  type TrainingFormat,
  type TrainingTargetGroup,
  type TrainingType,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One date of an offer. Capacity and the places taken live in the session's seat counter
 * (seat.model.ts), the only place they change, so that "exactly N places" holds without
 * transactions; `capacity` here mirrors it for reading.
 */
export interface TrainingSessionRecord {
  _id: Types.ObjectId;
  startsAt: Date;
  endsAt: Date;
  place: string;
  link: string | null;
  capacity: number;
  registrationOpensAt: Date | null;
  /** Null: registration closes when the session starts. */
  registrationClosesAt: Date | null;
}

export interface TrainingOfferRecord {
  _id: Types.ObjectId;
  type: TrainingType;
  format: TrainingFormat;
  title: string;
  summary: string;
  description: string;
  fieldsOfAction: FieldOfAction[];
  targetGroups: TrainingTargetGroup[];
  feeEuros: number;
  contact: { name: string; email: string; phone: string };
  waitlist: boolean;
  cancelUntilHours: number;
  status: 'published' | 'cancelled';
  /** The feedback questionnaire (SurveyJS JSON); null: the standard one (feedback-template.ts). */
  feedbackJson: Record<string, unknown> | null;
  /** Saves of the feedback questionnaire so far (see TrainingFeedbackStepModel). */
  feedbackVersion: number;
  sessions: TrainingSessionRecord[];
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const sessionSchema = new Schema<TrainingSessionRecord>({
  startsAt: { type: Date, required: true },
  endsAt: { type: Date, required: true },
  place: { type: String, default: '' },
  link: { type: String, default: null },
  capacity: { type: Number, required: true },
  registrationOpensAt: { type: Date, default: null },
  registrationClosesAt: { type: Date, default: null },
});

const offerSchema = new Schema<TrainingOfferRecord>(
  {
    type: { type: String, enum: TRAINING_TYPES, required: true },
    format: { type: String, enum: TRAINING_FORMATS, required: true },
    title: { type: String, required: true, trim: true },
    summary: { type: String, default: '' },
    description: { type: String, default: '' },
    fieldsOfAction: { type: [String], enum: FIELDS_OF_ACTION, default: [] },
    targetGroups: { type: [String], enum: TRAINING_TARGET_GROUPS, default: [] },
    feeEuros: { type: Number, default: 0 },
    contact: {
      type: new Schema({ name: String, email: String, phone: String }, { _id: false }),
      required: true,
    },
    waitlist: { type: Boolean, default: true },
    cancelUntilHours: { type: Number, default: 48 },
    status: { type: String, enum: ['published', 'cancelled'], default: 'published' },
    feedbackJson: { type: Schema.Types.Mixed, default: null },
    feedbackVersion: { type: Number, default: 0 },
    sessions: { type: [sessionSchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, versionKey: false },
);
offerSchema.index({ 'sessions._id': 1 });
offerSchema.index({ 'sessions.startsAt': 1 });

export const TrainingOfferModel = model<TrainingOfferRecord>(
  'TrainingOffer',
  offerSchema,
  'training_offers',
);
