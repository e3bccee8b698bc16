import { VISIBILITIES, type Visibility } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

export interface MeetingTaskRecord {
  taskId: string;
  title: string;
  responsible: string;
  due: string | null;
  /** Set once the task became a measure of a plan. */
  measure: { planId: Types.ObjectId; measureId: string } | null;
}

/**
 * A meeting of an exchange or a council (KPR session). Its minutes are a collaborative document
 * named by the meeting's id; `minutesText` is their plain text as last stored, for search.
 */
export interface MeetingRecord {
  _id: Types.ObjectId;
  exchangeId: Types.ObjectId | null;
  workspaceId: Types.ObjectId | null;
  /** Council meetings only; an exchange's meetings follow the exchange. */
  visibility: Visibility | null;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  videoUrl: string | null;
  agenda: string[];
  attendees: Array<{ name: string; organisation: string }>;
  decisions: string[];
  tasks: MeetingTaskRecord[];
  minutesText: string;
  /** A document attached by link, e.g. a security analysis's report for its transfer workshop. */
  attachment: { label: string; url: string } | null;
  /** People named with @ in the outcome; each was notified once. */
  mentionIds: Types.ObjectId[];
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const taskSchema = new Schema<MeetingTaskRecord>(
  {
    taskId: { type: String, required: true },
    title: { type: String, required: true },
    responsible: { type: String, default: '' },
    due: { type: String, default: null },
    measure: {
      type: new Schema(
        {
          planId: { type: Schema.Types.ObjectId, required: true },
          measureId: { type: String, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

const meetingSchema = new Schema<MeetingRecord>(
  {
    exchangeId: { type: Schema.Types.ObjectId, default: null },
    workspaceId: { type: Schema.Types.ObjectId, default: null },
    visibility: { type: String, enum: [...VISIBILITIES, null], default: null },
    title: { type: String, required: true, trim: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, default: null },
    location: { type: String, default: '' },
    videoUrl: { type: String, default: null },
    agenda: { type: [String], default: [] },
    attendees: {
      type: [new Schema({ name: String, organisation: String }, { _id: false })],
      default: [],
    },
    decisions: { type: [String], default: [] },
    tasks: { type: [taskSchema], default: [] },
    minutesText: { type: String, default: '' },
    attachment: {
      type: new Schema({ label: String, url: String }, { _id: false }),
      default: null,
    },
    mentionIds: { type: [Schema.Types.ObjectId], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'meetings' },
);
meetingSchema.index({ exchangeId: 1, startsAt: 1 });
meetingSchema.index({ workspaceId: 1, startsAt: 1 });
meetingSchema.index({ startsAt: 1 });

export const MeetingModel = model<MeetingRecord>('Meeting', meetingSchema);
