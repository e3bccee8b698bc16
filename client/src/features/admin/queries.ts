import { endpoints } from '@pnetz/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Every account list (any search, any page) lives under this key. */
export const accountsKey = ['admin', 'users'] as const;

export const accountsQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: [...accountsKey, { q, page }],
    queryFn: ({ signal }) =>
      api(endpoints.admin.listUsers, { query: { ...(q ? { q } : {}), page }, signal }),
    // Keeps the table in place while the next search or page loads, instead of a spinner.
    placeholderData: keepPreviousData,
  });

/** The whole outbox, as far as the person may read it (see mail.policy.ts). */
export const platformOutboxQuery = queryOptions({
  queryKey: ['admin', 'outbox'],
  queryFn: ({ signal }) => api(endpoints.mail.outbox, { signal }),
});
