import type { FieldOfAction, SearchType } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { PlanModel } from '../plans/plan.model';
import { foldGerman, matchTerm, parseQuery, type QueryTerm, type TermMatch } from './normalize';
import { SearchEntryModel, type SearchEntryRecord } from './search-entry.model';
import { mayReadCouncilItem, searchScope, type SearchScope } from './search.policy';

/** Candidates read from the database before ranking; the newest first when there are more. */
const CANDIDATES = 400;

export interface SearchInput {
  q: string;
  types?: SearchType[] | undefined;
  field?: FieldOfAction | undefined;
  municipality?: string | undefined;
  limit: number;
}

export interface RankedEntry {
  entry: SearchEntryRecord;
  score: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The database filter of one query term: any of its tokens, all of its parts, or its prefix. */
function termFilter(term: QueryTerm): Record<string, unknown> {
  const options: Array<Record<string, unknown>> = [{ tokens: { $in: term.any } }];
  if (term.parts.length > 0)
    options.push({ $and: term.parts.map((part) => ({ tokens: { $in: part } })) });
  // An anchored regular expression: MongoDB answers it from the index like a range, and unlike
  // a range (or $elemMatch with one) on an array it also matches correctly on FerretDB 1.24.
  if (term.prefix) options.push({ tokens: { $regex: `^${escapeRegExp(term.prefix)}` } });
  return options.length === 1 ? options[0]! : { $or: options };
}

const MATCH_WEIGHT: Record<Exclude<TermMatch, null>, number> = { exact: 1, prefix: 0.5 };
const TITLE_FACTOR = 3;
const RECENCY_DAYS = 180;

/**
 * Ranks an entry: every query term adds its weight, three times as much when it is in the
 * title, half as much when it matched only as a prefix; recent items get a small lift.
 */
export function scoreEntry(
  entry: Pick<SearchEntryRecord, 'tokens' | 'titleTokens' | 'updatedAt'>,
  terms: readonly QueryTerm[],
  now = Date.now(),
): number {
  const tokens = new Set(entry.tokens);
  const title = new Set(entry.titleTokens);
  let score = 0;
  for (const term of terms) {
    const inTitle = matchTerm(title, term);
    const inText = matchTerm(tokens, term);
    if (inTitle) score += MATCH_WEIGHT[inTitle] * TITLE_FACTOR;
    else if (inText) score += MATCH_WEIGHT[inText];
  }
  const ageDays = Math.max(0, (now - entry.updatedAt.getTime()) / 86_400_000);
  return score + 0.5 * Math.exp(-ageDays / RECENCY_DAYS);
}

/**
 * Plans can become internal again without their text changing; their entries are checked
 * against the plan's current visibility before they are shown.
 */
async function dropHiddenPlans(
  actor: Actor,
  scope: SearchScope,
  entries: SearchEntryRecord[],
): Promise<SearchEntryRecord[]> {
  const planIdOf = (entry: SearchEntryRecord) =>
    entry.type === 'plan'
      ? entry.itemId
      : entry.type === 'measure'
        ? entry.parentId?.toHexString()
        : undefined;
  const planIds = [
    ...new Set(entries.map(planIdOf).filter((id): id is string => id !== undefined)),
  ];
  if (planIds.length === 0) return entries;
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
  return entries.filter((entry) => {
    const planId = planIdOf(entry);
    return planId === undefined || readable.has(planId);
  });
}

/** One search over everything the caller may see, ranked; returns the best `limit` and the total. */
export async function search(
  actor: Actor,
  input: SearchInput,
): Promise<{ terms: QueryTerm[]; ranked: RankedEntry[]; total: number }> {
  const terms = parseQuery(input.q);
  if (terms.length === 0) return { terms, ranked: [], total: 0 };
  const scope = await searchScope(actor);
  const filter: Record<string, unknown> = {
    $and: [{ audience: { $in: scope.keys } }, ...terms.map(termFilter)],
  };
  if (input.types?.length) filter.type = { $in: input.types };
  if (input.field) filter.fieldsOfAction = input.field;
  if (input.municipality) filter.municipality = foldGerman(input.municipality.trim());
  const candidates = await SearchEntryModel.find(filter)
    .sort({ updatedAt: -1 })
    .limit(CANDIDATES)
    .lean();
  const visible = await dropHiddenPlans(actor, scope, candidates);
  const now = Date.now();
  const ranked = visible
    .map((entry) => ({ entry, score: scoreEntry(entry, terms, now) }))
    .sort((a, b) => b.score - a.score || b.entry.updatedAt.getTime() - a.entry.updatedAt.getTime());
  return { terms, ranked: ranked.slice(0, input.limit), total: ranked.length };
}
