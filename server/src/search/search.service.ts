import type { FieldOfAction, SearchType } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { PlanModel } from '../plans/plan.model';
import { searchDirectory, type DirectoryItem } from './directory';
import { parseQuery, type EngineResult } from './engine';
import { EntryIndex, type IndexedTexts } from './entry-index';
import { foldGerman } from './normalize';
import { SearchEntryModel, type SearchEntryRecord } from './search-entry.model';
import { mayReadCouncilItem, searchScope, type SearchScope } from './search.policy';

export interface SearchInput {
  q: string;
  types?: SearchType[] | undefined;
  field?: FieldOfAction | undefined;
  municipality?: string | undefined;
  limit: number;
}

/** The fields of an entry read fresh with every query (they change without a new revision). */
type EntryMeta = Pick<
  SearchEntryRecord,
  | '_id'
  | 'type'
  | 'itemId'
  | 'parentId'
  | 'workspaceId'
  | 'fieldsOfAction'
  | 'updatedAt'
  | 'revision'
>;

/** One ranked hit: a search entry or a person or council, with the index terms it matched. */
export type RankedHit =
  | { kind: 'entry'; meta: EntryMeta; texts: IndexedTexts; matched: Set<string>; score: number }
  | { kind: 'directory'; item: DirectoryItem; matched: Set<string>; score: number };

/** This instance's engine over the search entries (see entry-index.ts for why per instance). */
const entryIndex = new EntryIndex();

const RECENCY_DAYS = 180;

/** A small lift for recent items, so equally good matches list the newest first. */
const recency = (updatedAt: Date, now: number) =>
  1 + 0.1 * Math.exp(-Math.max(0, now - updatedAt.getTime()) / 86_400_000 / RECENCY_DAYS);

const matchedTerms = (result: EngineResult) => new Set(result.terms);

/**
 * Plans can become internal again without their text changing; their entries are checked
 * against the plan's current visibility before they are shown.
 */
async function dropHiddenPlans<T extends { meta: EntryMeta }>(
  actor: Actor,
  scope: SearchScope,
  hits: T[],
): Promise<T[]> {
  const planIdOf = ({ meta }: T) =>
    meta.type === 'plan'
      ? meta.itemId
      : meta.type === 'measure'
        ? meta.parentId?.toHexString()
        : undefined;
  const planIds = [...new Set(hits.map(planIdOf).filter((id): id is string => id !== undefined))];
  if (planIds.length === 0) return hits;
  const plans = await PlanModel.find(
    { _id: { $in: planIds } },
    { workspaceId: 1, visibility: 1 },
  ).lean();
  const readable = new Set(
    plans
      .filter((plan) =>
        mayReadCouncilItem(actor, scope, plan.workspaceId.toHexString(), plan.visibility),
      )
      .map((plan) => plan._id.toHexString()),
  );
  return hits.filter((hit) => {
    const planId = planIdOf(hit);
    return planId === undefined || readable.has(planId);
  });
}

/** The entries the caller may find with the chosen filters, decided by the database. */
async function permittedEntries(
  scope: SearchScope,
  input: SearchInput,
): Promise<Map<string, EntryMeta & { _id: Types.ObjectId }>> {
  const filter: Record<string, unknown> = { audience: { $in: scope.keys } };
  if (input.types?.length) filter.type = { $in: input.types };
  if (input.field) filter.fieldsOfAction = input.field;
  if (input.municipality) filter.municipality = foldGerman(input.municipality.trim());
  const rows = await SearchEntryModel.find(filter, {
    type: 1,
    itemId: 1,
    parentId: 1,
    workspaceId: 1,
    fieldsOfAction: 1,
    updatedAt: 1,
    revision: 1,
  }).lean();
  return new Map(rows.map((row) => [row._id.toHexString(), row]));
}

/**
 * One search over everything the caller may see, ranked by the engine (BM25 with title boost,
 * typo-tolerant and prefix matches weighing less) and a small recency lift; returns the best
 * `limit` and the total.
 */
export async function search(
  actor: Actor,
  input: SearchInput,
): Promise<{ ranked: RankedHit[]; total: number }> {
  const query = parseQuery(input.q);
  if (!query) return { ranked: [], total: 0 };
  const scope = await searchScope(actor);
  const [permitted, directory] = await Promise.all([
    permittedEntries(scope, input),
    searchDirectory(scope, query, input),
  ]);
  await entryIndex.sync([...permitted.values()]);
  const now = Date.now();
  const entries = entryIndex
    .search(query, new Set(permitted.keys()))
    .flatMap(({ id, texts, result }) => {
      const meta = permitted.get(id);
      return meta
        ? [
            {
              kind: 'entry' as const,
              meta,
              texts,
              matched: matchedTerms(result),
              score: result.score * recency(meta.updatedAt, now),
            },
          ]
        : [];
    });
  const visible = await dropHiddenPlans(actor, scope, entries);
  const ranked: RankedHit[] = [
    ...visible,
    ...directory.map(({ item, result }) => ({
      kind: 'directory' as const,
      item,
      matched: matchedTerms(result),
      score: result.score,
    })),
  ];
  const dateOf = (hit: RankedHit) =>
    (hit.kind === 'entry' ? hit.meta.updatedAt : hit.item.updatedAt).getTime();
  ranked.sort((a, b) => b.score - a.score || dateOf(b) - dateOf(a));
  return { ranked: ranked.slice(0, input.limit), total: ranked.length };
}
