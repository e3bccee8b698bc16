import { PLAN_KINDS, VISIBILITIES, type Visibility } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** A council's co-edited document: an action plan (Handlungskonzept) or meeting minutes. */
export interface PlanRecord {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  title: string;
  kind: (typeof PLAN_KINDS)[number];
  visibility: Visibility;
  archived: boolean;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const planSchema = new Schema<PlanRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    title: { type: String, required: true, trim: true },
    kind: { type: String, enum: PLAN_KINDS, required: true },
    visibility: { type: String, enum: VISIBILITIES, required: true },
    archived: { type: Boolean, default: false },
    createdBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
  },
  { timestamps: true },
);
planSchema.index({ workspaceId: 1, archived: 1, updatedAt: -1 });

export const PlanModel = model<PlanRecord>('Plan', planSchema);
