import type { PksFigure, PksRow, SecurityAnalysis } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PksUpload } from './PksUpload';
import { pksQuery, saxonyPksQuery } from './queries';
import './pks.css';

/**
 * Police crime statistics of the municipality by year and offence group: recorded cases and the
 * Häufigkeitszahl (cases per 100,000 inhabitants) beside Saxony's for the same year and group.
 */
export function PksSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data, error, isPending, refetch } = useQuery(pksQuery(analysis.id));
  const saxony = useQuery(saxonyPksQuery);
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(i18n.language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  const hz = (figure: PksFigure | null) => (figure ? number(figure.hz, 1) : '–');
  const years = data ? [...new Set(data.rows.map((row) => row.year))] : [];

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pks.title')}</h2>
      <p>{t('pks.intro')}</p>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {data ? (
        <>
          {years.length === 0 ? <p>{t('pks.empty')}</p> : null}
          {years.map((year) => {
            const rows = data.rows.filter((row) => row.year === year);
            const source = data.sources.find((s) => s.year === year);
            const caption = t('pks.caption', {
              year,
              name: data.municipality.name,
              population: number(source?.population ?? 0),
            });
            return (
              <div
                key={year}
                className="analysis-table-wrap"
                role="region"
                tabIndex={0}
                aria-label={caption}
              >
                <table className="analysis-table pks-table" data-testid={`pks-${year}`}>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pks.group')}</th>
                      <th scope="col">{t('pks.cases')}</th>
                      <th scope="col">{t('pks.hz')}</th>
                      <th scope="col">{t('pks.hzSaxony')}</th>
                      <th scope="col">{t('pks.clearance')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row: PksRow) => (
                      <tr key={row.key} data-key={row.key}>
                        <th scope="row">
                          {row.label} <span className="pks-key">{row.key}</span>
                        </th>
                        <td>{number(row.municipality.cases)}</td>
                        <td>{hz(row.municipality)}</td>
                        <td>{hz(row.saxony)}</td>
                        <td>
                          {row.municipality.clearanceRate === null
                            ? '–'
                            : `${number(row.municipality.clearanceRate, 1)} %`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
          <p className="pks-note">{t('pks.note')}</p>
          {data.canImport ? (
            <PksUpload analysisId={analysis.id} populationHint={data.municipality.population} />
          ) : null}
          {saxony.data?.canImport ? <PksUpload /> : null}
        </>
      ) : null}
    </section>
  );
}
