import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { MeasureStatusSchema } from './plans';
import { endpoint } from './endpoint';

/** A measure of a readable plan that is overdue or due within the overview's horizon. */
export const OverviewDeadlineSchema = z.object({
  planId: IdSchema,
  planTitle: z.string(),
  workspaceId: IdSchema,
  workspaceName: z.string(),
  title: z.string(),
  /** `YYYY-MM-DD`. */
  deadline: z.string(),
  status: MeasureStatusSchema,
  overdue: z.boolean(),
  /** The measure names the viewer as its responsible person. */
  mine: z.boolean(),
});

export const OverviewMentionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  excerpt: z.string(),
  link: z.string(),
  at: TimestampSchema,
});

export const OverviewMeetingSchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** The council or exchange that holds it. */
  owner: z.string(),
  startsAt: TimestampSchema,
  location: z.string(),
});

/** What happened in one of the viewer's councils since their previous visit. */
export const OverviewCouncilSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** Activity entries since the previous visit (all of them on a first visit), at most 99. */
  changes: z.number().int().nonnegative(),
  latest: z.array(
    z.object({ id: IdSchema, at: TimestampSchema, projectId: IdSchema, projectTitle: z.string() }),
  ),
});

/**
 * "Mein Überblick": only what the viewer may see, from the plans, meetings, notifications and
 * activity they have access to.
 */
export const OverviewSchema = z.object({
  /** The previous visit, which "since" refers to; null on the first. */
  since: TimestampSchema.nullable(),
  deadlines: z.array(OverviewDeadlineSchema),
  mentions: z.array(OverviewMentionSchema),
  meetings: z.array(OverviewMeetingSchema),
  councils: z.array(OverviewCouncilSchema),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const overviewEndpoints = {
  overview: endpoint({
    method: 'get',
    path: '/api/overview',
    summary:
      "The own overview: measures due, unread mentions, next meetings, changes in one's councils",
    tag: 'overview',
    auth: 'user',
    response: OverviewSchema,
  }),
};
