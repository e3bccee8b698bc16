import { MEASURE_DUE_SOON_DAYS, projectLinks } from '@pnetz/shared';
import { UserModel } from '../auth/user.model';
import { MeasureModel } from '../plans/measure.model';
import { PlanModel } from '../plans/plan.model';
import { InvitationModel } from '../workspaces/invitation.model';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { localTime } from './digest';
import { NotificationModel } from './notification.model';
import type { NotificationDraft, Notifier } from './notifier';

const normalise = (name: string) => name.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Leaves out drafts that notified before (the key is unique per person), in one query. */
async function onlyNew(drafts: NotificationDraft[]): Promise<NotificationDraft[]> {
  if (drafts.length === 0) return [];
  const existing = await NotificationModel.find(
    { key: { $in: [...new Set(drafts.map((d) => d.key))] } },
    { userId: 1, key: 1 },
  ).lean();
  const seen = new Set(existing.map((n) => `${n.userId.toHexString()}|${n.key}`));
  return drafts.filter((d) => !seen.has(`${d.userId}|${d.key}`));
}

/**
 * Measures live in co-edited plan documents, where the responsible person is typed as a name.
 * A measure is "assigned to me" when that name is the name of a member of the plan's council;
 * it is "due soon" from a week before its deadline until the deadline, unless done or dropped.
 */
export async function sweepMeasures(notifier: Notifier, now: Date): Promise<void> {
  const measures = await MeasureModel.find({ responsiblePerson: { $ne: '' } }).lean();
  if (measures.length === 0) return;
  const plans = await PlanModel.find({
    _id: { $in: measures.map((m) => m.planId) },
    archived: { $ne: true },
  }).lean();
  const planById = new Map(plans.map((p) => [p._id.toHexString(), p]));
  const memberships = await MembershipModel.find({
    workspaceId: { $in: plans.map((p) => p.workspaceId) },
  }).lean();
  const users = await UserModel.find(
    { _id: { $in: memberships.map((m) => m.userId) } },
    { name: 1 },
  ).lean();
  const nameOf = new Map(users.map((u) => [u._id.toHexString(), normalise(u.name)]));
  const today = localTime(now).day;
  const soon = addDays(today, MEASURE_DUE_SOON_DAYS);

  const drafts: NotificationDraft[] = [];
  for (const measure of measures) {
    const plan = planById.get(measure.planId.toHexString());
    if (!plan) continue;
    const workspaceId = plan.workspaceId.toHexString();
    const responsible = normalise(measure.responsiblePerson);
    const people = memberships.filter(
      (m) =>
        m.workspaceId.toHexString() === workspaceId &&
        nameOf.get(m.userId.toHexString()) === responsible,
    );
    const base = {
      workspaceId,
      visibility: plan.visibility,
      planId: plan._id.toHexString(),
      subject: { type: 'measure' as const, id: `${plan._id.toHexString()}:${measure.measureId}` },
      actorId: null,
      title: measure.title || plan.title,
      excerpt: measure.goal,
      link: projectLinks.plan(plan._id.toHexString()),
    };
    const due =
      measure.deadline &&
      !['done', 'dropped'].includes(measure.status) &&
      measure.deadline >= today &&
      measure.deadline <= soon;
    for (const { userId } of people) {
      const id = `${plan._id.toHexString()}:${measure.measureId}`;
      drafts.push({
        ...base,
        userId: userId.toHexString(),
        trigger: 'measure_assigned',
        key: `measure_assigned:${id}`,
        groupKey: `measure:${id}`,
      });
      if (due) {
        drafts.push({
          ...base,
          userId: userId.toHexString(),
          trigger: 'measure_due',
          key: `measure_due:${id}:${measure.deadline}`,
          groupKey: `measure:${id}`,
        });
      }
    }
  }
  await notifier.notify(await onlyNew(drafts));
}

/** People with an account hear in the app when a council invites their address. */
export async function sweepInvitations(notifier: Notifier, now: Date): Promise<void> {
  const invitations = await InvitationModel.find({
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { $gt: now },
    email: { $ne: null },
  }).lean();
  if (invitations.length === 0) return;
  const [users, workspaces] = await Promise.all([
    UserModel.find({ email: { $in: invitations.map((i) => i.email) } }, { email: 1 }).lean(),
    WorkspaceModel.find(
      { _id: { $in: invitations.map((i) => i.workspaceId) } },
      { name: 1 },
    ).lean(),
  ]);
  const userByEmail = new Map(users.map((u) => [u.email, u._id.toHexString()]));
  const nameOf = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
  const drafts = invitations.flatMap((invitation): NotificationDraft[] => {
    const userId = invitation.email ? userByEmail.get(invitation.email) : undefined;
    if (!userId) return [];
    const workspaceId = invitation.workspaceId.toHexString();
    return [
      {
        userId,
        trigger: 'invitation',
        key: `invitation:${invitation._id.toHexString()}`,
        groupKey: `invitation:${workspaceId}`,
        workspaceId,
        // The invitation is addressed to this person: nothing of the council's is disclosed.
        visibility: null,
        subject: { type: 'invitation', id: invitation._id.toHexString() },
        actorId: invitation.invitedBy.toHexString(),
        title: nameOf.get(workspaceId) ?? '',
        excerpt: invitation.message ?? '',
        link: projectLinks.council(workspaceId),
      },
    ];
  });
  await notifier.notify(await onlyNew(drafts));
}
