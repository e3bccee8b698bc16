import { useQuery } from '@tanstack/react-query';
import { councilsQuery } from '../councils/queries';

/**
 * The council a plan page belongs to (name, the user's role), from the council list the start
 * page already loads. `council` is null once loaded when there is no such council.
 */
export function useCouncil(workspaceId: string) {
  const query = useQuery(councilsQuery);
  const council = query.data?.items.find((item) => item.id === workspaceId) ?? null;
  return { council, isPending: query.isPending, error: query.error, refetch: query.refetch };
}
