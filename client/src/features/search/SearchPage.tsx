import {
  FIELDS_OF_ACTION,
  FieldOfActionSchema,
  SEARCH_TYPES,
  SearchTypeSchema,
  type SearchQuery,
  type SearchType,
} from '@pnetz/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { Page } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { useSearchText, withParam } from '../../lib/url-search';
import { Select, TextField } from '../../ui/form/Field';
import { searchQuery } from '../exchange/queries';
import { Highlighted } from './Highlighted';
import { resultLink } from './result-link';
import '../exchange/exchange.css';

/** People and councils are not dated: their last change says nothing to the searcher. */
const isDated = (type: SearchType) => type !== 'person' && type !== 'council';

/** `/suche`: one search over everything the user may see, with filters; results as they type. */
export function SearchPage() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const type = SearchTypeSchema.safeParse(params.get('typ')).data ?? null;
  const field = FieldOfActionSchema.safeParse(params.get('feld')).data ?? null;
  const municipality = params.get('ort') ?? '';
  const { text, setText, q } = useSearchText();

  const setFilter = (name: string, value: string) =>
    setParams((current) => withParam(current, name, value));

  const request: SearchQuery = {
    q,
    ...(type ? { types: type } : {}),
    ...(field ? { field } : {}),
    ...(municipality ? { municipality } : {}),
  };
  const results = useQuery({
    ...searchQuery(request),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const items = q ? (results.data?.items ?? []) : [];

  return (
    <Page title={t('search.title')} intro={t('search.intro')}>
      <form role="search" className="x-search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          id={`${id}-q`}
          label={t('search.label')}
          hint={t('search.hint')}
          type="search"
          value={text}
          autoComplete="off"
          onValueChange={setText}
        />
        <div className="x-row x-filters">
          <Select
            id={`${id}-type`}
            label={t('search.type.label')}
            empty={t('search.type.all')}
            options={SEARCH_TYPES.map((option) => ({
              value: option,
              label: t(`search.type.${option}`),
            }))}
            value={type ?? ''}
            onValueChange={(value) => setFilter('typ', value)}
          />
          <Select
            id={`${id}-field`}
            label={t('search.field')}
            empty={t('search.allFields')}
            options={FIELDS_OF_ACTION.map((option) => ({
              value: option,
              label: t(`vocab.field.${option}`),
            }))}
            value={field ?? ''}
            onValueChange={(value) => setFilter('feld', value)}
          />
          <TextField
            id={`${id}-place`}
            label={t('search.municipality')}
            value={municipality}
            onValueChange={(value) => setFilter('ort', value)}
          />
        </div>
      </form>
      {results.error ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : null}
      <p role="status" aria-live="polite" className="x-muted">
        {q && results.data ? t('search.count', { count: results.data.total }) : ''}
      </p>
      <ol className="x-results x-stack" aria-label={t('search.results')}>
        {items.map((result) => (
          <li key={`${result.type}:${result.id}`} className="card x-result">
            <p className="x-muted">
              {t(`search.type.${result.type}`)}
              {result.council && result.type !== 'council' ? ` · ${result.council.name}` : ''}
              {isDated(result.type) ? ` · ${formatDate(result.updatedAt)}` : ''}
            </p>
            <h2 className="x-result__title">
              <Link to={resultLink(result)}>
                <Highlighted value={result.title} />
              </Link>
            </h2>
            {result.snippet.text ? (
              <p className="x-result__snippet">
                <Highlighted value={result.snippet} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Page>
  );
}
