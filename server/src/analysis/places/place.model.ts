import { Schema, model, type Types } from 'mongoose';

/**
 * A place residents avoid (Angstraum), as the analysis team names it: the words by which the
 * survey's free-text answers name it, and its position once placed on the map. It holds no
 * answer and nothing about a person; the ranking is computed from the responses on each read.
 */
export interface PlaceRecord {
  _id: Types.ObjectId;
  analysisId: Types.ObjectId;
  name: string;
  terms: string[];
  lat: number | null;
  lon: number | null;
  createdAt: Date;
  updatedAt: Date;
}

const placeSchema = new Schema<PlaceRecord>(
  {
    analysisId: { type: Schema.Types.ObjectId, required: true, ref: 'SecurityAnalysis' },
    name: { type: String, required: true, trim: true },
    terms: { type: [String], default: [] },
    lat: { type: Number, default: null },
    lon: { type: Number, default: null },
  },
  { timestamps: true, collection: 'analysis_places' },
);
placeSchema.index({ analysisId: 1, name: 1 }, { unique: true });

export const PlaceModel = model<PlaceRecord>('AnalysisPlace', placeSchema);
