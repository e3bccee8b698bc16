import type { SearchResult } from '@pnetz/shared';
import { UserModel } from '../auth/user.model';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { createEngine, type EngineResult, type ParsedQuery } from './engine';
import { foldGerman } from './normalize';
import type { SearchScope } from './search.policy';

/**
 * People and councils in search. They are not search entries: who may find a person changes
 * with every membership, and there are few of them, so they are read fresh and indexed per
 * query. Every signed-in user sees every council's profile; a person is found only by those who
 * share a council with them (the rule of the council's member list, `members.read`).
 */

interface DirectoryItem {
  type: 'person' | 'council';
  id: string;
  title: string;
  text: string;
  council: SearchResult['council'];
  municipality: string;
  updatedAt: Date;
}

export interface DirectoryFilter {
  types?: readonly string[] | undefined;
  field?: string | undefined;
  municipality?: string | undefined;
}

async function directoryItems(scope: SearchScope): Promise<DirectoryItem[]> {
  const workspaces = await WorkspaceModel.find(
    {},
    { name: 1, municipality: 1, district: 1, updatedAt: 1 },
  ).lean();
  const councils = new Map(
    workspaces.map((w) => [
      w._id.toHexString(),
      { id: w._id.toHexString(), name: w.name, municipality: w.municipality },
    ]),
  );
  const items: DirectoryItem[] = workspaces.map((w) => ({
    type: 'council',
    id: w._id.toHexString(),
    title: w.name,
    text: `${w.municipality} · ${w.district}`,
    council: councils.get(w._id.toHexString()) ?? null,
    municipality: w.municipality,
    updatedAt: w.updatedAt,
  }));
  const shared = [...scope.roles.keys()];
  if (shared.length === 0) return items;
  const memberships = await MembershipModel.find(
    { workspaceId: { $in: shared } },
    { userId: 1, workspaceId: 1, organisation: 1 },
  ).lean();
  const users = await UserModel.find(
    {
      _id: { $in: [...new Set(memberships.map((m) => m.userId.toHexString()))] },
      deactivatedAt: null,
    },
    { name: 1, updatedAt: 1 },
  ).lean();
  for (const user of users) {
    const own = memberships.filter((m) => m.userId.equals(user._id));
    const first = own[0] ? councils.get(own[0].workspaceId.toHexString()) : undefined;
    if (!first) continue;
    const organisations = [...new Set(own.map((m) => m.organisation.name))];
    const councilNames = own.flatMap((m) => councils.get(m.workspaceId.toHexString())?.name ?? []);
    items.push({
      type: 'person',
      id: user._id.toHexString(),
      title: user.name,
      text: [...organisations, ...councilNames].join(' · '),
      council: first,
      municipality: own
        .map((m) => councils.get(m.workspaceId.toHexString())?.municipality ?? '')
        .join('\n'),
      updatedAt: user.updatedAt,
    });
  }
  return items;
}

const wanted = (item: DirectoryItem, filter: DirectoryFilter) => {
  if (filter.types?.length && !filter.types.includes(item.type)) return false;
  if (filter.municipality) {
    const place = foldGerman(filter.municipality.trim());
    if (!item.municipality.split('\n').some((m) => foldGerman(m) === place)) return false;
  }
  return true;
};

/** People and councils matching the query that the caller may find. */
export async function searchDirectory(
  scope: SearchScope,
  query: ParsedQuery,
  filter: DirectoryFilter,
): Promise<Array<{ item: DirectoryItem; result: EngineResult }>> {
  // People and councils have no Handlungsfeld.
  if (filter.field) return [];
  if (filter.types?.length && !filter.types.some((t) => t === 'person' || t === 'council'))
    return [];
  const items = (await directoryItems(scope)).filter((item) => wanted(item, filter));
  const engine = createEngine();
  engine.addAll(
    items.map((item) => ({ id: `${item.type}:${item.id}`, title: item.title, text: item.text })),
  );
  const byId = new Map(items.map((item) => [`${item.type}:${item.id}`, item]));
  return engine.search(query.tree).flatMap((result) => {
    const item = byId.get(String(result.id));
    return item ? [{ item, result }] : [];
  });
}

export type { DirectoryItem };
