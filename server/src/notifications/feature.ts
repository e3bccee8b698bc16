import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { mailBaseUrl } from '../projects/wiring';
import { roomChannel } from '../realtime/access-changes';
import { startNotificationJobs } from './jobs';
import { notificationRoutes } from './notifications.routes';
import { attachNotificationRealtime } from './notifications.realtime';
import { notificationPersonalData } from './personal-data';

/**
 * Notifications: in the app (the person's user room), by mail, and as a daily digest. The user
 * room is a live channel too: a socket stays in it only while it acts for that person, and the
 * access change of a deactivated account or a changed password ends the socket itself.
 */
export const notificationsFeature: Feature = {
  name: 'notifications',
  routes: (bind, w) => notificationRoutes(bind, { events: w.projects.notificationEvents }),
  realtime: ({ io, wiring }) => {
    attachNotificationRealtime({ io, events: wiring.projects.notificationEvents });
    return startNotificationJobs({
      notifier: wiring.projects.notifier,
      mailer: wiring.projects.mailer,
      baseUrl: mailBaseUrl(wiring.env),
      digestHour: wiring.env.NOTIFICATION_DIGEST_HOUR,
      logger: categoryLogger(wiring.logger, 'mail'),
    });
  },
  live: () => [roomChannel('notifications', 'user', async (actor, userId) => actor.id === userId)],
  personalData: notificationPersonalData,
};
