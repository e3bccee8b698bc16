import type { Directory, DirectoryEntry, FieldOfAction } from '@pnetz/shared';
import { directoryEndpoints } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { ProjectModel } from '../projects/project.model';
import { visibleContentFilter } from '../workspaces/access';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { directoryScope } from './directory.policy';

type DirectoryQuery = z.output<typeof directoryEndpoints.list.query>;

const MAX_ENTRIES = 200;

const folded = (text: string) =>
  text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The directory as the actor may see it, filtered. Fields of action come from the projects a
 * person runs or partners in, counting only projects the actor may see themselves.
 */
export async function listDirectory(actor: Actor, query: DirectoryQuery): Promise<Directory> {
  const scope = await directoryScope(actor);
  const councils = await WorkspaceModel.find(scope === 'all' ? {} : { _id: { $in: scope } }, {
    name: 1,
  })
    .sort({ name: 1 })
    .lean();
  const names = new Map(councils.map((c) => [c._id.toHexString(), c.name]));
  const councilList = councils.map((c) => ({ id: c._id.toHexString(), name: c.name }));
  if (query.workspaceId && !names.has(query.workspaceId)) {
    return { items: [], councils: councilList, truncated: false };
  }
  const workspaceIds = query.workspaceId
    ? [new Types.ObjectId(query.workspaceId)]
    : councils.map((c) => c._id);

  const memberships = await MembershipModel.find({
    workspaceId: { $in: workspaceIds },
    ...(query.organisationType ? { 'organisation.type': query.organisationType } : {}),
  }).lean();
  const userIds = [...new Set(memberships.map((m) => m.userId.toHexString()))].map(
    (id) => new Types.ObjectId(id),
  );
  const [users, projects] = await Promise.all([
    UserModel.find({ _id: { $in: userIds }, deactivatedAt: null }, { name: 1 }).lean(),
    ProjectModel.find(
      {
        $and: [
          await visibleContentFilter(actor),
          { workspaceId: { $in: workspaceIds } },
          { $or: [{ createdBy: { $in: userIds } }, { 'partners.userIds': { $in: userIds } }] },
        ],
      },
      { createdBy: 1, partners: 1, fieldsOfAction: 1 },
    ).lean(),
  ]);

  const fields = new Map<string, Set<FieldOfAction>>();
  for (const project of projects) {
    const people = [project.createdBy, ...project.partners.flatMap((p) => p.userIds)];
    for (const person of people) {
      const set = fields.get(person.toHexString()) ?? new Set<FieldOfAction>();
      for (const field of project.fieldsOfAction) set.add(field);
      fields.set(person.toHexString(), set);
    }
  }

  const entries: DirectoryEntry[] = users.map((user) => {
    const id = user._id.toHexString();
    return {
      userId: id,
      name: user.name,
      memberships: memberships
        .filter((m) => m.userId.toHexString() === id)
        .map((m) => ({
          workspaceId: m.workspaceId.toHexString(),
          workspaceName: names.get(m.workspaceId.toHexString()) ?? '',
          role: m.role,
          organisation: m.organisation,
        }))
        .sort((a, b) => a.workspaceName.localeCompare(b.workspaceName, 'de')),
      fieldsOfAction: [...(fields.get(id) ?? [])].sort(),
    };
  });

  const needle = query.q ? folded(query.q) : null;
  const matching = entries
    .filter((entry) => !query.fieldOfAction || entry.fieldsOfAction.includes(query.fieldOfAction))
    .filter(
      (entry) =>
        !needle ||
        [
          entry.name,
          ...entry.memberships.flatMap((m) => [m.workspaceName, m.organisation.name]),
        ].some((text) => folded(text).includes(needle)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    items: matching.slice(0, MAX_ENTRIES),
    councils: councilList,
    truncated: matching.length > MAX_ENTRIES,
  };
}
