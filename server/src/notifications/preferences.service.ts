import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  NotificationPreferencesSchema,
  type NotificationPreferences,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import { PreferencesModel } from './notification.model';

const withDefaults = (
  stored: Partial<NotificationPreferences> | undefined,
): NotificationPreferences =>
  NotificationPreferencesSchema.parse({ ...DEFAULT_NOTIFICATION_PREFERENCES, ...stored });

export async function getPreferences(userId: string): Promise<NotificationPreferences> {
  const record = await PreferencesModel.findOne({ userId: new Types.ObjectId(userId) }).lean();
  return withDefaults(record?.preferences);
}

/** Preferences of many people at once (defaults for those who never chose). */
export async function preferencesOf(
  userIds: string[],
): Promise<Map<string, NotificationPreferences>> {
  const records = await PreferencesModel.find({
    userId: { $in: userIds.map((id) => new Types.ObjectId(id)) },
  }).lean();
  const stored = new Map(records.map((r) => [r.userId.toHexString(), r.preferences]));
  return new Map(userIds.map((id) => [id, withDefaults(stored.get(id))]));
}

export async function updatePreferences(
  userId: string,
  changes: Partial<NotificationPreferences>,
): Promise<NotificationPreferences> {
  const merged = { ...(await getPreferences(userId)), ...changes };
  await PreferencesModel.updateOne(
    { userId: new Types.ObjectId(userId) },
    { $set: { preferences: merged } },
    { upsert: true },
  );
  return merged;
}
