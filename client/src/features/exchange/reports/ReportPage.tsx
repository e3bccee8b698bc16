import { endpoints, isId, type Report } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { api, errorKey, isApiError } from '../../../lib/api';
import { exchangePaths } from '../paths';
import { exchangeKeys, reportQuery } from '../queries';
import { Questions } from './Questions';
import { ReportBody } from './ReportBody';
import '../exchange.css';

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = (updated: Report) => {
    queryClient.setQueryData(exchangeKeys.report(report.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['reports', 'bookmarks'] });
  };
  const helpful = useMutation({
    mutationFn: (on: boolean) =>
      api(endpoints.reports.helpful, { params: { id: report.id }, body: { helpful: on } }),
    onSuccess: done,
  });
  const bookmark = useMutation({
    mutationFn: (on: boolean) =>
      api(endpoints.reports.bookmark, { params: { id: report.id }, body: { bookmarked: on } }),
    onSuccess: done,
  });
  const error = helpful.error ?? bookmark.error;
  return (
    <Page title={report.title}>
      <p>
        <Link to={exchangePaths.reports}>{t('reports.back')}</Link>
      </p>
      <div className="x-actions">
        {report.permissions.react ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={report.helpfulByMe}
              onClick={() => helpful.mutate(!report.helpfulByMe)}
            >
              {t('reports.helpful')} ({report.helpfulCount})
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={report.bookmarkedByMe}
              onClick={() => bookmark.mutate(!report.bookmarkedByMe)}
            >
              {report.bookmarkedByMe ? t('reports.bookmarked') : t('reports.bookmark')}
            </button>
          </>
        ) : null}
        {report.permissions.edit ? (
          <Link className="button button--secondary" to={exchangePaths.editReport(report.id)}>
            {t('reports.edit')}
          </Link>
        ) : null}
        {report.visibility === 'public' ? (
          <Link to={exchangePaths.publicReport(report.id)}>{t('reports.publicVersion')}</Link>
        ) : null}
      </div>
      {error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(error))}
        </p>
      ) : null}
      <ReportBody report={report} />
      {report.visibility !== 'draft' || report.questionCount > 0 ? (
        <Questions report={report} />
      ) : null}
    </Page>
  );
}

/** `/austausch/berichte/:reportId`: an experience report with reactions and questions. */
export function ReportPage() {
  const { reportId } = useParams();
  const { t } = useTranslation();
  const valid = isId(reportId);
  const query = useQuery({ ...reportQuery(reportId ?? ''), enabled: valid });
  if (!valid || isApiError(query.error, 'not_found')) return <NotFoundPage />;
  if (query.isPending) return <LoadingState />;
  if (query.error) {
    return (
      <Page title={t('reports.errorTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return <ReportView report={query.data} />;
}
