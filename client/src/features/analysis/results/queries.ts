import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';

export const resultsQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id, 'results'],
    queryFn: ({ signal }) => api(endpoints.results.get, { params: { id }, signal }),
  });

export const resultsPath = (workspaceId: string, id: string) =>
  `/raete/${encodeURIComponent(workspaceId)}/sicherheitsanalyse/${encodeURIComponent(id)}/ergebnisse`;
