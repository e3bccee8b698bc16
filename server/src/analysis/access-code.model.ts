import { Schema, model, type Types } from 'mongoose';

/**
 * One valid access code of an analysis. Only the hash is kept, and nothing links a code to an
 * address or to a response: codes are issued to the letters in random order.
 */
export interface AccessCode {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  /** sha256 hex of the normalised code (see access-codes.ts). */
  codeHash: string;
  /** Day (`YYYY-MM-DD`) the code was used; set once by a conditional update from null. */
  usedOn: string | null;
}

const accessCodeSchema = new Schema<AccessCode>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true, ref: 'SecurityAnalysis' },
    codeHash: { type: String, required: true },
    usedOn: { type: String, default: null },
  },
  { collection: 'analysis_access_codes', versionKey: false },
);
accessCodeSchema.index({ codeHash: 1 }, { unique: true });
accessCodeSchema.index({ analysisId: 1, usedOn: 1 });

export const AccessCodeModel = model<AccessCode>('AnalysisAccessCode', accessCodeSchema);
