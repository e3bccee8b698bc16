import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_SUBJECTS,
  NOTIFICATION_TRIGGERS,
  type NotificationChannel,
  type NotificationPreferences,
  type NotificationTrigger,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** One notification for one person. */
export interface NotificationRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  trigger: NotificationTrigger;
  /** Unique per person, so the same event never notifies twice (`mention:<commentId>`). */
  key: string;
  /** What the digest groups under (the update commented on, the project updated). */
  groupKey: string;
  /** How it was delivered, from the person's preference when it was created. */
  channel: Exclude<NotificationChannel, 'off'>;
  workspaceId: Types.ObjectId | null;
  /** The project or plan it is about, to check it is still visible when read. */
  projectId: Types.ObjectId | null;
  planId: Types.ObjectId | null;
  subject: { type: (typeof NOTIFICATION_SUBJECTS)[number]; id: string };
  actorId: Types.ObjectId | null;
  title: string;
  excerpt: string;
  link: string;
  readAt: Date | null;
  emailedAt: Date | null;
  digestedAt: Date | null;
  /** The digest run that claimed it (several instances never mail it twice). */
  digestRun: Types.ObjectId | null;
  createdAt: Date;
}

const notificationSchema = new Schema<NotificationRecord>(
  {
    userId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    trigger: { type: String, enum: NOTIFICATION_TRIGGERS, required: true },
    key: { type: String, required: true },
    groupKey: { type: String, required: true },
    channel: {
      type: String,
      enum: NOTIFICATION_CHANNELS.filter((c) => c !== 'off'),
      required: true,
    },
    workspaceId: { type: Schema.Types.ObjectId, default: null },
    projectId: { type: Schema.Types.ObjectId, default: null },
    planId: { type: Schema.Types.ObjectId, default: null },
    subject: {
      type: new Schema(
        {
          type: { type: String, enum: NOTIFICATION_SUBJECTS, required: true },
          id: { type: String, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    actorId: { type: Schema.Types.ObjectId, default: null },
    title: { type: String, default: '' },
    excerpt: { type: String, default: '' },
    link: { type: String, default: '' },
    readAt: { type: Date, default: null },
    emailedAt: { type: Date, default: null },
    digestedAt: { type: Date, default: null },
    digestRun: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
notificationSchema.index({ userId: 1, key: 1 }, { unique: true });
notificationSchema.index({ userId: 1, _id: -1 });
notificationSchema.index({ channel: 1, digestedAt: 1 });
notificationSchema.index({ projectId: 1 });

export const NotificationModel = model<NotificationRecord>(
  'Notification',
  notificationSchema,
  'notifications',
);

/** A person's choices per trigger; missing triggers use the defaults. */
export interface PreferencesRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  preferences: Partial<NotificationPreferences>;
}

const preferencesSchema = new Schema<PreferencesRecord>(
  {
    userId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    preferences: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);
preferencesSchema.index({ userId: 1 }, { unique: true });

export const PreferencesModel = model<PreferencesRecord>(
  'NotificationPreferences',
  preferencesSchema,
  'notification_preferences',
);

/** Marks that a scheduled job ran (for a period, a person), shared by every instance. */
export interface JobRunRecord {
  _id: string;
  period: string;
}

export const JobRunModel = model<JobRunRecord>(
  'JobRun',
  new Schema<JobRunRecord>(
    { _id: { type: String }, period: { type: String, required: true } },
    { versionKey: false },
  ),
  'job_runs',
);

/**
 * Takes a one-time lock by inserting its name as an `_id`. Inserting a unique key is atomic on
 * MongoDB and FerretDB alike, where a conditional update is not guaranteed to be: exactly one
 * caller gets `true`, however many instances try at once.
 */
export async function claimOnce(name: string, period: string): Promise<boolean> {
  try {
    await JobRunModel.create({ _id: name, period });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

/** An immediate mail about one thing to one person went out; more wait until `until`. */
interface MailWindowRecord {
  /** `<user id>|<group key>`. */
  _id: string;
  until: Date;
}

const MailWindowModel = model<MailWindowRecord>(
  'NotificationMailWindow',
  new Schema<MailWindowRecord>({ _id: String, until: Date }, { versionKey: false }),
  'notification_mail_windows',
);

/**
 * Claims the right to mail a person about one thing now, for `ms`: inserting the window's unique
 * id is atomic, so of any number of concurrent notifications exactly one is mailed and the rest
 * wait for the digest. An expired window is removed and claimed anew.
 */
export async function claimMailWindow(key: string, ms: number): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await MailWindowModel.create({ _id: key, until: new Date(Date.now() + ms) });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const expired = await MailWindowModel.deleteOne({ _id: key, until: { $lt: new Date() } });
    if (expired.deletedCount === 0) return false;
  }
  return false;
}

/** Removes a person's mail windows (account deletion). */
export async function forgetMailWindows(userId: string): Promise<void> {
  await MailWindowModel.deleteMany({ _id: { $regex: `^${userId}\\|` } });
}
