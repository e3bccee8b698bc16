import { endpoints, type FieldOfAction, type SearchQuery } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Everything of the exchange lives under these keys, so one invalidation refreshes a part. */
export const exchangeKeys = {
  all: ['exchange'] as const,
  list: ['exchange', 'list'] as const,
  detail: (id: string) => ['exchange', 'detail', id] as const,
  posts: (id: string) => ['exchange', 'posts', id] as const,
  participants: (id: string) => ['exchange', 'participants', id] as const,
  meetings: (id: string) => ['exchange', 'meetings', id] as const,
  files: (id: string) => ['exchange', 'files', id] as const,
  meeting: (id: string) => ['meetings', id] as const,
  mentionable: (id: string) => ['meetings', id, 'mentionable'] as const,
  calendar: ['calendar', 'list'] as const,
  feed: ['calendar', 'feed'] as const,
  reports: (field: FieldOfAction | null) => ['reports', 'list', field] as const,
  bookmarks: ['reports', 'bookmarks'] as const,
  report: (id: string) => ['reports', 'detail', id] as const,
  questions: (id: string) => ['reports', 'questions', id] as const,
  publicReports: ['public-reports', 'list'] as const,
  publicReport: (id: string) => ['public-reports', id] as const,
  matching: (workspaceId: string, field: FieldOfAction | null) =>
    ['matching', workspaceId, field] as const,
  fields: ['matching', 'fields'] as const,
};

export const exchangesQuery = queryOptions({
  queryKey: exchangeKeys.list,
  queryFn: ({ signal }) => api(endpoints.exchange.list, { signal }),
});

export const exchangeQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.detail(id),
    queryFn: ({ signal }) => api(endpoints.exchange.get, { params: { id }, signal }),
  });

export const postsQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.posts(id),
    queryFn: ({ signal }) => api(endpoints.exchange.posts, { params: { id }, signal }),
  });

export const participantsQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.participants(id),
    queryFn: ({ signal }) => api(endpoints.exchange.participants, { params: { id }, signal }),
  });

export const exchangeMeetingsQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.meetings(id),
    queryFn: ({ signal }) => api(endpoints.meetings.exchangeMeetings, { params: { id }, signal }),
  });

export const filesQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.files(id),
    queryFn: ({ signal }) => api(endpoints.exchange.files, { params: { id }, signal }),
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.meeting(id),
    queryFn: ({ signal }) => api(endpoints.meetings.get, { params: { id }, signal }),
  });

/** The people who may read a meeting: offered when someone types @ in its outcome. */
export const mentionableQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.mentionable(id),
    queryFn: ({ signal }) => api(endpoints.meetings.mentionable, { params: { id }, signal }),
  });

export const calendarQuery = queryOptions({
  queryKey: exchangeKeys.calendar,
  queryFn: ({ signal }) => api(endpoints.meetings.calendar, { query: {}, signal }),
});

export const feedQuery = queryOptions({
  queryKey: exchangeKeys.feed,
  queryFn: ({ signal }) => api(endpoints.meetings.feed, { signal }),
});

export const reportsQuery = (field: FieldOfAction | null) =>
  queryOptions({
    queryKey: exchangeKeys.reports(field),
    queryFn: ({ signal }) => api(endpoints.reports.list, { query: field ? { field } : {}, signal }),
  });

export const bookmarksQuery = queryOptions({
  queryKey: exchangeKeys.bookmarks,
  queryFn: ({ signal }) => api(endpoints.reports.bookmarks, { signal }),
});

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.report(id),
    queryFn: ({ signal }) => api(endpoints.reports.get, { params: { id }, signal }),
  });

export const questionsQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.questions(id),
    queryFn: ({ signal }) => api(endpoints.reports.questions, { params: { id }, signal }),
  });

export const publicReportsQuery = queryOptions({
  queryKey: exchangeKeys.publicReports,
  queryFn: ({ signal }) => api(endpoints.reports.publicList, { query: {}, signal }),
});

export const publicReportQuery = (id: string) =>
  queryOptions({
    queryKey: exchangeKeys.publicReport(id),
    queryFn: ({ signal }) => api(endpoints.reports.publicGet, { params: { id }, signal }),
  });

export const matchingQuery = (workspaceId: string, field: FieldOfAction | null) =>
  queryOptions({
    queryKey: exchangeKeys.matching(workspaceId, field),
    queryFn: ({ signal }) =>
      api(endpoints.matching.council, {
        params: { workspaceId },
        query: field ? { field } : {},
        signal,
      }),
  });

export const fieldOverviewQuery = queryOptions({
  queryKey: exchangeKeys.fields,
  queryFn: ({ signal }) => api(endpoints.matching.fields, { signal }),
});

export const searchQuery = (query: SearchQuery) =>
  queryOptions({
    queryKey: ['search', query] as const,
    queryFn: ({ signal }) => api(endpoints.search.search, { query, signal }),
    staleTime: 30_000,
  });
