import { Schema, model, type Types } from 'mongoose';

/**
 * A person's calendar feed. The address carries `<nonce>.<signature>`: the nonce finds the feed,
 * the signature (HMAC with the server's secret) proves the address was issued here, so a copy of
 * the database alone does not yield working addresses. Deleting the row revokes the address.
 */
export interface CalendarFeedRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  nonce: string;
  createdAt: Date;
}

const calendarFeedSchema = new Schema<CalendarFeedRecord>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    nonce: { type: String, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'calendar_feeds' },
);
calendarFeedSchema.index({ userId: 1 }, { unique: true });
calendarFeedSchema.index({ nonce: 1 }, { unique: true });

export const CalendarFeedModel = model<CalendarFeedRecord>('CalendarFeed', calendarFeedSchema);
