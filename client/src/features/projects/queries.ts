import { endpoints, type ProjectListQuery } from '@pnetz/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Everything about projects lives under these keys, so one invalidation refreshes what changed. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ProjectListQuery) => ['projects', 'list', query] as const,
  one: (projectId: string) => ['projects', projectId] as const,
  feed: (workspaceId: string) => ['feed', workspaceId] as const,
};

export const projectListQuery = (query: ProjectListQuery) =>
  queryOptions({
    queryKey: projectKeys.list(query),
    queryFn: ({ signal }) => api(endpoints.projects.list, { query, signal }),
  });

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...projectKeys.one(projectId), 'record'],
    queryFn: ({ signal }) => api(endpoints.projects.get, { params: { id: projectId }, signal }),
  });

export const updatesQuery = (projectId: string) =>
  infiniteQueryOptions({
    queryKey: [...projectKeys.one(projectId), 'updates'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api(endpoints.projects.updates, {
        params: { id: projectId },
        query: pageParam ? { before: pageParam } : {},
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const projectCommentsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...projectKeys.one(projectId), 'comments'],
    queryFn: ({ signal }) =>
      api(endpoints.projects.comments, { params: { id: projectId }, signal }),
  });

export const attachmentsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...projectKeys.one(projectId), 'attachments'],
    queryFn: ({ signal }) =>
      api(endpoints.projects.attachments, { params: { id: projectId }, signal }),
  });

export const measuresQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...projectKeys.one(projectId), 'measures'],
    queryFn: ({ signal }) =>
      api(endpoints.projects.measures, { params: { id: projectId }, signal }),
  });

/** Where the browser downloads the CSV export (a plain link; the session cookie goes along). */
export function exportUrl(query: ProjectListQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && key !== 'limit' && key !== 'offset') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${endpoints.projects.export.path}?${text}` : endpoints.projects.export.path;
}
