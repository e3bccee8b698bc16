import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';

export const pksQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id, 'pks'],
    queryFn: ({ signal }) => api(endpoints.pks.get, { params: { id }, signal }),
  });

export const saxonyPksQuery = queryOptions({
  queryKey: [ANALYSIS_KEY, 'pks', 'saxony'],
  queryFn: ({ signal }) => api(endpoints.pks.saxony, { signal }),
});
