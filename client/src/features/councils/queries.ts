import { endpoints, type AuditQuery } from '@pnetz/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const councilsQuery = queryOptions({
  queryKey: ['workspaces', 'list'],
  queryFn: ({ signal }) => api(endpoints.workspaces.list, { signal }),
});

/**
 * Members, invitations and the log change through other people (an invitee accepts, another admin
 * acts), so these lists are fetched again whenever a page shows them.
 */
const LIVE = 0;

/** Everything about one council lives under this key, so one invalidation refreshes it all. */
export const councilKey = (workspaceId: string) => ['workspaces', workspaceId] as const;

export const councilQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...councilKey(workspaceId), 'profile'],
    queryFn: ({ signal }) => api(endpoints.workspaces.profile, { params: { workspaceId }, signal }),
  });

export const membersQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...councilKey(workspaceId), 'members'],
    staleTime: LIVE,
    queryFn: ({ signal }) => api(endpoints.members.list, { params: { workspaceId }, signal }),
  });

export const activityQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...councilKey(workspaceId), 'activity'],
    staleTime: LIVE,
    queryFn: ({ signal }) => api(endpoints.audit.activity, { params: { workspaceId }, signal }),
  });

export const invitationsQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...councilKey(workspaceId), 'invitations'],
    staleTime: LIVE,
    queryFn: ({ signal }) => api(endpoints.invitations.list, { params: { workspaceId }, signal }),
  });

export const outboxQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...councilKey(workspaceId), 'outbox'],
    staleTime: LIVE,
    queryFn: ({ signal }) =>
      api(endpoints.mail.workspaceOutbox, { params: { workspaceId }, signal }),
  });

export type AuditFilters = Pick<AuditQuery, 'action' | 'actorId' | 'from' | 'to'>;

/** The audit log page by page (newest first), following the server's cursor. */
export const auditQuery = (workspaceId: string, filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: [...councilKey(workspaceId), 'audit', filters],
    staleTime: LIVE,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api(endpoints.audit.list, {
        params: { workspaceId },
        query: { ...filters, ...(pageParam ? { before: pageParam } : {}) },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
