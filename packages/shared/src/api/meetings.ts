// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema, VisibilitySchema } from '../vocab';
import { endpoint } from './endpoint';
import { ParticipantSchema } from './exchange';
import { WorkspaceIdParamsSchema } from './workspaces';
import { plain, plainTitle } from '../text';

export const MEETING_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 2000,
  itemsMax: 50,
  /** Upcoming meetings the calendar lists at most. */
  calendarMax: 200,
} as const;

const Text = (max: number = MEETING_LIMITS.textMaxLength) => plain(z.string().trim().max(max));
const Line = plainTitle(MEETING_LIMITS.textMaxLength);

export const AttendeeSchema = z.object({
  name: plainTitle(120),
  organisation: Text(160).default(''),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** A follow-up task; once turned into a measure, it names the plan and the measure. */
export const MeetingTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  responsible: z.string(),
  /** `YYYY-MM-DD` or null. */
  due: z.string().nullable(),
  measure: z.object({ planId: IdSchema, measureId: z.string(), planTitle: z.string() }).nullable(),
});
export type MeetingTask = z.infer<typeof MeetingTaskSchema>;

export const MeetingTaskInputSchema = z.object({
  /** Present for tasks that exist already (keeps their link to a measure). */
  id: z.string().max(64).optional(),
  title: Line,
  responsible: Text(160).default(''),
  due: z.iso.date().nullable().default(null),
});

/** Where a meeting belongs: a cross-regional exchange, or one council (a KPR session). */
export const MeetingOwnerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exchange'), id: IdSchema, title: z.string() }),
  z.object({ type: z.literal('council'), id: IdSchema, title: z.string() }),
]);
export type MeetingOwner = z.infer<typeof MeetingOwnerSchema>;

