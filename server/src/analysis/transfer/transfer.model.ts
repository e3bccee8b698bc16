import { Schema, model, type Types } from 'mongoose';

/**
 * Where an analysis stands after its results: whether its council takes part in the comparison
 * between councils, its transfer workshop (a council meeting) and the experience report the
 * finished chain was published as. One row per analysis, keyed by the analysis's id; it names
 * no person.
 */
export interface TransferRecord {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  compare: boolean;
  meetingId: Types.ObjectId | null;
  reportId: Types.ObjectId | null;
}

export const TransferModel = model<TransferRecord>(
  'AnalysisTransfer',
  new Schema<TransferRecord>(
    {
      _id: { type: Schema.Types.ObjectId, required: true },
      workspaceId: { type: Schema.Types.ObjectId, required: true },
      compare: { type: Boolean, default: false },
      meetingId: { type: Schema.Types.ObjectId, default: null },
      reportId: { type: Schema.Types.ObjectId, default: null },
    },
    { versionKey: false, collection: 'analysis_transfers' },
  ).index({ compare: 1 }),
);

/**
 * One row per step that is being or has been taken (`<analysis>:workshop`, `<analysis>:report`).
 * Inserting it is the atomic claim (FerretDB applies no conditional update atomically): of any
 * number of concurrent requests exactly one creates the workshop or publishes the report.
 */
export const TransferClaimModel = model<{ _id: string; at: Date }>(
  'AnalysisTransferClaim',
  new Schema<{ _id: string; at: Date }>(
    { _id: String, at: Date },
    { versionKey: false, collection: 'analysis_transfer_claims' },
  ),
);
