import { Schema, model } from 'mongoose';

/**
 * The guard that lets exactly one submission use an access code. The embedded database runs a
 * conditional `findOneAndUpdate({ usedOn: null })` as a read followed by a write, so two
 * concurrent submissions can both see the code unused; an insert under a unique `_id` cannot
 * succeed twice. The claim holds only the code's hash, like the access code itself.
 */
export interface CodeClaimRecord {
  /** sha256 hex of the normalised code. */
  _id: string;
}

const claimSchema = new Schema<CodeClaimRecord>(
  { _id: { type: String, required: true } },
  { versionKey: false, collection: 'analysis_code_claims' },
);

export const CodeClaimModel = model<CodeClaimRecord>('AnalysisCodeClaim', claimSchema);
