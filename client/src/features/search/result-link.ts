import type { SearchResult } from '@pnetz/shared';
import { exchangePaths } from '../exchange/paths';

const council = (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}`;

/** Where a search result opens. */
export function resultLink(result: SearchResult): string {
  switch (result.type) {
    case 'project':
      return result.council
        ? `${council(result.council.id)}/projekte/${encodeURIComponent(result.id)}`
        : '/projekte';
    case 'project_update':
      return result.council && result.parentId
        ? `${council(result.council.id)}/projekte/${encodeURIComponent(result.parentId)}`
        : '/projekte';
    case 'report':
      return exchangePaths.report(result.id);
    case 'plan':
      return exchangePaths.plan(result.id);
    case 'measure':
      return result.parentId ? exchangePaths.plan(result.parentId) : exchangePaths.list;
    case 'exchange':
      return exchangePaths.exchange(result.id);
    case 'post':
      return result.parentId
        ? `${exchangePaths.exchange(result.parentId)}#discussion-heading`
        : exchangePaths.list;
    case 'meeting':
      return exchangePaths.meeting(result.id);
    case 'training':
      return `/fortbildung/${encodeURIComponent(result.id)}`;
    case 'person':
      // Found by those who share a council (its member list shows them) or an exchange.
      if (result.council) return `${council(result.council.id)}/mitglieder`;
      return result.parentId ? exchangePaths.exchange(result.parentId) : '/suche';
    case 'council':
      return council(result.id);
  }
}
