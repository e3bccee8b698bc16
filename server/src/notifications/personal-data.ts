import { Types } from 'mongoose';
import type { PersonalData } from '../privacy/personal-data';
import { forgetMailWindows, NotificationModel, PreferencesModel } from './notification.model';
import { getPreferences } from './preferences.service';

/**
 * A person's notifications and preferences are theirs alone: exported with their data and
 * removed with their account. Notifications others received about what they did stay, naming
 * "ehemaliges Mitglied".
 */
export const notificationPersonalData: PersonalData[] = [
  {
    model: 'Notification',
    userPaths: ['userId', 'actorId'],
    retention:
      'the receiver\'s until their account is deleted; as actor, attributed to "ehemaliges Mitglied"',
    export: {
      key: 'notifications',
      async collect(userId) {
        const records = await NotificationModel.find({ userId: new Types.ObjectId(userId) })
          .sort({ _id: -1 })
          .lean();
        return records.map((n) => ({
          id: n._id.toHexString(),
          trigger: n.trigger,
          channel: n.channel,
          title: n.title,
          excerpt: n.excerpt,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        }));
      },
    },
    async erase(userId) {
      await NotificationModel.deleteMany({ userId: new Types.ObjectId(userId) });
    },
  },
  {
    model: 'NotificationPreferences',
    userPaths: ['userId'],
    retention: 'until the account is deleted',
    export: {
      key: 'notificationPreferences',
      async collect(userId) {
        return [{ ...(await getPreferences(userId)) }];
      },
    },
    async erase(userId) {
      await PreferencesModel.deleteMany({ userId: new Types.ObjectId(userId) });
      // The quiet windows of notification mails are keyed by the person too.
      await forgetMailWindows(userId);
    },
  },
];