export const MeetingSchema = z.object({
  id: IdSchema,
  owner: MeetingOwnerSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema.nullable(),
  location: z.string(),
  /** An https link to a video conference, or null. */
  videoUrl: z.string().nullable(),
  agenda: z.array(z.string()),
  attendees: z.array(AttendeeSchema),
  decisions: z.array(z.string()),
  tasks: z.array(MeetingTaskSchema),
  /** Council meetings only; an exchange's meetings follow the exchange. */
  visibility: VisibilitySchema.nullable(),
  /**
   * The minutes are a collaborative document named by the meeting's id, laid out like a plan's
   * rich text (`PLAN_DOCUMENT.text`), so the plan editor edits them too.
   */
  minutesDocId: IdSchema,
  /** A document attached by link (a transfer workshop carries its analysis's report). */
  attachment: z.object({ label: z.string(), url: z.string() }).nullable(),
  access: z.enum(['read', 'write']),
  /** The caller may delete the meeting. */
  deletable: z.boolean(),
  createdBy: PersonRefSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;

const VideoUrlSchema = z
  .url({ protocol: /^https$/, message: 'must be an https address' })
  .max(500)
  .nullable();

const meetingFields = {
  title: Line.max(MEETING_LIMITS.titleMaxLength),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  location: Text(300),
  videoUrl: VideoUrlSchema,
  agenda: z.array(Line).max(MEETING_LIMITS.itemsMax),
  attendees: z.array(AttendeeSchema).max(MEETING_LIMITS.itemsMax * 4),
  decisions: z.array(Line).max(MEETING_LIMITS.itemsMax),
  tasks: z.array(MeetingTaskInputSchema).max(MEETING_LIMITS.itemsMax),
};

export const CreateMeetingBodySchema = z
  .object({
    ...meetingFields,
    endsAt: meetingFields.endsAt.default(null),
    location: meetingFields.location.default(''),
    videoUrl: meetingFields.videoUrl.default(null),
    agenda: meetingFields.agenda.default([]),
    attendees: meetingFields.attendees.default([]),
    decisions: meetingFields.decisions.default([]),
    tasks: meetingFields.tasks.default([]),
    /** Council meetings only (default: the council's default visibility). */
    visibility: VisibilitySchema.optional(),
  })
  .strict();
export type CreateMeetingBody = z.input<typeof CreateMeetingBodySchema>;

export const UpdateMeetingBodySchema = z
  .object({
    title: meetingFields.title.optional(),
    startsAt: meetingFields.startsAt.optional(),
    endsAt: meetingFields.endsAt.optional(),
    location: meetingFields.location.optional(),
    videoUrl: meetingFields.videoUrl.optional(),
    agenda: meetingFields.agenda.optional(),
    attendees: meetingFields.attendees.optional(),
    decisions: meetingFields.decisions.optional(),
    tasks: meetingFields.tasks.optional(),
    visibility: VisibilitySchema.optional(),
    /**
     * People named with @ in the decisions, chosen from `mentionable`; each hears of it once
     * (in the app, by mail as their settings say). Others are refused.
     */
    mentions: z.array(IdSchema).max(MEETING_LIMITS.itemsMax).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ minProperties: 1 });
export type UpdateMeetingBody = z.input<typeof UpdateMeetingBodySchema>;

export const TaskToMeasureBodySchema = z
  .object({
    planId: IdSchema,
    fieldOfAction: FieldOfActionSchema.nullable().default(null),
  })
  .strict();
export type TaskToMeasureBody = z.input<typeof TaskToMeasureBodySchema>;

/** Where a calendar entry comes from: a meeting's owner, or a training offer one registered for. */
export const CalendarOwnerSchema = z.discriminatedUnion('type', [
  ...MeetingOwnerSchema.options,
  z.object({ type: z.literal('training'), id: IdSchema, title: z.string() }),
]);
export type CalendarOwner = z.infer<typeof CalendarOwnerSchema>;

/** One entry of the personal calendar. */
export const CalendarEntrySchema = z.object({
  id: IdSchema,
  title: z.string(),
  owner: CalendarOwnerSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema.nullable(),
  location: z.string(),
  videoUrl: z.string().nullable(),
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

/** The personal calendar feed: a secret address calendar apps subscribe to, or null. */
export const CalendarFeedSchema = z.object({
  url: z.string().nullable(),
  createdAt: TimestampSchema.nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

const TAG = 'meetings';
const MeetingTaskParamsSchema = z.object({ id: IdSchema, taskId: z.string().min(1).max(64) });

export const meetingEndpoints = {
  exchangeMeetings: endpoint({
    method: 'get',
    path: '/api/exchanges/:id/meetings',
    summary: 'Meetings of an exchange, by date',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(MeetingSchema) }),
  }),
  createExchangeMeeting: endpoint({
    method: 'post',
    path: '/api/exchanges/:id/meetings',
    summary: 'Plan a meeting of an exchange (its participants)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CreateMeetingBodySchema,
    response: MeetingSchema,
    status: 201,
  }),
  councilMeetings: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/meetings',
    summary: "A council's meetings (KPR sessions) the caller may see, by date",
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: z.object({ items: z.array(MeetingSchema) }),
  }),
  createCouncilMeeting: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/meetings',
    summary: 'Plan a session of the council (its admins and members)',
    tag: TAG,
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    body: CreateMeetingBodySchema,
    response: MeetingSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/meetings/:id',
    summary: 'One meeting',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: MeetingSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/meetings/:id',
    summary: 'Change a meeting: date, place, agenda, attendees, decisions, tasks',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: UpdateMeetingBodySchema,
    response: MeetingSchema,
  }),
  mentionable: endpoint({
    method: 'get',
    path: '/api/meetings/:id/mentionable',
    summary:
      "Who may be mentioned in a meeting's outcome: the people who may read it (an exchange's participants, a council's members)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(ParticipantSchema) }),
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/meetings/:id',
    summary: 'Delete a meeting with its minutes',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  taskToMeasure: endpoint({
    method: 'post',
    path: '/api/meetings/:id/tasks/:taskId/measure',
    summary: "Turn a follow-up task into a measure of a council's plan (appears live in the plan)",
    tag: TAG,
    auth: 'user',
    params: MeetingTaskParamsSchema,
    body: TaskToMeasureBodySchema,
    response: MeetingSchema,
  }),
  calendar: endpoint({
    method: 'get',
    path: '/api/calendar',
    summary: "Upcoming meetings of the caller's exchanges and councils",
    tag: TAG,
    auth: 'user',
    query: z.object({
      from: z.iso.date().optional(),
      days: z.coerce.number().int().min(1).max(730).default(180),
    }),
    response: z.object({ items: z.array(CalendarEntrySchema) }),
  }),
  feed: endpoint({
    method: 'get',
    path: '/api/calendar/feed',
    summary: 'The personal calendar feed address, if one was created',
    tag: TAG,
    auth: 'user',
    response: CalendarFeedSchema,
  }),
  createFeed: endpoint({
    method: 'post',
    path: '/api/calendar/feed',
    summary: 'Create (or replace) the secret calendar feed address; an earlier one stops working',
    tag: TAG,
    auth: 'user',
    response: CalendarFeedSchema,
  }),
  revokeFeed: endpoint({
    method: 'delete',
    path: '/api/calendar/feed',
    summary: 'Revoke the calendar feed address',
    tag: TAG,
    auth: 'user',
    response: null,
  }),
  ics: endpoint({
    method: 'get',
    path: '/api/calendar/feed/:token',
    summary:
      'iCalendar (.ics) feed for calendar apps; the secret token in the address is the credential',
    tag: TAG,
    auth: 'public',
    params: z.object({
      token: z
        .string()
        .regex(/^[A-Za-z0-9_-]{20,100}\.[A-Za-z0-9_-]{20,60}(\.ics)?$/, 'is not a feed token'),
    }),
    response: null,
    status: 200,
    produces: ['text/calendar'],
  }),
};
