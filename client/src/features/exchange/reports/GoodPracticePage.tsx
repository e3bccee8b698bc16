import type { FieldOfAction } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { PublicLayout } from '../../../components/PublicLayout';
import { paths } from '../../../lib/paths';
import { exchangePaths } from '../paths';
import { publicReportsQuery } from '../queries';
import { FieldOfActionFilter } from './FieldOfActionFilter';
import { ReportCard } from './ReportCard';
import '../exchange.css';

/** `/gute-praxis`: public experience reports, readable without login. */
export function GoodPracticePage() {
  const { t } = useTranslation();
  const id = useId();
  const query = useQuery(publicReportsQuery);
  const [field, setField] = useState<FieldOfAction | null>(null);
  const items = (query.data?.items ?? []).filter(
    (report) => !field || report.fieldsOfAction.includes(field),
  );
  return (
    <PublicLayout>
      <Page title={t('goodPractice.title')} intro={t('goodPractice.intro')}>
        <FieldOfActionFilter
          id={`${id}-field`}
          className="x-council-choice"
          value={field}
          onChange={setField}
        />
        {query.isPending ? <LoadingState /> : null}
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : null}
        {query.data && items.length === 0 ? <EmptyState text={t('goodPractice.none')} /> : null}
        <ul className="x-stack" aria-label={t('goodPractice.listLabel')}>
          {items.map((report) => (
            <li key={report.id}>
              <ReportCard report={report} to={exchangePaths.publicReport(report.id)} />
            </li>
          ))}
        </ul>
        <p>
          <Link to={paths.login}>{t('goodPractice.signIn')}</Link>
        </p>
      </Page>
    </PublicLayout>
  );
}
