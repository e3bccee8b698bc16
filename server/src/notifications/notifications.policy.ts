import type { Visibility, WorkspaceRole } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
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
  const visible: NotificationRecord[] = [];
  const gone: Types.ObjectId[] = [];
  for (const record of records) {
    const scope = record.projectId ?? record.planId;
    if (!scope || access.get(scope.toHexString())) visible.push(record);
    else gone.push(record._id);
  }
  return { visible, gone };
}
