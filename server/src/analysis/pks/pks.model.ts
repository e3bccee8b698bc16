import { PKS_KEYS, type PksOffenceKey } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * The police crime statistics of one year: the municipality's for one analysis, or Saxony's
 * reference (`analysisId: null`). One document per year, so a re-import replaces a year whole in
 * one write. Aggregate public statistics: nothing about a person.
 */
export interface PksYearRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId | null;
  year: number;
  /** Inhabitants the Häufigkeitszahl is computed against. */
  population: number;
  filename: string;
  importedAt: Date;
  figures: Array<{ key: PksOffenceKey; cases: number; clearanceRate: number | null }>;
}

const pksYearSchema = new Schema<PksYearRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, default: null, ref: 'SecurityAnalysis' },
    year: { type: Number, required: true },
    population: { type: Number, required: true, min: 1 },
    filename: { type: String, required: true },
    importedAt: { type: Date, required: true },
    figures: [
      new Schema(
        {
          key: { type: String, enum: PKS_KEYS, required: true },
          cases: { type: Number, required: true, min: 0 },
          clearanceRate: { type: Number, default: null },
        },
        { _id: false },
      ),
    ],
  },
  { versionKey: false, collection: 'analysis_pks_years' },
);
pksYearSchema.index({ analysisId: 1, year: 1 }, { unique: true });

export const PksYearModel = model<PksYearRecord>('PksYear', pksYearSchema);
