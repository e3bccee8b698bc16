import {
  MUNICIPALITY_SIZE_BOUNDS,
  ProjectListQuerySchema,
  type ProjectListQuery,
  type ProjectSort,
} from '@pnetz/shared';
import { Types, type QueryFilter } from 'mongoose';
import type { Actor } from '../auth/actor';
import { MeasureModel, type MeasureRecord } from '../plans/measure.model';
import { PlanModel } from '../plans/plan.model';
import { planAllows } from '../plans/plans.policy';
import { visibleContentFilter } from '../workspaces/access';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { ProjectModel, type ProjectRecord } from './project.model';
import { authorizeProject } from './projects.policy';

const SORTS: Record<ProjectSort, Record<string, 1 | -1>> = {
  updated: { updatedAt: -1, _id: -1 },
  created: { _id: -1 },
  title: { title: 1, _id: 1 },
  start: { 'timeline.start': -1, _id: -1 },
};

type Filters = Omit<ProjectListQuery, 'limit' | 'offset'>;

/**
 * The filter for what the caller may list: the shared visibility rules, and drafts only inside
 * their own councils.
 */
async function visibleProjects(actor: Actor): Promise<QueryFilter<ProjectRecord>> {
  const [visible, memberships] = await Promise.all([
    visibleContentFilter(actor),
    MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean(),
  ]);
  return {
    $and: [
      visible,
      { $or: [{ draft: false }, { workspaceId: { $in: memberships.map((m) => m.workspaceId) } }] },
    ],
  };
}

async function buildFilter(actor: Actor, rawFilters: Filters): Promise<QueryFilter<ProjectRecord>> {
  const filters = ProjectListQuerySchema.parse(rawFilters);
  const parts: Array<QueryFilter<ProjectRecord>> = [await visibleProjects(actor)];
  if (filters.workspaceId) {
    // Another council's project list is open to everyone signed in (what it shares); 404 if no council.
    await authorizeWorkspace(actor, filters.workspaceId, 'profile.read');
    parts.push({ workspaceId: new Types.ObjectId(filters.workspaceId) });
  }
  if (filters.fieldOfAction) parts.push({ fieldsOfAction: filters.fieldOfAction });
  if (filters.status) parts.push({ status: filters.status });
  if (filters.setting) parts.push({ settings: filters.setting });
  if (filters.partnerType) parts.push({ 'partners.type': filters.partnerType });
  if (filters.year) {
    const first = `${filters.year}-01-01`;
    const last = `${filters.year}-12-31`;
    parts.push({
      $or: [
        { 'funding.year': filters.year },
        { 'timeline.start': { $lte: last }, 'timeline.end': { $gte: first } },
        { 'timeline.start': { $lte: last }, 'timeline.end': null },
      ],
    });
  }
  if (filters.municipalitySize) {
    const { min, max } = MUNICIPALITY_SIZE_BOUNDS[filters.municipalitySize];
    const councils = await WorkspaceModel.find(
      { population: { $gte: min, ...(max === null ? {} : { $lt: max }) } },
      { _id: 1 },
    ).lean();
    parts.push({ workspaceId: { $in: councils.map((c) => c._id) } });
  }
  return { $and: parts };
}

export async function listProjects(
  actor: Actor,
  query: ProjectListQuery,
): Promise<{ items: ProjectRecord[]; total: number }> {
  const parsed = ProjectListQuerySchema.parse(query);
  const filter = await buildFilter(actor, parsed);
  const [items, total] = await Promise.all([
    ProjectModel.find(filter)
      .sort(SORTS[parsed.sort])
      .skip(parsed.offset)
      .limit(parsed.limit)
      .lean(),
    ProjectModel.countDocuments(filter),
  ]);
  return { items, total };
}

/** Every matching project (for the CSV export), in the chosen order. */
export async function allProjects(actor: Actor, filters: Filters): Promise<ProjectRecord[]> {
  const parsed = ProjectListQuerySchema.parse(filters);
  return ProjectModel.find(await buildFilter(actor, parsed))
    .sort(SORTS[parsed.sort])
    .limit(5_000)
    .lean();
}

/** Measures of action plans linked to the project, from the plans the caller may read. */
export async function projectMeasures(
  actor: Actor,
  projectId: string,
): Promise<Array<{ measure: MeasureRecord; planTitle: string }>> {
  const { project } = await authorizeProject(actor, projectId, 'read');
  const measures = await MeasureModel.find({ linkedProjectId: project._id.toHexString() }).lean();
  if (measures.length === 0) return [];
  const plans = await PlanModel.find({ _id: { $in: measures.map((m) => m.planId) } }).lean();
  const memberships = await MembershipModel.find(
    { userId: actor.id },
    { workspaceId: 1, role: 1 },
  ).lean();
  const roleIn = (workspaceId: Types.ObjectId) =>
    memberships.find((m) => m.workspaceId.equals(workspaceId))?.role ?? null;
  const readable = new Map(
    plans
      .filter((plan) => planAllows(actor, roleIn(plan.workspaceId), plan.visibility, 'read'))
      .map((plan) => [plan._id.toHexString(), plan.title]),
  );
  return measures.flatMap((measure) => {
    const planTitle = readable.get(measure.planId.toHexString());
    return planTitle === undefined ? [] : [{ measure, planTitle }];
  });
}
