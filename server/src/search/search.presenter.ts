import type { SearchResult } from '@pnetz/shared';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { RankedHit } from './search.service';
import { highlightAll, snippet } from './snippet';

/** Results with highlighted titles and snippets, and the councils they belong to. */
export async function presentResults(ranked: RankedHit[]): Promise<SearchResult[]> {
  const workspaceIds = [
    ...new Set(
      ranked.flatMap((hit) =>
        hit.kind === 'entry' && hit.meta.workspaceId ? [hit.meta.workspaceId.toHexString()] : [],
      ),
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
  const score = (value: number) => Math.round(value * 100) / 100;
  return ranked.map((hit): SearchResult => {
    if (hit.kind === 'directory')
      return {
        type: hit.item.type,
        id: hit.item.id,
        parentId: hit.item.parentId,
        title: highlightAll(hit.item.title, hit.matched),
        snippet: snippet(hit.item.text, hit.matched),
        council: hit.item.council,
        fieldsOfAction: [],
        updatedAt: hit.item.updatedAt.toISOString(),
        score: score(hit.score),
      };
    const { meta, texts } = hit;
    return {
      type: meta.type,
      id: meta.itemId,
      parentId: meta.parentId?.toHexString() ?? null,
      title: highlightAll(texts.title, hit.matched),
      snippet: snippet(texts.text, hit.matched),
      council: meta.workspaceId ? (councils.get(meta.workspaceId.toHexString()) ?? null) : null,
      fieldsOfAction: meta.fieldsOfAction,
      updatedAt: meta.updatedAt.toISOString(),
      score: score(hit.score),
    };
  });
}
