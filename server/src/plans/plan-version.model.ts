import { Schema, model, type Types } from 'mongoose';

/** A full state of a plan's document at one moment: automatic (after a burst) or named. */
export interface PlanVersionRecord {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  name: string | null;
  automatic: boolean;
  state: Buffer;
  createdBy: Types.ObjectId | null;
  createdAt: Date;
}

const versionSchema = new Schema<PlanVersionRecord>(
  {
    planId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, default: null },
    automatic: { type: Boolean, required: true },
    state: { type: Buffer, required: true },
    createdBy: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'plan_versions' },
);
versionSchema.index({ planId: 1, createdAt: -1 });

export const PlanVersionModel = model<PlanVersionRecord>('PlanVersion', versionSchema);
