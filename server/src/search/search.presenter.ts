import type { SearchResult } from '@pnetz/shared';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { QueryTerm } from './normalize';
import type { RankedEntry } from './search.service';
import { highlightAll, snippet } from './snippet';

/** Results with highlighted titles and snippets, and the councils they belong to. */
export async function presentResults(
  ranked: RankedEntry[],
  terms: readonly QueryTerm[],
): Promise<SearchResult[]> {
  const workspaceIds = [
    ...new Set(
      ranked.flatMap(({ entry }) => (entry.workspaceId ? [entry.workspaceId.toHexString()] : [])),
    ),
  ];
  const workspaces = workspaceIds.length
    ? await WorkspaceModel.find({ _id: { $in: workspaceIds } }, { name: 1, municipality: 1 }).lean()
    : [];
  const councils = new Map(
    workspaces.map((w) => [
      w._id.toHexString(),
      { id: w._id.toHexString(), name: w.name, municipality: w.municipality },
    ]),
  );
  return ranked.map(({ entry, score }) => ({
    type: entry.type,
    id: entry.itemId,
    parentId: entry.parentId?.toHexString() ?? null,
    title: highlightAll(entry.title, terms),
    snippet: snippet(entry.text, terms),
    council: entry.workspaceId ? (councils.get(entry.workspaceId.toHexString()) ?? null) : null,
    fieldsOfAction: entry.fieldsOfAction,
    updatedAt: entry.updatedAt.toISOString(),
    score: Math.round(score * 100) / 100,
  }));
}
