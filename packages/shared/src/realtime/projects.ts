import { z } from 'zod';
import { IdSchema } from '../common';
import type { Notification } from '../api/notifications';

/** Payload of `project:join` and `project:leave`. */
export const ProjectRoomRequestSchema = z.object({ projectId: IdSchema });
export type ProjectRoomRequest = z.infer<typeof ProjectRoomRequestSchema>;

/** A new notification for the receiver, with their unread count after it. */
export interface NotificationCreated {
  notification: Notification;
  unread: number;
}

/** The receiver's unread count changed elsewhere (read in another tab). */
export interface NotificationsRead {
  unread: number;
}
