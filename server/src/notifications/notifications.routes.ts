import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import type { NotificationEvents } from './notification-events';
import { presentNotifications } from './notifications.presenter';
import { listNotifications, markRead } from './notifications.service';
import { getPreferences, updatePreferences } from './preferences.service';

/** A person's own notifications and preferences; every route acts on the caller only. */
export function notificationRoutes(
  bind: RouteBinder,
  deps: { events: NotificationEvents },
): Router {
  const router = Router();
  const api = endpoints.notifications;

  bind(router, api.list, async ({ actor, query }) => {
    const page = await listNotifications(actor, query);
    return {
      items: await presentNotifications(page.items),
      unread: page.unread,
      nextCursor: page.nextCursor,
    };
  });

  bind(router, api.markRead, async ({ actor, body }) => {
    const unread = await markRead(actor, body.ids);
    deps.events.read(actor.id, { unread });
    return { unread };
  });

  bind(router, api.preferences, ({ actor }) => getPreferences(actor.id));

  bind(router, api.updatePreferences, ({ actor, body }) => updatePreferences(actor.id, body));

  return router;
}
