import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const councilsQuery = queryOptions({
  queryKey: ['workspaces', 'list'],
  queryFn: ({ signal }) => api(endpoints.workspaces.list, { signal }),
});
