import { endpoints, type Day } from '@pnetz/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Every programme query lives under this key, so one invalidation refreshes the whole dashboard. */
export const PROGRAMME_KEY = 'programme';

export const figuresQuery = (asOf: Day) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'figures', asOf],
    queryFn: ({ signal }) => api(endpoints.programme.figures, { query: { asOf }, signal }),
    // While another day loads, the previous figures stay (each card names its day).
    placeholderData: keepPreviousData,
  });

export const trendQuery = (to: Day) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'trend', to],
    queryFn: ({ signal }) => api(endpoints.programme.trend, { query: { to }, signal }),
    placeholderData: keepPreviousData,
  });

export const municipalitiesQuery = (asOf: Day) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'municipalities', asOf],
    queryFn: ({ signal }) => api(endpoints.programme.municipalities, { query: { asOf }, signal }),
    placeholderData: keepPreviousData,
  });

export const municipalityQuery = (id: string) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'municipality', id],
    queryFn: ({ signal }) => api(endpoints.programme.getMunicipality, { params: { id }, signal }),
  });

export const mineQuery = queryOptions({
  queryKey: [PROGRAMME_KEY, 'mine'],
  queryFn: ({ signal }) => api(endpoints.programme.mine, { signal }),
});

export const fundingQuery = (year: number | undefined) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'funding', year ?? 'all'],
    queryFn: ({ signal }) =>
      api(endpoints.programme.fundingList, { query: year ? { year } : {}, signal }),
  });

export const mapConfigQuery = queryOptions({
  queryKey: [PROGRAMME_KEY, 'map-config'],
  queryFn: ({ signal }) => api(endpoints.programme.mapConfig, { signal }),
  staleTime: Infinity,
});

export const linkableMeasuresQuery = (id: string) =>
  queryOptions({
    queryKey: [PROGRAMME_KEY, 'measures', id],
    queryFn: ({ signal }) => api(endpoints.programme.linkableMeasures, { params: { id }, signal }),
  });
