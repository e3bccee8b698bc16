import { IdSchema, type AnalysisReport, type SessionUser } from '@pnetz/shared';
import { endpoints } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { api, isApiError } from '../../../lib/api';
import { useSession } from '../../auth/session';
import { useCouncil } from '../../councils/useCouncil';
import { PlanTextEditor } from '../../plans/editor/PlanTextEditor';
import { PresenceList } from '../../plans/editor/PresenceList';
import { presenceUser } from '../../plans/editor/presence-user';
import { SyncIndicator } from '../../plans/editor/SyncIndicator';
import { usePlanConnection } from '../../plans/editor/usePlanConnection';
import { analysisPaths, analysisQuery } from '../manage/queries';
import { resultsPath, resultsQuery } from '../results/queries';
import { figureNodes } from './figure-nodes';
import { InsertFigureForm } from './InsertFigureForm';
import { reportExportUrl, reportQuery } from './queries';
import '../../plans/plans.css';
import './report.css';

function ReportEditor({ report, user }: { report: AnalysisReport; user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { connection, state } = usePlanConnection(report.documentId, user);
  const me = useMemo(() => presenceUser(user), [user]);
  const extensions = useMemo(() => figureNodes(report.analysisId), [report.analysisId]);
  const results = useQuery({
    ...resultsQuery(report.analysisId),
    enabled: report.access === 'write',
  });
  const closed = state.closed !== null && state.closed !== 'unavailable';
  const editable =
    report.access === 'write' && state.access !== 'read' && !state.rejected && !closed;
  const language = i18n.language.startsWith('en') ? 'en' : 'de';
  const renderExtra = useCallback(
    (editor: Editor) =>
      results.data ? <InsertFigureForm editor={editor} results={results.data} /> : null,
    [results.data],
  );
  return (
    <section className="section plan-section" aria-labelledby="report-text-heading">
      <h2 id="report-text-heading" className="section__title">
        {t('analysis.report.textHeading')}
      </h2>
      <div className="plan-bar">
        <SyncIndicator state={state.sync} />
        <PresenceList awareness={connection?.awareness ?? null} />
        <div className="plan-bar__export" role="group" aria-label={t('analysis.report.export')}>
          <a
            className="button button--secondary button--small"
            href={reportExportUrl(report.analysisId, 'pdf', language)}
            download
          >
            {t('analysis.report.exportPdf')}
          </a>
          <a
            className="button button--secondary button--small"
            href={reportExportUrl(report.analysisId, 'docx', language)}
            download
          >
            {t('analysis.report.exportDocx')}
          </a>
        </div>
      </div>
      {!editable ? (
        <p className={`notice ${closed ? 'notice--error' : 'notice--info'}`} role="status">
          {t(closed ? 'analysis.report.closed' : 'analysis.report.readOnly')}
        </p>
      ) : null}
      {connection ? (
        <PlanTextEditor
          connection={connection}
          user={me}
          editable={editable}
          labelledBy="report-text-heading"
          extensions={extensions}
          renderExtra={renderExtra}
        />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

function StartReport({ analysisId, manage }: { analysisId: string; manage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => api(endpoints.analysisReport.create, { params: { id: analysisId } }),
    onSuccess: (report) => queryClient.setQueryData(reportQuery(analysisId).queryKey, report),
  });
  if (!manage) return <p>{t('analysis.report.notStarted')}</p>;
  return (
    <section className="section" aria-labelledby="report-start-heading">
      <h2 id="report-start-heading" className="section__title">
        {t('analysis.report.startHeading')}
      </h2>
      <p>{t('analysis.report.startHint')}</p>
      {start.error ? <ErrorState error={start.error} /> : null}
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        {t('analysis.report.start')}
      </button>
    </section>
  );
}

/**
 * `/raete/:workspaceId/sicherheitsanalyse/:analysisId/bericht`: the report, co-edited live by the
 * analysis team and read by the council, with figures drawn from the newest weighting run.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const { user } = useSession();
  const { analysisId = '' } = useParams();
  const valid = IdSchema.safeParse(analysisId).success;
  const analysis = useQuery({ ...analysisQuery(analysisId), enabled: valid });
  const report = useQuery({ ...reportQuery(analysisId), enabled: valid });
  if (!valid || isApiError(analysis.error, 'not_found')) return <NotFoundPage />;
  if (analysis.error)
    return <ErrorState error={analysis.error} onRetry={() => void analysis.refetch()} />;
  if (analysis.isPending || report.isPending || !user) return <LoadingState />;
  const missing = isApiError(report.error, 'not_found');
  return (
    <Page title={t('analysis.report.title', { title: analysis.data.title })}>
      <p className="report-links">
        <Link to={analysisPaths.detail(council.id, analysisId)}>{t('analysis.report.back')}</Link>
        <Link to={resultsPath(council.id, analysisId)}>{t('analysis.results.open')}</Link>
      </p>
      {report.data ? (
        <ReportEditor key={`${user.id}:${report.data.id}`} report={report.data} user={user} />
      ) : missing ? (
        <StartReport analysisId={analysisId} manage={analysis.data.permissions.manage} />
      ) : (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      )}
    </Page>
  );
}
