import type { SearchResult } from '@pnetz/shared';
import { UserModel } from '../auth/user.model';
import { ExchangeModel } from '../exchange/exchange.model';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { createEngine, type EngineResult, type ParsedQuery } from './engine';
import { foldGerman } from './normalize';
import type { SearchScope } from './search.policy';

/**
 * People and councils in search. They are not search entries: who may find a person changes
 * with every membership, and there are few of them, so they are read fresh and indexed per
 * query. Every signed-in user sees every council's profile; a person is found only by those who
 * share a council with them (the rule of the council's member list, `members.read`) or take part
 * in the same exchange (whose participant list they see).
 */

interface DirectoryItem {
  type: 'person' | 'council';
  id: string;
  title: string;
  text: string;
  council: SearchResult['council'];
  /** For a person known only from a shared exchange: that exchange (for the link). */
  parentId: string | null;
  municipality: string;
  updatedAt: Date;
}

interface DirectoryFilter {
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
    parentId: null,
    municipality: w.municipality,
    updatedAt: w.updatedAt,
  }));
  // People: the members of the caller's councils (the member list's rule), and everyone who
  // takes part in an exchange the caller takes part in (the exchange's participant list).
  const shared = new Set(scope.roles.keys());
  const exchangeIds = scope.keys.flatMap((key) =>
    key.startsWith('exchange:') ? [key.slice('exchange:'.length)] : [],
  );
  const exchanges = exchangeIds.length
    ? await ExchangeModel.find(
        { _id: { $in: exchangeIds } },
        { title: 1, managerIds: 1, userIds: 1, workspaceIds: 1 },
      ).lean()
    : [];
  const invited = [...new Set(exchanges.flatMap((e) => e.workspaceIds.map(String)))];
  const memberships = await MembershipModel.find(
    {
      $or: [
        { workspaceId: { $in: [...shared] } },
        { workspaceId: { $in: invited }, role: { $in: ['admin', 'member'] } },
      ],
    },
    { userId: 1, workspaceId: 1, role: 1, organisation: 1 },
  ).lean();
  const exchangesOf = (userId: string) =>
    exchanges.filter(
      (e) =>
        [...e.managerIds, ...e.userIds].some((id) => id.toHexString() === userId) ||
        memberships.some(
          (m) =>
            m.userId.toHexString() === userId &&
            m.role !== 'guest' &&
            e.workspaceIds.some((w) => w.equals(m.workspaceId)),
        ),
    );
  const userIds = new Set([
    ...memberships.map((m) => m.userId.toHexString()),
    ...exchanges.flatMap((e) => [...e.managerIds, ...e.userIds].map((id) => id.toHexString())),
  ]);
  if (userIds.size === 0) return items;
  const users = await UserModel.find(
    { _id: { $in: [...userIds] }, deactivatedAt: null },
    { name: 1, updatedAt: 1 },
  ).lean();
  for (const user of users) {
    const id = user._id.toHexString();
    const own = memberships.filter((m) => m.userId.equals(user._id));
    const inShared = own.filter((m) => shared.has(m.workspaceId.toHexString()));
    const viaExchanges = inShared.length > 0 ? [] : exchangesOf(id);
    if (inShared.length === 0 && viaExchanges.length === 0) continue;
    const organisations = [...new Set(own.map((m) => m.organisation.name))];
    const places = inShared.length > 0 ? inShared : own;
    const councilNames = places.flatMap(
      (m) => councils.get(m.workspaceId.toHexString())?.name ?? [],
    );
    items.push({
      type: 'person',
      id,
      title: user.name,
      text: [...organisations, ...councilNames, ...viaExchanges.map((e) => e.title)].join(' · '),
      // Linked to a council's member list only where the caller may read it; else to the
      // exchange they share.
      council: inShared[0] ? (councils.get(inShared[0].workspaceId.toHexString()) ?? null) : null,
      parentId: viaExchanges[0]?._id.toHexString() ?? null,
      municipality: places
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
