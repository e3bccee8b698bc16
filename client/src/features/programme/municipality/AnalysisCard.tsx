import {
  ANALYSIS_STATUSES,
  endpoints,
  todayInSaxony,
  type Analysis,
  type MunicipalityDetail,
} from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDay } from '../format';
import { AnalysisForm } from './AnalysisForm';
import { RecordSection } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';
import { TableScroll } from '../../../components/TableScroll';

/** Security analyses with the chain finding → recommendation → measure → result. */
export function AnalysesSection({
  detail,
  headingLevel,
}: {
  detail: MunicipalityDetail;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('programme.analyses.title')} level={headingLevel}>
      {detail.analyses.length === 0 ? (
        <p>{t('programme.analyses.none')}</p>
      ) : (
        <ul className="programme-cards">
          {detail.analyses.map((analysis) => (
            <AnalysisCard key={analysis.id} analysis={analysis} canWrite={detail.canWrite} />
          ))}
        </ul>
      )}
      {detail.canWrite ? <AnalysisForm municipalityId={detail.municipality.id} /> : null}
    </RecordSection>
  );
}

function AnalysisCard({ analysis, canWrite }: { analysis: Analysis; canWrite: boolean }) {
  const { t } = useTranslation();
  const next = ANALYSIS_STATUSES[ANALYSIS_STATUSES.indexOf(analysis.status) + 1];
  const body = {
    statusHistory: analysis.statusHistory,
    surveySize: analysis.surveySize,
    returnRate: analysis.returnRate,
    findings: analysis.findings,
    recommendations: analysis.recommendations.map((r) => ({
      key: r.key,
      text: r.text,
      findingKeys: r.findingKeys,
      measures: r.measures.map(({ planId, measureId }) => ({ planId, measureId })),
    })),
  };
  const advance = useRecordMutation(() =>
    api(endpoints.programme.updateAnalysis, {
      params: { id: analysis.id },
      body: {
        ...body,
        statusHistory: [...analysis.statusHistory, { status: next!, date: todayInSaxony() }],
      },
    }),
  );
  const remove = useRecordMutation(() =>
    api(endpoints.programme.deleteAnalysis, { params: { id: analysis.id } }),
  );
  const finding = (key: string) => analysis.findings.find((f) => f.key === key)?.text ?? key;

  return (
    <li className="programme-card">
      <p className="programme-card__title">{t(`programme.analysisStatus.${analysis.status}`)}</p>
      <ol className="programme-timeline">
        {analysis.statusHistory.map((entry) => (
          <li key={`${entry.status}-${entry.date}`}>
            <strong>{formatDay(entry.date)}</strong> {t(`programme.analysisStatus.${entry.status}`)}
          </li>
        ))}
      </ol>
      {analysis.surveySize !== null ? (
        <p>
          {t('programme.analyses.survey', {
            size: analysis.surveySize,
            rate: analysis.returnRate === null ? '–' : `${analysis.returnRate.toLocaleString()} %`,
          })}
        </p>
      ) : null}
      {analysis.recommendations.length > 0 ? (
        <TableScroll label={t('programme.analyses.chain')}>
          <table className="programme-table programme-chain">
            <caption>{t('programme.analyses.chain')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programme.analyses.finding')}</th>
                <th scope="col">{t('programme.analyses.recommendation')}</th>
                <th scope="col">{t('programme.analyses.measure')}</th>
                <th scope="col">{t('programme.analyses.result')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.recommendations.flatMap((r) => {
                const measures = r.measures.length > 0 ? r.measures : [null];
                return measures.map((m, i) => (
                  <tr key={`${r.key}-${i}`}>
                    <td>{r.findingKeys.map(finding).join('; ') || '–'}</td>
                    <th scope="row">{r.text}</th>
                    <td>
                      {m
                        ? (m.title ?? t('programme.analyses.measureGone')) +
                          (m.planTitle ? ` (${m.planTitle})` : '')
                        : t('programme.analyses.noMeasure')}
                    </td>
                    <td>
                      {m && m.status
                        ? `${t(`programme.measureStatus.${m.status}`)}, ${m.progress ?? 0} %`
                        : '–'}
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : analysis.findings.length > 0 ? (
        <ul>
          {analysis.findings.map((f) => (
            <li key={f.key}>{f.text}</li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <div className="form__actions">
          {next ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => advance.mutate(undefined)}
              disabled={advance.isPending}
            >
              {t('programme.analyses.advance', { status: t(`programme.analysisStatus.${next}`) })}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => remove.mutate(undefined)}
            disabled={remove.isPending}
          >
            {t('programme.form.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
