import { Schema, model, type Types } from 'mongoose';

/**
 * One typing of a returned paper sheet. Each sheet is typed twice by two different people; the
 * unique index on (analysis, sheet, round) stops a third typing and a race between two seconds.
 * The entries are deleted once the sheet is resolved into a response.
 */
export interface PaperEntryRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  sheetNumber: number;
  round: 1 | 2;
  enteredBy: Types.ObjectId;
  answers: Record<string, unknown>;
  createdAt: Date;
}

const entrySchema = new Schema<PaperEntryRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    sheetNumber: { type: Number, required: true },
    round: { type: Number, enum: [1, 2], required: true },
    enteredBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    answers: { type: Schema.Types.Mixed, default: {} },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'analysis_paper_entries', minimize: false },
);
entrySchema.index({ analysisId: 1, sheetNumber: 1, round: 1 }, { unique: true });

export const PaperEntryModel = model<PaperEntryRecord>('AnalysisPaperEntry', entrySchema);

/**
 * A sheet number that has become a response. Only the number is kept (so the sheet cannot be
 * entered again), never which response it became.
 */
export interface PaperSheetRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  sheetNumber: number;
  resolvedOn: string;
}

const sheetSchema = new Schema<PaperSheetRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true },
    sheetNumber: { type: Number, required: true },
    resolvedOn: { type: String, required: true },
  },
  { versionKey: false, collection: 'analysis_paper_sheets' },
);
sheetSchema.index({ analysisId: 1, sheetNumber: 1 }, { unique: true });

export const PaperSheetModel = model<PaperSheetRecord>('AnalysisPaperSheet', sheetSchema);
