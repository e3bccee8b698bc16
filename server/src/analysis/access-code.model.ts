import { Schema, model, type Types } from 'mongoose';

/**
 * One valid access code of an analysis. Only the hash is kept, and nothing links a code to an
 * address or to a response: codes are issued to the letters in random order.
 *
 * The hash is also the record's `_id`: the public answering page looks a code up on every
 * request, and by `_id` the embedded database (FerretDB on SQLite) reads one row instead of every
 * code of every analysis.
 */
export interface AccessCode {
  /** The code's hash, as `codeHash`. */
  _id: string;
  analysisId: Types.ObjectId;
  /** sha256 hex of the normalised code (see access-codes.ts). */
  codeHash: string;
  /** Day (`YYYY-MM-DD`) the code was used; set by the one submission that claimed the code. */
  usedOn: string | null;
}

const accessCodeSchema = new Schema<AccessCode>(
  {
    _id: { type: String, required: true },
    analysisId: { type: Schema.Types.ObjectId, required: true, ref: 'SecurityAnalysis' },
    codeHash: { type: String, required: true },
    usedOn: { type: String, default: null },
  },
  { collection: 'analysis_access_codes', versionKey: false },
);
accessCodeSchema.pre('validate', function () {
  this._id ??= this.codeHash;
});
accessCodeSchema.index({ analysisId: 1, usedOn: 1 });

export const AccessCodeModel = model<AccessCode>('AnalysisAccessCode', accessCodeSchema);
