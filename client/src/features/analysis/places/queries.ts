import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';

export const placesQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id, 'places'],
    queryFn: ({ signal }) => api(endpoints.places.list, { params: { id }, signal }),
  });
