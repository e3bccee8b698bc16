import { ClientEvent, FieldworkSchema, ServerEvent, type SecurityAnalysis } from '@pnetz/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useRealtimeSocket } from '../../../lib/socket';
import { fieldworkQuery } from './queries';

/** Follows the analysis's room while mounted; every stored response brings new figures. */
function useFieldworkLive(analysisId: string): void {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const key = fieldworkQuery(analysisId).queryKey;
    const join = () =>
      socket.emit(ClientEvent.AnalysisJoin, { analysisId }, (result) => {
        if (result.ok) queryClient.setQueryData(key, result.fieldwork);
      });
    const onFigures = (payload: unknown) => {
      // Types do not validate: only figures of the contract and of this analysis are taken.
      const parsed = FieldworkSchema.safeParse(payload);
      if (parsed.success && parsed.data.analysisId === analysisId)
        queryClient.setQueryData(key, parsed.data);
    };
    socket.on(ServerEvent.AnalysisFieldwork, onFigures);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off(ServerEvent.AnalysisFieldwork, onFigures);
      socket.off('connect', join);
      socket.emit(ClientEvent.AnalysisLeave, { analysisId });
    };
  }, [socket, queryClient, analysisId]);
}

/** Returns per day, channel and stratum, and the return rate against the target, live. */
export function FieldworkSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data, error, isPending, refetch } = useQuery(fieldworkQuery(analysis.id));
  useFieldworkLive(analysis.id);
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(
          value,
        );

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.fieldwork.title')}</h2>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {data ? (
        <>
          <dl className="analysis-figures" aria-live="polite" data-testid="fieldwork-figures">
            <div>
              <dt>{t('analysis.fieldwork.total')}</dt>
              <dd>{data.total}</dd>
            </div>
            <div>
              <dt>{t('analysis.fieldwork.online')}</dt>
              <dd>{data.byChannel.online}</dd>
            </div>
            <div>
              <dt>{t('analysis.fieldwork.paper')}</dt>
              <dd>{data.byChannel.paper}</dd>
            </div>
            <div>
              <dt>{t('analysis.fieldwork.returnRate')}</dt>
              <dd>{percent(data.returnRate)}</dd>
            </div>
            <div>
              <dt>{t('analysis.fieldwork.target')}</dt>
              <dd>
                {data.target === null
                  ? '–'
                  : t('analysis.fieldwork.ofTarget', {
                      share: percent(data.total / data.target),
                      target: data.target,
                    })}
              </dd>
            </div>
          </dl>
          <div
            className="analysis-table-wrap"
            role="region"
            tabIndex={0}
            aria-label={t('analysis.fieldwork.byDay')}
          >
            <table className="analysis-table">
              <caption>{t('analysis.fieldwork.byDay')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.fieldwork.day')}</th>
                  <th scope="col">{t('analysis.fieldwork.online')}</th>
                  <th scope="col">{t('analysis.fieldwork.paper')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byDay.map((day) => (
                  <tr key={day.day}>
                    <td>{day.day}</td>
                    <td>{day.online}</td>
                    <td>{day.paper}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div
            className="analysis-table-wrap"
            role="region"
            tabIndex={0}
            aria-label={t('analysis.fieldwork.byStratum')}
          >
            <table className="analysis-table">
              <caption>{t('analysis.fieldwork.byStratum')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.stratum.district')}</th>
                  <th scope="col">{t('analysis.stratum.ageGroup')}</th>
                  <th scope="col">{t('analysis.stratum.sex')}</th>
                  <th scope="col">{t('analysis.fieldwork.returned')}</th>
                  <th scope="col">{t('analysis.fieldwork.drawn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byStratum.map((s) => (
                  <tr key={`${s.district}|${s.ageGroup}|${s.sex}`}>
                    <td>{s.district || '–'}</td>
                    <td>{s.ageGroup || '–'}</td>
                    <td>{s.sex || '–'}</td>
                    <td>{s.returned}</td>
                    <td>{s.drawn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
