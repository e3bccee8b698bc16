import { ServerEvent } from '@pnetz/shared';
import { rooms, type RealtimeServer } from '../realtime/io';
import type { NotificationEvents } from './notification-events';

/** Notifications reach every open tab and device of their person through the user room. */
export function attachNotificationRealtime(deps: {
  io: RealtimeServer;
  events: NotificationEvents;
}): void {
  const { io } = deps;
  deps.events.onCreated((userId, payload) => {
    io.to(rooms.user(userId)).emit(ServerEvent.NotificationCreated, payload);
  });
  deps.events.onRead((userId, payload) => {
    io.to(rooms.user(userId)).emit(ServerEvent.NotificationsRead, payload);
  });
}
