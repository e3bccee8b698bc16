import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';

/** What a notification is about (i18n keys `notifications.trigger.<code>`). */
export const NOTIFICATION_TRIGGERS = [
  'mention',
  'comment',
  'partner_update',
  'measure_assigned',
  'measure_due',
  'invitation',
  /** Training: registered, moved up, changed or cancelled (the mail goes out anyway). */
  'training',
] as const;
export const NotificationTriggerSchema = z.enum(NOTIFICATION_TRIGGERS);
export type NotificationTrigger = z.infer<typeof NotificationTriggerSchema>;

/**
 * How a person wants to hear about one trigger: in the app only, in the app and by e-mail at
 * once, in the app and in one e-mail a day (grouped), or not at all.
 */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'digest', 'off'] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

export const NotificationPreferencesSchema = z.object(
  Object.fromEntries(
    NOTIFICATION_TRIGGERS.map((trigger) => [trigger, NotificationChannelSchema]),
  ) as Record<NotificationTrigger, typeof NotificationChannelSchema>,
);
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** Mentions and assignments matter at once; the rest is better read once a day. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  mention: 'email',
  comment: 'in_app',
  partner_update: 'digest',
  measure_assigned: 'email',
  measure_due: 'digest',
  invitation: 'in_app',
  training: 'in_app',
};

/** Days before a measure's deadline when its responsible person hears about it. */
export const MEASURE_DUE_SOON_DAYS = 7;

export const NOTIFICATION_SUBJECTS = [
  'project',
  'update',
  'comment',
  'measure',
  'invitation',
  'training',
  'post',
  'meeting',
] as const;

export const NotificationSchema = z.object({
  id: IdSchema,
  trigger: NotificationTriggerSchema,
  /** Who caused it; null when the system noticed it (deadlines). */
  actor: PersonRefSchema.nullable(),
  workspace: z.object({ id: IdSchema, name: z.string() }).nullable(),
  subject: z.object({ type: z.enum(NOTIFICATION_SUBJECTS), id: z.string() }),
  /** Title of the project, measure or council it is about. */
  title: z.string(),
  /** A short excerpt of the text (comment, update), plain text. */
  excerpt: z.string(),
  /** Where in the app it leads. */
  link: z.string(),
  readAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
  nextCursor: IdSchema.nullable(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

const TAG = 'notifications';

export const notificationEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/notifications',
    summary: "The caller's notifications, newest first, with the unread count",
    tag: TAG,
    auth: 'user',
    query: z.object({
      before: IdSchema.optional(),
      limit: z.coerce.number().int().min(1).max(100).default(30),
    }),
    response: NotificationPageSchema,
  }),
  markRead: endpoint({
    method: 'post',
    path: '/api/notifications/read',
    summary: 'Mark notifications as read (all of them without `ids`)',
    tag: TAG,
    auth: 'user',
    body: z.object({ ids: z.array(IdSchema).max(200).optional() }),
    response: z.object({ unread: z.number().int() }),
  }),
  preferences: endpoint({
    method: 'get',
    path: '/api/notifications/preferences',
    summary: 'How the caller wants to be notified, per trigger',
    tag: TAG,
    auth: 'user',
    response: NotificationPreferencesSchema,
  }),
  updatePreferences: endpoint({
    method: 'put',
    path: '/api/notifications/preferences',
    summary: 'Change how the caller is notified, per trigger',
    tag: TAG,
    auth: 'user',
    body: NotificationPreferencesSchema.partial(),
    response: NotificationPreferencesSchema,
  }),
};
