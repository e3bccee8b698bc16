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
