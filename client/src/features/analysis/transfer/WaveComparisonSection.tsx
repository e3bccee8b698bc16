import type { WaveQuestion } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { figure, signedDifference } from '../recommendations/queries';
import { labelIn } from '../results/format';
import { wavesQuery } from './queries';

function QuestionTable({ question }: { question: WaveQuestion }) {
  const { t, i18n } = useTranslation();
  const title = labelIn(question.title, i18n.language);
  const show = (value: number) => figure(question.measure, value, i18n.language);
  const interval = (i: { low: number; high: number }) =>
    t('analysisTransfer.waves.interval', { low: show(i.low), high: show(i.high) });
  return (
    <div className="results-question" data-testid={`wave-${question.question}`}>
      <h3>{title}</h3>
      <div className="analysis-table-wrap">
        <table className="analysis-table results-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="results-col-answer">
                {t('analysisTransfer.waves.answer')}
              </th>
              <th scope="col">{t('analysisTransfer.waves.now')}</th>
              <th scope="col">{t('analysisTransfer.waves.before')}</th>
              <th scope="col">{t('analysisTransfer.waves.change')}</th>
            </tr>
          </thead>
          <tbody>
            {question.items.map((item) => {
              const label = item.optionLabel
                ? labelIn(item.optionLabel, i18n.language)
                : t('analysisTransfer.waves.mean');
              return (
                <tr key={item.option ?? 'mean'}>
                  <th scope="row">{label}</th>
                  {item.state === 'compared' ? (
                    <>
                      <td>
                        {show(item.value)}
                        <br />
                        <small>{interval(item.interval)}</small>
                      </td>
                      <td>
                        {show(item.previousValue)}
                        <br />
                        <small>{interval(item.previousInterval)}</small>
                      </td>
                      <td>
                        {signedDifference(question.measure, item.difference, i18n.language)}{' '}
                        {t(`recommendations.change.unit.${question.measure}`)}
                        <br />
                        <strong>
                          {t(
                            item.overlap
                              ? 'analysisTransfer.waves.overlap'
                              : 'analysisTransfer.waves.changed',
                          )}
                        </strong>
                      </td>
                    </>
                  ) : (
                    <td colSpan={3}>
                      {t('analysisTransfer.waves.unmapped')}{' '}
                      {t(`analysisTransfer.waves.reason.${item.reason}`)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Each question of this wave beside the council's previous wave, or why it cannot be. */
export function WaveComparisonSection({ analysisId }: { analysisId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { data, error, refetch } = useQuery(wavesQuery(analysisId));
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysisTransfer.waves.title')}</h2>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data && !data.previous ? <p>{t('analysisTransfer.waves.none')}</p> : null}
      {data?.previous ? (
        <>
          <p>{t('analysisTransfer.waves.intro', { previous: data.previous.analysisTitle })}</p>
          {data.questions.map((question) => (
            <QuestionTable key={question.question} question={question} />
          ))}
        </>
      ) : null}
    </section>
  );
}
