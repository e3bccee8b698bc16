import type { FieldOfAction } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Checkbox } from '../../../ui/form/Field';
import { councilsQuery } from '../../councils/queries';
import { ExchangeNav } from '../ExchangeNav';
import { exchangePaths } from '../paths';
import { bookmarksQuery, reportsQuery } from '../queries';
import { FieldOfActionFilter } from './FieldOfActionFilter';
import { ReportCard } from './ReportCard';
import '../exchange.css';

/** `/austausch/berichte`: experience reports of the network, with a filter and one's bookmarks. */
export function ReportListPage() {
  const { t } = useTranslation();
  const id = useId();
  const [field, setField] = useState<FieldOfAction | null>(null);
  const [onlyBookmarks, setOnlyBookmarks] = useState(false);
  const reports = useQuery({ ...reportsQuery(field), enabled: !onlyBookmarks });
  const bookmarks = useQuery({ ...bookmarksQuery, enabled: onlyBookmarks });
  const councils = useQuery(councilsQuery);
  const canWrite = (councils.data?.items ?? []).some(
    (c) => c.myRole === 'admin' || c.myRole === 'member',
  );
  const query = onlyBookmarks ? bookmarks : reports;
  const items = query.data?.items ?? [];

  return (
    <Page title={t('reports.title')} intro={t('reports.intro')}>
      <ExchangeNav />
      <div className="x-actions">
        {canWrite ? (
          <Link className="button" to={exchangePaths.newReport()}>
            {t('reports.write')}
          </Link>
        ) : null}
        <Link to={exchangePaths.goodPractice}>{t('reports.publicPage')}</Link>
      </div>
      <div className="x-row x-filters">
        <FieldOfActionFilter
          id={`${id}-field`}
          value={field}
          disabled={onlyBookmarks}
          onChange={setField}
        />
        <Checkbox
          id={`${id}-bookmarks`}
          fieldClassName="x-choice"
          label={t('reports.onlyBookmarks')}
          checked={onlyBookmarks}
          onCheckedChange={setOnlyBookmarks}
        />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && items.length === 0 ? (
        <EmptyState text={onlyBookmarks ? t('reports.noBookmarks') : t('reports.none')} />
      ) : null}
      <ul className="card-list x-results" aria-label={t('reports.listLabel')}>
        {items.map((report) => (
          <li key={report.id}>
            <ReportCard report={report} to={exchangePaths.report(report.id)} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
