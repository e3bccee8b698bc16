import { Schema, model, type Types } from 'mongoose';

/**
 * When a person last opened their overview, and the visit before: "what changed since my last
 * visit" counts from `previousVisitAt`, which stays put while one visit lasts.
 */
export interface OverviewVisitRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  lastVisitAt: Date;
  previousVisitAt: Date | null;
}

const overviewVisitSchema = new Schema<OverviewVisitRecord>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    lastVisitAt: { type: Date, required: true },
    previousVisitAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'overview_visits' },
);
overviewVisitSchema.index({ userId: 1 }, { unique: true });

export const OverviewVisitModel = model<OverviewVisitRecord>('OverviewVisit', overviewVisitSchema);
