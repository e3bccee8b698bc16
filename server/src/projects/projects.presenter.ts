import {
  totalCost,
  type Project,
  type ProjectPermissions,
  type ProjectSummary,
  type WorkspaceRef,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { resolvePeople } from '../privacy/attribution';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { ProjectRecord } from './project.model';

/** Councils by id, as projects name them. */
export async function workspaceRefs(ids: Types.ObjectId[]): Promise<Map<string, WorkspaceRef>> {
  const workspaces = await WorkspaceModel.find(
    { _id: { $in: ids } },
    { name: 1, municipality: 1 },
  ).lean();
  return new Map(
    workspaces.map((w) => [
      w._id.toHexString(),
      { id: w._id.toHexString(), name: w.name, municipality: w.municipality },
    ]),
  );
}

const unknownWorkspace = (id: Types.ObjectId): WorkspaceRef => ({
  id: id.toHexString(),
  name: '',
  municipality: '',
});

/** A project for one caller: people resolved by their current names, what the caller may do. */
export async function presentProject(
  record: ProjectRecord,
  viewer: { actor: Actor; permissions: ProjectPermissions },
): Promise<Project> {
  const [people, workspaces] = await Promise.all([
    resolvePeople([record.createdBy, ...record.partners.flatMap((p) => p.userIds)]),
    workspaceRefs([record.workspaceId]),
  ]);
  const {
    _id,
    workspaceId,
    partners,
    createdBy,
    followers,
    publishedAt,
    createdAt,
    updatedAt,
    ...fields
  } = record;
  return {
    ...fields,
    id: _id.toHexString(),
    workspace: workspaces.get(workspaceId.toHexString()) ?? unknownWorkspace(workspaceId),
    partners: partners.map(({ userIds, ...partner }) => ({
      ...partner,
      // Linked accounts that were deleted simply drop out of the partner's people.
      users: userIds.map((id) => people.ref(id)).filter((person) => !person.former),
    })),
    totalCost: totalCost(record.costPlan),
    createdBy: people.ref(createdBy),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    publishedAt: publishedAt?.toISOString() ?? null,
    permissions: viewer.permissions,
    following: followers.some((id) => id.toHexString() === viewer.actor.id),
  };
}

export async function presentSummaries(records: ProjectRecord[]): Promise<ProjectSummary[]> {
  const workspaces = await workspaceRefs([...new Set(records.map((r) => r.workspaceId))]);
  return records.map((record) => ({
    id: record._id.toHexString(),
    workspace:
      workspaces.get(record.workspaceId.toHexString()) ?? unknownWorkspace(record.workspaceId),
    title: record.title,
    summary: record.summary,
    status: record.status,
    fieldsOfAction: record.fieldsOfAction,
    settings: record.settings,
    partnerTypes: [...new Set(record.partners.map((p) => p.type))],
    start: record.timeline.start,
    end: record.timeline.end,
    fundingYear: record.funding.year,
    evidenceLevel: record.evidenceLevel,
    visibility: record.visibility,
    draft: record.draft,
    updatedAt: record.updatedAt.toISOString(),
  }));
}
