import type { Visibility, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { ExchangeModel, PostModel } from '../exchange/exchange.model';
import { exchangeAccess, meetingAccess } from '../exchange/exchange.policy';
import { MeetingModel } from '../exchange/meeting.model';
import { PlanModel } from '../plans/plan.model';
import { ProjectModel } from '../projects/project.model';
import { effectiveVisibility } from '../projects/projects.policy';
import { contentAccess } from '../workspaces/access';
import { MembershipModel } from '../workspaces/membership.model';
import type { NotificationRecord } from './notification.model';

/**
 * Nobody hears about an item they may not see: a notification is created only for people the
 * shared visibility rules let see its subject, and it is shown only while that still holds
 * (a removed member's notifications about internal projects disappear with the membership).
 * Notifications are personal: each person reads only their own (every query is by `userId`).
 */
export function mayBeNotified(
  person: Actor,
  role: WorkspaceRole | null,
  visibility: Visibility | null,
): boolean {
  // No visibility: nothing to protect, e.g. an invitation addressed to this very person.
  return visibility === null || contentAccess(person, role, visibility) !== 'none';
}

/** Splits notifications into those the person may still see and those to forget. */
export async function stillVisible(
  person: Actor,
  records: NotificationRecord[],
): Promise<{ visible: NotificationRecord[]; gone: Types.ObjectId[] }> {
  const projectIds = records.flatMap((r) => (r.projectId ? [r.projectId] : []));
  const planIds = records.flatMap((r) => (r.planId ? [r.planId] : []));
  const [projects, plans, memberships] = await Promise.all([
    projectIds.length
      ? ProjectModel.find(
          { _id: { $in: projectIds } },
          { workspaceId: 1, draft: 1, visibility: 1 },
        ).lean()
      : [],
    planIds.length
      ? PlanModel.find({ _id: { $in: planIds } }, { workspaceId: 1, visibility: 1 }).lean()
      : [],
    MembershipModel.find(
      { userId: new Types.ObjectId(person.id) },
      { workspaceId: 1, role: 1 },
    ).lean(),
  ]);
  const roles = new Map(memberships.map((m) => [m.workspaceId.toHexString(), m.role]));
  const access = new Map<string, boolean>();
  for (const p of projects) {
    access.set(
      p._id.toHexString(),
      mayBeNotified(person, roles.get(p.workspaceId.toHexString()) ?? null, effectiveVisibility(p)),
    );
  }
  for (const p of plans) {
    access.set(
      p._id.toHexString(),
      mayBeNotified(person, roles.get(p.workspaceId.toHexString()) ?? null, p.visibility),
    );
  }
  // A mention in an exchange's discussion: shown while the person may still read the exchange.
  const postIds = records.flatMap((r) => (r.subject.type === 'post' ? [r.subject.id] : []));
  const posts = postIds.length
    ? await PostModel.find({ _id: { $in: postIds } }, { exchangeId: 1 }).lean()
    : [];
  const exchanges = posts.length
    ? await ExchangeModel.find(
        { _id: { $in: posts.map((p) => p.exchangeId) } },
        { visibility: 1, workspaceIds: 1, userIds: 1, managerIds: 1 },
      ).lean()
    : [];
  const readable = new Set(
    exchanges
      .filter((e) => exchangeAccess(person, roles, e) !== null)
      .map((e) => e._id.toHexString()),
  );
  const postReadable = new Set(
    posts.filter((p) => readable.has(p.exchangeId.toHexString())).map((p) => p._id.toHexString()),
  );
  // A mention in a meeting's outcome: shown while the person may still read the meeting.
  const meetingIds = records.flatMap((r) =>
    r.subject.type === 'meeting' && Types.ObjectId.isValid(r.subject.id) ? [r.subject.id] : [],
  );
  const meetings = meetingIds.length
    ? await MeetingModel.find({ _id: { $in: meetingIds } }).lean()
    : [];
  const meetingReadable = new Set(
    (
      await Promise.all(
        meetings.map(async (m) =>
          (await meetingAccess(person, m)).access ? [m._id.toHexString()] : [],
        ),
      )
    ).flat(),
  );
  const visible: NotificationRecord[] = [];
  const gone: Types.ObjectId[] = [];
  for (const record of records) {
    const scope = record.projectId ?? record.planId;
    const shown =
      record.subject.type === 'post'
        ? postReadable.has(record.subject.id)
        : record.subject.type === 'meeting'
          ? meetingReadable.has(record.subject.id)
          : !scope || access.get(scope.toHexString());
    if (shown) visible.push(record);
    else gone.push(record._id);
  }
  return { visible, gone };
}
