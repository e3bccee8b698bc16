import { Schema, model, type Types } from 'mongoose';

/**
 * The report of a security analysis: one per analysis (a unique index, so two starts at the same
 * moment make one). Its text is the collaborative document named by the report's id; who may
 * edit it follows the analysis (analysis.policy.ts).
 */
export interface ReportRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  createdAt: Date;
}

const reportSchema = new Schema<ReportRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_reports' },
);
reportSchema.index({ analysisId: 1 }, { unique: true });

export const ReportModel = model<ReportRecord>('AnalysisReport', reportSchema);
