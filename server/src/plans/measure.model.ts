import { MEASURE_STATUSES, type Measure } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** Mirror of one measure of a plan's Yjs document; rewritten from the document, never edited here. */
export interface MeasureRecord extends Omit<
  Measure,
  'id' | 'planId' | 'workspaceId' | 'planTitle'
> {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  workspaceId: Types.ObjectId;
  measureId: string;
}

const measureSchema = new Schema<MeasureRecord>(
  {
    planId: { type: Schema.Types.ObjectId, required: true },
    workspaceId: { type: Schema.Types.ObjectId, required: true },
    measureId: { type: String, required: true },
    title: { type: String, default: '' },
    goal: { type: String, default: '' },
    fieldOfAction: { type: String, default: null },
    responsibleOrganisation: { type: String, default: '' },
    responsiblePerson: { type: String, default: '' },
    start: { type: String, default: null },
    deadline: { type: String, default: null },
    status: { type: String, enum: MEASURE_STATUSES, default: 'planned' },
    progress: { type: Number, default: 0 },
    indicator: { type: String, default: '' },
    linkedProjectId: { type: String, default: null },
    budget: { type: Number, default: null },
    notes: { type: String, default: '' },
  },
  { versionKey: false, collection: 'measures' },
);
measureSchema.index({ planId: 1, measureId: 1 }, { unique: true });
measureSchema.index({ workspaceId: 1, deadline: 1 });

export const MeasureModel = model<MeasureRecord>('Measure', measureSchema);
