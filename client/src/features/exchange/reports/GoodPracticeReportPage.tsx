import { isId } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { PublicLayout } from '../../../components/PublicLayout';
import { isApiError } from '../../../lib/api';
import { exchangePaths } from '../paths';
import { publicReportQuery } from '../queries';
import { ReportBody } from './ReportBody';
import '../exchange.css';

/** `/gute-praxis/:reportId`: one public experience report, readable without login. */
export function GoodPracticeReportPage() {
  const { reportId } = useParams();
  const { t } = useTranslation();
  const valid = isId(reportId);
  const query = useQuery({ ...publicReportQuery(reportId ?? ''), enabled: valid });
  const notFound = !valid || isApiError(query.error, 'not_found');
  return (
    <PublicLayout>
      {notFound ? (
        <Page title={t('goodPractice.notFound')}>
          <p>
            <Link to={exchangePaths.goodPractice}>{t('goodPractice.back')}</Link>
          </p>
        </Page>
      ) : query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <Page title={t('reports.errorTitle')}>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </Page>
      ) : (
        <Page title={query.data.title}>
          <p>
            <Link to={exchangePaths.goodPractice}>{t('goodPractice.back')}</Link>
          </p>
          <ReportBody report={query.data} />
        </Page>
      )}
    </PublicLayout>
  );
}
