import type { Overview } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { upcomingMeetings } from '../exchange/calendar.service';
import { ownerTitles } from '../exchange/meetings.service';
import { NotificationModel } from '../notifications/notification.model';
import { stillVisible } from '../notifications/notifications.policy';
import { deadlines } from '../plans/plans.service';
import { FeedEventModel } from '../projects/feed-event.model';
import { ProjectModel } from '../projects/project.model';
import { MembershipModel } from '../workspaces/membership.model';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { OverviewVisitModel } from './visit.model';

/** Measures due within this many days (and every overdue one) appear. */
export const DEADLINE_DAYS = 14;
/** Meetings within this many days appear, the next few of them. */
const MEETING_DAYS = 60;
const MAX_DEADLINES = 20;
const MAX_MENTIONS = 10;
const MAX_MEETINGS = 5;
const MAX_CHANGES = 99;
const LATEST_PER_COUNCIL = 3;
/** Opening the overview again within this time belongs to the same visit. */
const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * Notes this visit and returns the previous one. Reopening within a visit keeps the baseline,
 * so the changes do not vanish when the page is refreshed.
 */
async function recordVisit(userId: string, now: Date): Promise<Date | null> {
  const visit = await OverviewVisitModel.findOne({ userId }).lean();
  if (!visit) {
    await OverviewVisitModel.updateOne(
      { userId },
      { $setOnInsert: { lastVisitAt: now, previousVisitAt: null } },
      { upsert: true },
    ).catch(() => undefined);
    return null;
  }
  if (now.getTime() - visit.lastVisitAt.getTime() < VISIT_GAP_MS) return visit.previousVisitAt;
  await OverviewVisitModel.updateOne(
    { _id: visit._id },
    { $set: { lastVisitAt: now, previousVisitAt: visit.lastVisitAt } },
  );
  return visit.lastVisitAt;
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), 'de', { sensitivity: 'base' }) === 0;

/**
 * The viewer's overview. Every part goes through the owning feature's own rules: deadlines of
 * the plans they may read, meetings of their councils and exchanges, their own mentions while
 * they may still see what they are about, and the activity of councils whose activity they
 * may read.
 */
export async function overviewFor(actor: Actor, now = new Date()): Promise<Overview> {
  const since = await recordVisit(actor.id, now);
  const memberships = await MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean();
  const workspaces = await WorkspaceModel.find(
    { _id: { $in: memberships.map((m) => m.workspaceId) } },
    { name: 1 },
  )
    .sort({ name: 1 })
    .lean();

  const [deadlineItems, mentions, meetings, councils] = await Promise.all([
    deadlinesOf(actor, workspaces, now),
    mentionsOf(actor),
    meetingsOf(actor, now),
    changesIn(actor, workspaces, since),
  ]);
  return {
    since: since?.toISOString() ?? null,
    deadlines: deadlineItems,
    mentions,
    meetings,
    councils,
  };
}

type WorkspaceName = { _id: Types.ObjectId; name: string };

async function deadlinesOf(
  actor: Actor,
  workspaces: WorkspaceName[],
  now: Date,
): Promise<Overview['deadlines']> {
  const perCouncil = await Promise.all(
    workspaces.map(async (workspace) => {
      const id = workspace._id.toHexString();
      const { titles, overdue, dueSoon } = await deadlines(actor, id, DEADLINE_DAYS, now);
      return [...overdue, ...dueSoon].map((measure) => ({
        planId: measure.planId.toHexString(),
        planTitle: titles.get(measure.planId.toHexString()) ?? '',
        workspaceId: id,
        workspaceName: workspace.name,
        title: measure.title,
        deadline: measure.deadline ?? '',
        status: measure.status,
        overdue: overdue.includes(measure),
        mine: sameName(measure.responsiblePerson, actor.name),
      }));
    }),
  );
  return perCouncil
    .flat()
    .sort((a, b) => Number(b.mine) - Number(a.mine) || a.deadline.localeCompare(b.deadline))
    .slice(0, MAX_DEADLINES);
}

async function mentionsOf(actor: Actor): Promise<Overview['mentions']> {
  const records = await NotificationModel.find({
    userId: new Types.ObjectId(actor.id),
    trigger: 'mention',
    readAt: null,
  })
    .sort({ _id: -1 })
    .limit(MAX_MENTIONS)
    .lean();
  const { visible } = await stillVisible(actor, records);
  return visible.map((n) => ({
    id: n._id.toHexString(),
    title: n.title,
    excerpt: n.excerpt,
    link: n.link,
    at: n._id.getTimestamp().toISOString(),
  }));
}

async function meetingsOf(actor: Actor, now: Date): Promise<Overview['meetings']> {
  const meetings = (await upcomingMeetings(actor, now, MEETING_DAYS)).slice(0, MAX_MEETINGS);
  const owners = await ownerTitles(meetings);
  return meetings.map((meeting) => ({
    id: meeting._id.toHexString(),
    title: meeting.title,
    owner: owners.get((meeting.exchangeId ?? meeting.workspaceId)?.toHexString() ?? '') ?? '',
    startsAt: meeting.startsAt.toISOString(),
    location: meeting.location,
  }));
}

async function changesIn(
  actor: Actor,
  workspaces: WorkspaceName[],
  since: Date | null,
): Promise<Overview['councils']> {
  const perCouncil = await Promise.all(
    workspaces.map(async (workspace) => {
      const allowed = await authorizeWorkspace(actor, workspace._id.toHexString(), 'activity.read')
        .then(() => true)
        .catch(() => false);
      if (!allowed) return null;
      const filter = { workspaceId: workspace._id, ...(since ? { at: { $gt: since } } : {}) };
      const [changes, latest] = await Promise.all([
        FeedEventModel.countDocuments(filter, { limit: MAX_CHANGES }),
        FeedEventModel.find(filter).sort({ _id: -1 }).limit(LATEST_PER_COUNCIL).lean(),
      ]);
      return { workspace, changes, latest };
    }),
  );
  const councils = perCouncil.filter((council) => council !== null);
  // One lookup of the projects' titles for every council: someone in many councils would
  // otherwise cost one query per council, and none at all when nothing happened.
  const projectIds = councils.flatMap(({ latest }) => latest.map((event) => event.projectId));
  const projects = projectIds.length
    ? await ProjectModel.find({ _id: { $in: projectIds } }, { title: 1 }).lean()
    : [];
  const titles = new Map(projects.map((p) => [p._id.toHexString(), p.title]));
  return councils.map(({ workspace, changes, latest }) => ({
    id: workspace._id.toHexString(),
    name: workspace.name,
    changes,
    latest: latest.map((event) => ({
      id: event._id.toHexString(),
      at: event.at.toISOString(),
      projectId: event.projectId.toHexString(),
      projectTitle: titles.get(event.projectId.toHexString()) ?? '',
    })),
  }));
}

/** Forgets the person's visits (account deletion). */
export async function forgetOverviewVisits(userId: string): Promise<void> {
  await OverviewVisitModel.deleteMany({ userId });
}
