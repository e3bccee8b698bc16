import { IdSchema } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api';
import { useCouncil } from '../../councils/useCouncil';
import { PksSection } from '../pks/PksSection';
import { PlacesSection } from '../places/PlacesSection';
import { FieldworkSection } from './FieldworkSection';
import { LettersSection } from './LettersSection';
import { PhasesSection } from './PhasesSection';
import { RegisterImport } from './RegisterImport';
import { SampleSection } from './SampleSection';
import { SettingsSection } from './SettingsSection';
import { reportPath } from '../report/queries';
import { resultsPath } from '../results/queries';
import { analysisPaths, analysisQuery } from './queries';
import './analysis.css';

/**
 * `/raete/:workspaceId/sicherheitsanalyse/:analysisId`: phases for everyone in the council; the
 * owners also see settings, register import, sample, letters and the live fieldwork figures.
 */
export function AnalysisPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const { analysisId = '' } = useParams();
  const valid = IdSchema.safeParse(analysisId).success;
  const { data, error, isPending, refetch } = useQuery({
    ...analysisQuery(analysisId),
    enabled: valid,
  });
  if (!valid || isApiError(error, 'not_found')) return <NotFoundPage />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  const manage = data.permissions.manage;
  return (
    <Page title={data.title}>
      <p>
        <Link to={analysisPaths.list(council.id)}>{t('analysis.back')}</Link>
      </p>
      <p>
        <Link to={resultsPath(council.id, data.id)}>{t('analysis.results.open')}</Link>
      </p>
      <p>
        <Link to={reportPath(council.id, data.id)}>{t('analysis.report.open')}</Link>
      </p>
      {/* Keyed by the saved phases, so the form starts from them after a save. */}
      <PhasesSection
        key={`phases-${data.phases.map((p) => `${p.start}${p.end}${p.owner?.id}`).join()}`}
        analysis={data}
      />
      {manage ? (
        <>
          <SettingsSection analysis={data} />
          {!data.letters && !data.addressesDeletedAt ? <RegisterImport analysis={data} /> : null}
          {data.register && !data.letters ? <SampleSection analysis={data} /> : null}
          <LettersSection analysis={data} />
        </>
      ) : null}
      {data.permissions.fieldwork ? <FieldworkSection analysis={data} /> : null}
      {/* Security analysis II: police statistics and Angsträume, for every reader. */}
      <PksSection analysis={data} />
      <PlacesSection analysis={data} />
    </Page>
  );
}
