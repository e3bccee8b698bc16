import {
  endpoints,
  FIELDS_OF_ACTION,
  ORGANISATION_TYPES,
  type Directory,
  type EndpointQuery,
} from '@pnetz/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { paths } from '../../lib/paths';
import { Select, TextField } from '../../ui/form/Field';
import { councilPaths } from '../councils/paths';
import '../councils/councils.css';
import './directory.css';

type DirectoryQuery = NonNullable<EndpointQuery<typeof endpoints.directory.list>>;
const FILTERS = ['q', 'workspaceId', 'fieldOfAction', 'organisationType'] as const;

/** `/verzeichnis`: who does what in which council, as far as the viewer may see members. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = Object.fromEntries(
    FILTERS.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  ) as DirectoryQuery;
  const directory = useQuery({
    queryKey: ['directory', query],
    queryFn: ({ signal }) => api(endpoints.directory.list, { query, signal }),
    placeholderData: keepPreviousData,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    }
    setParams(next);
  };

  const councils = directory.data?.councils ?? [];
  return (
    <Page title={t('directory.title')} intro={t('directory.intro')}>
      <form
        key={params.toString()}
        className="form directory__filters"
        role="search"
        aria-label={t('directory.filterLabel')}
        onSubmit={submit}
      >
        <TextField
          id={`${id}-q`}
          name="q"
          type="search"
          label={t('directory.q')}
          defaultValue={query.q}
        />
        <div className="directory__selects">
          <Select
            id={`${id}-council`}
            name="workspaceId"
            label={t('directory.council')}
            defaultValue={query.workspaceId ?? ''}
            empty={t('directory.any')}
            options={councils.map((council) => ({ value: council.id, label: council.name }))}
          />
          <Select
            id={`${id}-field`}
            name="fieldOfAction"
            label={t('directory.field')}
            defaultValue={query.fieldOfAction ?? ''}
            empty={t('directory.any')}
            options={FIELDS_OF_ACTION.map((field) => ({
              value: field,
              label: t(`vocab.field.${field}`),
            }))}
          />
          <Select
            id={`${id}-org`}
            name="organisationType"
            label={t('directory.organisationType')}
            defaultValue={query.organisationType ?? ''}
            empty={t('directory.any')}
            options={ORGANISATION_TYPES.map((type) => ({
              value: type,
              label: t(`vocab.org.${type}`),
            }))}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('directory.apply')}
          </button>
          {params.size > 0 ? <Link to={paths.directory}>{t('directory.reset')}</Link> : null}
        </div>
      </form>
      {directory.isPending ? <LoadingState /> : null}
      {directory.error ? (
        <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />
      ) : null}
      {directory.data ? <Results directory={directory.data} /> : null}
    </Page>
  );
}

function Results({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="directory-results">
      <h2 id="directory-results" className="section__title">
        {t('directory.results')}
      </h2>
      <p role="status">
        {directory.truncated
          ? t('directory.truncated', { count: directory.items.length })
          : t('directory.count', { count: directory.items.length })}
      </p>
      {directory.items.length === 0 ? (
        <EmptyState text={t('directory.empty')} />
      ) : (
        <ul className="directory__list">
          {directory.items.map((entry) => (
            <li key={entry.userId}>
              <article className="directory__person" aria-labelledby={`person-${entry.userId}`}>
                <h3 id={`person-${entry.userId}`} className="directory__name">
                  {entry.name}
                </h3>
                <ul className="directory__memberships">
                  {entry.memberships.map((membership) => (
                    <li key={membership.workspaceId}>
                      {t('directory.membership', {
                        organisation: membership.organisation.name,
                        type: t(`vocab.org.${membership.organisation.type}`),
                        role: t(`vocab.role.${membership.role}`),
                      })}{' '}
                      <Link to={councilPaths.home(membership.workspaceId)}>
                        {membership.workspaceName}
                      </Link>
                    </li>
                  ))}
                </ul>
                {entry.fieldsOfAction.length > 0 ? (
                  <p className="muted">
                    {t('directory.fields', {
                      fields: entry.fieldsOfAction
                        .map((field) => t(`vocab.field.${field}`))
                        .join(', '),
                    })}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
