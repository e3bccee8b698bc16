import { ANALYSIS_STATUSES, endpoints, todayInSaxony, type Analysis } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDay } from '../format';
import { RecordAction } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';
import { TableScroll } from '../../../components/TableScroll';

/** One security analysis with the chain finding → recommendation → measure → result. */
export function AnalysisCard({ analysis, canWrite }: { analysis: Analysis; canWrite: boolean }) {
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
            <RecordAction
              label={t('programme.analyses.advance', {
                status: t(`programme.analysisStatus.${next}`),
              })}
              action={advance}
            />
          ) : null}
          <RecordAction label={t('programme.form.delete')} action={remove} />
        </div>
      ) : null}
    </li>
  );
}
