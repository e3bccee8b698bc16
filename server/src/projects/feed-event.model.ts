import { FEED_KINDS, type FeedKind } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One line of a council's activity feed. Ids grow with time, so the id is the cursor a client
 * resumes from after an outage. The event names the item; the item itself is read when the feed
 * is, so edits and deletions show as they are now.
 */
export interface FeedEventRecord {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  projectId: Types.ObjectId;
  kind: FeedKind;
  actorId: Types.ObjectId;
  itemId: Types.ObjectId | null;
  /** The project's title at the time, for events whose project is gone. */
  projectTitle: string;
  at: Date;
}

const feedEventSchema = new Schema<FeedEventRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: FEED_KINDS, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    itemId: { type: Schema.Types.ObjectId, default: null },
    projectTitle: { type: String, default: '' },
    at: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
feedEventSchema.index({ workspaceId: 1, _id: -1 });
feedEventSchema.index({ projectId: 1, _id: -1 });

export const FeedEventModel = model<FeedEventRecord>('FeedEvent', feedEventSchema, 'feed_events');
