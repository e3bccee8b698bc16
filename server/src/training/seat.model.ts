import { Schema, model, type Types } from 'mongoose';

/**
 * One taken place of a session: `_id` is `<sessionId>:<n>` for place n (1 … capacity), and a
 * registration holds at most one place (unique `holder`). Taking a place is inserting such a
 * document, which the unique indexes make atomic on MongoDB and on FerretDB alike; FerretDB
 * applies `$inc` and conditional updates as read-modify-write, so counters would not be safe.
 */
export interface TrainingPlaceRecord {
  _id: string;
  sessionId: Types.ObjectId;
  n: number;
  holder: Types.ObjectId;
}

const placeSchema = new Schema<TrainingPlaceRecord>(
  {
    _id: { type: String, required: true },
    sessionId: { type: Schema.Types.ObjectId, required: true },
    n: { type: Number, required: true },
    holder: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false },
);
placeSchema.index({ holder: 1 }, { unique: true });
placeSchema.index({ sessionId: 1, n: 1 });

export const TrainingPlaceModel = model<TrainingPlaceRecord>(
  'TrainingPlace',
  placeSchema,
  'training_places',
);

/**
 * Mails announced about a registration (`<registrationId>:<kind>`): inserting one claims the
 * right to send that mail, so concurrent requests and promotions send each mail once.
 */
const noticeSchema = new Schema<{ _id: string }>({ _id: String }, { versionKey: false });
export const TrainingNoticeModel = model<{ _id: string }>(
  'TrainingNotice',
  noticeSchema,
  'training_notices',
);
