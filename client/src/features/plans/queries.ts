import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const planKeys = {
  all: ['plans'] as const,
  list: (workspaceId: string, archived: boolean) =>
    ['plans', 'list', workspaceId, archived] as const,
  lists: (workspaceId: string) => ['plans', 'list', workspaceId] as const,
  detail: (planId: string) => ['plans', 'detail', planId] as const,
  versions: (planId: string) => ['plans', 'versions', planId] as const,
  version: (planId: string, versionId: string) => ['plans', 'version', planId, versionId] as const,
  deadlines: (workspaceId: string, days: number) =>
    ['plans', 'deadlines', workspaceId, days] as const,
};

export const planListQuery = (workspaceId: string, archived: boolean) =>
  queryOptions({
    queryKey: planKeys.list(workspaceId, archived),
    queryFn: ({ signal }) =>
      api(endpoints.plans.list, {
        params: { workspaceId },
        query: { archived: archived ? 'true' : 'false' },
        signal,
      }),
  });

export const planQuery = (planId: string) =>
  queryOptions({
    queryKey: planKeys.detail(planId),
    queryFn: ({ signal }) => api(endpoints.plans.get, { params: { id: planId }, signal }),
  });

/** Automatic versions appear after a burst of editing, so the list is refreshed now and then. */
export const versionsQuery = (planId: string) =>
  queryOptions({
    queryKey: planKeys.versions(planId),
    queryFn: ({ signal }) => api(endpoints.plans.versions, { params: { id: planId }, signal }),
    refetchInterval: 60_000,
  });

/** A version never changes once saved. */
export const versionStateQuery = (planId: string, versionId: string) =>
  queryOptions({
    queryKey: planKeys.version(planId, versionId),
    queryFn: ({ signal }) =>
      api(endpoints.plans.version, { params: { id: planId, versionId }, signal }),
    staleTime: Infinity,
  });

export const deadlinesQuery = (workspaceId: string, days: number) =>
  queryOptions({
    queryKey: planKeys.deadlines(workspaceId, days),
    queryFn: ({ signal }) =>
      api(endpoints.plans.deadlines, { params: { workspaceId }, query: { days }, signal }),
  });
