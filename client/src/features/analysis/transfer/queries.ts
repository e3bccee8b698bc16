import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';

export const wavesQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id, 'wave-comparison'],
    queryFn: ({ signal }) => api(endpoints.analysisTransfer.waves, { params: { id }, signal }),
  });

export const councilsKey = (id: string) => [ANALYSIS_KEY, id, 'council-comparison'] as const;

export const councilsQuery = (id: string) =>
  queryOptions({
    queryKey: councilsKey(id),
    queryFn: ({ signal }) => api(endpoints.analysisTransfer.councils, { params: { id }, signal }),
  });

export const transferKey = (id: string) => [ANALYSIS_KEY, id, 'transfer'] as const;

export const transferQuery = (id: string) =>
  queryOptions({
    queryKey: transferKey(id),
    queryFn: ({ signal }) => api(endpoints.analysisTransfer.get, { params: { id }, signal }),
  });
