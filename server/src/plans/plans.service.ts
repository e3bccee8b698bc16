import {
  isId,
  type DocumentAccess,
  type PlanKind,
  type Visibility,
  type WorkspaceRole,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import type { AuthorizeDocument } from '../realtime/collab/authorize';
import { rolesOf } from '../workspaces/access';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { MeasureModel, type MeasureRecord } from './measure.model';
import { PlanModel, type PlanRecord } from './plan.model';
import { documentAccess, planAllows, workspaceRole, type PlanAction } from './plans.policy';

export interface PlanWithAccess {
  plan: PlanRecord;
  role: WorkspaceRole | null;
  access: DocumentAccess;
}

/**
 * Loads a plan for an action. A plan the actor may not read is reported as not found, so its
 * existence does not leak; a visible plan the actor may not change is `forbidden`.
 */
export async function findPlanFor(
  actor: Actor,
  planId: string,
  action: PlanAction,
): Promise<PlanWithAccess> {
  const plan = isId(planId) ? await PlanModel.findById(planId).lean() : null;
  if (!plan) throw notFound('Plan');
  const role = await workspaceRole(actor, plan.workspaceId);
  const access = documentAccess(actor, role, plan);
  if (!access) throw notFound('Plan');
  if (!planAllows(actor, role, plan.visibility, action))
    throw forbidden(`Your role may not ${action} this plan`);
  if (action === 'edit' && plan.archived) throw forbidden('The plan is archived');
  return { plan, role, access };
}

async function requireWorkspace(workspaceId: string): Promise<void> {
  if (!(await WorkspaceModel.exists({ _id: workspaceId }))) throw notFound('Workspace');
}

export async function listPlans(
  actor: Actor,
  workspaceId: string,
  archived: boolean,
): Promise<PlanWithAccess[]> {
  await requireWorkspace(workspaceId);
  const role = await workspaceRole(actor, workspaceId);
  const visible: Visibility[] = role ? ['workspace', 'network', 'public'] : ['network', 'public'];
  const plans = await PlanModel.find({
    workspaceId: new Types.ObjectId(workspaceId),
    archived,
    visibility: { $in: visible },
  })
    .sort({ updatedAt: -1 })
    .lean();
  return plans.map((plan) => ({ plan, role, access: documentAccess(actor, role, plan) ?? 'read' }));
}

export async function createPlan(
  actor: Actor,
  workspaceId: string,
  input: { title: string; kind: PlanKind; visibility: Visibility },
): Promise<PlanWithAccess> {
  await requireWorkspace(workspaceId);
  const role = await workspaceRole(actor, workspaceId);
  if (!role) throw notFound('Workspace');
  if (!planAllows(actor, role, input.visibility, 'create'))
    throw forbidden('Guests cannot create plans');
  const plan = await PlanModel.create({ ...input, workspaceId, createdBy: actor.id });
  return { plan: plan.toObject(), role, access: 'write' };
}

export async function updatePlan(
  actor: Actor,
  planId: string,
  changes: {
    title?: string | undefined;
    archived?: boolean | undefined;
    visibility?: Visibility | undefined;
  },
): Promise<PlanWithAccess> {
  const needsManage = changes.archived !== undefined || changes.visibility !== undefined;
  const { role } = await findPlanFor(actor, planId, needsManage ? 'manage' : 'create');
  const set = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  const plan = await PlanModel.findByIdAndUpdate(
    planId,
    { $set: set },
    { returnDocument: 'after' },
  ).lean();
  if (!plan) throw notFound('Plan');
  return { plan, role, access: documentAccess(actor, role, plan) ?? 'read' };
}

export async function planMeasures(
  actor: Actor,
  planId: string,
): Promise<{ plan: PlanRecord; measures: MeasureRecord[] }> {
  const { plan } = await findPlanFor(actor, planId, 'read');
  const measures = await MeasureModel.find({ planId: plan._id }).lean();
  return { plan, measures };
}

/** Measures due within `days` or overdue (not done or dropped) across the plans the actor may read. */
export async function deadlines(
  actor: Actor,
  workspaceId: string,
  days: number,
  today = new Date(),
) {
  const plans = await listPlans(actor, workspaceId, false);
  const titles = new Map(plans.map(({ plan }) => [plan._id.toHexString(), plan.title]));
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  const horizon = new Date(today.getTime() + days * 86_400_000);
  const measures = await MeasureModel.find({
    planId: { $in: plans.map(({ plan }) => plan._id) },
    status: { $in: ['planned', 'in_progress', 'postponed'] },
    deadline: { $ne: null, $lte: isoDay(horizon) },
  })
    .sort({ deadline: 1 })
    .lean();
  const now = isoDay(today);
  return {
    titles,
    overdue: measures.filter((m) => (m.deadline ?? '') < now),
    dueSoon: measures.filter((m) => (m.deadline ?? '') >= now),
  };
}

/** The collaborative transports ask this before opening a plan's document. */
export const authorizePlanDocument: AuthorizeDocument = async (actor, docName) => {
  if (!isId(docName)) return null;
  // The plan and the person's memberships at once: opening a plan waits for one read, not two.
  const [plan, roles] = await Promise.all([
    PlanModel.findById(docName, { workspaceId: 1, visibility: 1, archived: 1 }).lean(),
    rolesOf(actor),
  ]);
  if (!plan) return null;
  return documentAccess(actor, roles.get(plan.workspaceId.toHexString()) ?? null, plan);
};

/** Workspace of a plan, for the measure mirror. */
export async function planWorkspace(planId: string): Promise<string | null> {
  if (!isId(planId)) return null;
  const plan = await PlanModel.findById(planId, { workspaceId: 1 }).lean();
  return plan?.workspaceId.toHexString() ?? null;
}
