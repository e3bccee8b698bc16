import { endpoints } from '@pnetz/shared';

type Headline = 'safe_night_area' | 'safe_day_area' | 'avoid_places';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { api, errorKey } from '../../../lib/api';
import { figure } from '../recommendations/queries';
import { councilsKey, councilsQuery } from './queries';

/** Headline indicators beside other councils that opted in; small figures read "–". */
export function CouncilComparisonSection({ analysisId }: { analysisId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const { data, error, refetch } = useQuery(councilsQuery(analysisId));
  const optIn = useMutation({
    mutationFn: (optedIn: boolean) =>
      api(endpoints.analysisTransfer.optIn, { params: { id: analysisId }, body: { optedIn } }),
    onSuccess: (next) => queryClient.setQueryData(councilsKey(analysisId), next),
  });
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysisTransfer.councils.title')}</h2>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <p data-testid="council-opt-in">
            {t(
              data.optedIn
                ? 'analysisTransfer.councils.optedIn'
                : 'analysisTransfer.councils.notOptedIn',
            )}
          </p>
          {data.permissions.optIn ? (
            <div className="form__actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={optIn.isPending}
                onClick={() => {
                  if (!optIn.isPending) optIn.mutate(!data.optedIn);
                }}
              >
                {t(
                  data.optedIn
                    ? 'analysisTransfer.councils.leave'
                    : 'analysisTransfer.councils.join',
                )}
              </button>
            </div>
          ) : null}
          {optIn.error ? (
            <p role="alert" className="form__alert">
              {t(errorKey(optIn.error))}
            </p>
          ) : null}
          {data.councils.length > 0 ? (
            <div className="analysis-table-wrap">
              <table className="analysis-table results-table" data-testid="council-table">
                <caption>{t('analysisTransfer.councils.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="results-col-answer">
                      {t('analysisTransfer.councils.council')}
                    </th>
                    {data.headlines.map((headline) => (
                      <th scope="col" key={headline.id}>
                        {t(`analysisTransfer.councils.headline.${headline.question as Headline}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.councils.map((council) => (
                    <tr key={council.analysisId}>
                      <th scope="row">
                        {council.council}
                        {council.own ? ` (${t('analysisTransfer.councils.own')})` : ''}
                      </th>
                      {council.values.map((value, i) => (
                        <td key={data.headlines[i]!.id}>
                          {value
                            ? figure(data.headlines[i]!.measure, value.value, i18n.language)
                            : '–'}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p className="results-note">{t('analysisTransfer.councils.note')}</p>
        </>
      ) : null}
    </section>
  );
}
