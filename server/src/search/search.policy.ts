import type { WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { memberExchangeIds } from '../exchange/exchange.policy';
import { contentAccess, rolesOf } from '../workspaces/access';
import type { Visibility } from '@pnetz/shared';

/**
 * What a caller may find: the audiences of search entries they belong to (see
 * search-entry.model.ts). Computed once per query from their memberships and exchanges; the
 * database query with it yields the entries the engine may return, so nothing invisible is ever
 * shown. `roles` also decides which people the caller finds (directory.ts).
 */
export interface SearchScope {
  keys: string[];
  roles: ReadonlyMap<string, WorkspaceRole>;
}

export async function searchScope(actor: Actor): Promise<SearchScope> {
  const roles = await rolesOf(actor);
  const exchanges = await memberExchangeIds(actor, roles);
  return {
    roles,
    keys: [
      'public',
      'network',
      ...[...roles.keys()].map((id) => `workspace:${id}`),
      ...exchanges.map((id) => `exchange:${id}`),
    ],
  };
}

/**
 * Re-checks a council item at read time with the shared visibility rules, for items whose
 * visibility can change without their content changing (a plan made internal again).
 */
export function mayReadCouncilItem(
  actor: Actor,
  scope: SearchScope,
  workspaceId: string,
  visibility: Visibility,
): boolean {
  return contentAccess(actor, scope.roles.get(workspaceId) ?? null, visibility) !== 'none';
}
