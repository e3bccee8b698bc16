import { REGISTRATION_STATUSES, type RegistrationStatus } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One person's registration for one session: personal data (DSGVO export, deletion, and deleted
 * a set time after the session, see retention in sweeps.ts).
 *
 * `personKey` (`user:<id>` or `email:<address>`) is unique per session while the registration is
 * active; a cancelled registration gets a key of its own, so the person may register again.
 */
export interface TrainingRegistrationRecord {
  _id: Types.ObjectId;
  offerId: Types.ObjectId;
  sessionId: Types.ObjectId;
  personKey: string;
  userId: Types.ObjectId | null;
  workspaceId: Types.ObjectId | null;
  name: string;
  organisation: string;
  email: string;
  status: RegistrationStatus;
  /** Arrival number from the session's seat counter: the waiting list's order. */
  seq: number;
  /** Guests: false until the e-mail address is confirmed. */
  confirmed: boolean;
  /** Guests: the place is released when not confirmed by then. */
  confirmBy: Date | null;
  /** The registration's own mail was sent (before, a promotion sends none; see allocate). */
  announced: boolean;
  checkInCode: string;
  checkedInAt: Date | null;
  certificateCode: string | null;
  feedbackGiven: boolean;
  reminderSentAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const registrationSchema = new Schema<TrainingRegistrationRecord>(
  {
    offerId: { type: Schema.Types.ObjectId, required: true },
    sessionId: { type: Schema.Types.ObjectId, required: true },
    personKey: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, default: null },
    workspaceId: { type: Schema.Types.ObjectId, default: null },
    name: { type: String, required: true },
    organisation: { type: String, default: '' },
    email: { type: String, required: true, lowercase: true, trim: true },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    seq: { type: Number, required: true },
    confirmed: { type: Boolean, default: true },
    confirmBy: { type: Date, default: null },
    announced: { type: Boolean, default: false },
    checkInCode: { type: String, required: true },
    checkedInAt: { type: Date, default: null },
    certificateCode: { type: String, default: null },
    feedbackGiven: { type: Boolean, default: false },
    reminderSentAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
registrationSchema.index({ sessionId: 1, personKey: 1 }, { unique: true });
registrationSchema.index({ sessionId: 1, seq: 1 }, { unique: true });
registrationSchema.index({ sessionId: 1, status: 1, seq: 1 });
registrationSchema.index({ checkInCode: 1 }, { unique: true });
registrationSchema.index({ userId: 1 });
registrationSchema.index({ email: 1 });
registrationSchema.index({ offerId: 1 });

export const TrainingRegistrationModel = model<TrainingRegistrationRecord>(
  'TrainingRegistration',
  registrationSchema,
  'training_registrations',
);
