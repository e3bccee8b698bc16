import {
  endpoints,
  LIBRARY_CATEGORIES,
  LIBRARY_SOURCES,
  LibraryCategorySchema,
  LibrarySourceSchema,
  projectLinks,
  type LibraryFile,
  type LibraryQuery,
} from '@pnetz/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useSearchText, withParam } from '../../lib/url-search';
import { useCouncil } from '../councils/useCouncil';
import { exchangePaths } from '../exchange/paths';
import { formatDateTime, formatSize } from '../projects/format';
import { Select, TextField } from '../../ui/form/Field';
import './library.css';

const libraryQuery = (workspaceId: string, query: LibraryQuery) =>
  queryOptions({
    queryKey: ['library', workspaceId, query],
    queryFn: ({ signal }) =>
      api(endpoints.library.files, { params: { workspaceId }, query, signal }),
  });

function sourceLink(workspaceId: string, file: LibraryFile): string {
  return file.source === 'project'
    ? projectLinks.project(workspaceId, file.sourceId)
    : exchangePaths.exchange(file.sourceId);
}

function FileItem({ workspaceId, file }: { workspaceId: string; file: LibraryFile }) {
  const { t } = useTranslation();
  const uploader = file.uploadedBy.former ? t('people.former') : file.uploadedBy.name;
  return (
    <li className="card library-file" data-testid="library-file">
      <p className="library-file__name">
        <a href={file.downloadPath} download={file.filename}>
          {file.filename}
          <span className="visually-hidden"> – {t('library.download')}</span>
        </a>
      </p>
      <dl className="library-file__facts">
        <div>
          <dt>{t('library.column.source')}</dt>
          <dd>
            {t(`library.source.${file.source}`)}:{' '}
            <Link to={sourceLink(workspaceId, file)}>{file.sourceTitle}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('library.column.uploadedBy')}</dt>
          <dd>{uploader}</dd>
        </div>
        <div>
          <dt>{t('library.column.uploadedAt')}</dt>
          <dd>
            <time dateTime={file.uploadedAt}>{formatDateTime(file.uploadedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('library.column.category')}</dt>
          <dd>
            {t(`library.category.${file.category}`)}, {formatSize(file.size)}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/**
 * `/raete/:id/dateien`: every file attached anywhere in the council's workspace (its projects,
 * the exchanges it takes part in), as far as the caller may see them, newest first.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const source = LibrarySourceSchema.safeParse(params.get('quelle')).data ?? null;
  const category = LibraryCategorySchema.safeParse(params.get('art')).data ?? null;
  const { text, setText, q } = useSearchText();

  const setFilter = (name: string, value: string) =>
    setParams((current) => withParam(current, name, value), { replace: true });

  const query: LibraryQuery = {
    ...(q ? { q } : {}),
    ...(source ? { source } : {}),
    ...(category ? { category } : {}),
  };
  const files = useQuery({
    ...libraryQuery(council.id, query),
    placeholderData: keepPreviousData,
  });
  const items = files.data?.items ?? [];

  return (
    <Page title={t('library.title')} intro={t('library.intro')}>
      <form
        role="search"
        className="library-filters"
        aria-label={t('library.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          id={`${id}-q`}
          label={t('library.search')}
          type="search"
          value={text}
          autoComplete="off"
          onValueChange={setText}
        />
        <Select
          id={`${id}-source`}
          label={t('library.column.source')}
          value={source ?? ''}
          empty={t('library.allSources')}
          options={LIBRARY_SOURCES.map((option) => ({
            value: option,
            label: t(`library.source.${option}`),
          }))}
          onValueChange={(value) => setFilter('quelle', value)}
        />
        <Select
          id={`${id}-category`}
          label={t('library.column.category')}
          value={category ?? ''}
          empty={t('library.allCategories')}
          options={LIBRARY_CATEGORIES.map((option) => ({
            value: option,
            label: t(`library.category.${option}`),
          }))}
          onValueChange={(value) => setFilter('art', value)}
        />
      </form>
      <p role="status" aria-live="polite" className="library-count">
        {files.data ? t('library.count', { count: files.data.total }) : ''}
      </p>
      {files.isPending ? (
        <LoadingState />
      ) : files.error ? (
        <ErrorState error={files.error} onRetry={() => void files.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState text={t('library.empty')} />
      ) : (
        <ul className="library-list" aria-label={t('library.title')}>
          {items.map((file) => (
            <FileItem key={`${file.source}:${file.id}`} workspaceId={council.id} file={file} />
          ))}
        </ul>
      )}
    </Page>
  );
}
