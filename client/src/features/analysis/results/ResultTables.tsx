import type { Breakdown, ResultCell } from '@pnetz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLabel, decimal, labelIn, percent } from './format';

type Shown = Extract<ResultCell, { suppressed: false }>;

/** "12,3 % (10,1–14,8 %)" */
function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    share: (option: Shown['options'][number]) =>
      `${percent(option.share, language)} (${percent(option.interval.low, language)}–${percent(option.interval.high, language)})`,
    mean: (mean: NonNullable<Shown['mean']>) =>
      `${decimal(mean.mean, language)} (${decimal(mean.interval.low, language)}–${decimal(mean.interval.high, language)})`,
  };
}

/**
 * One cell's figures as a table: every answer with its weighted share, interval and a bar; the
 * bars are drawn for the eye only, the table is their text. A suppressed cell shows "–".
 */
export function CellTable({ cell, caption }: { cell: ResultCell; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cell.suppressed)
    return (
      <p className="results-note" data-testid="suppressed">
        {t('analysis.results.suppressedCell')}
      </p>
    );
  return (
    <div className="analysis-table-wrap">
      <table className="analysis-table results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="results-col-answer">
              {t('analysis.results.answer')}
            </th>
            <th scope="col">{t('analysis.results.share')}</th>
            <th scope="col">{t('analysis.results.unweighted')}</th>
          </tr>
        </thead>
        <tbody>
          {cell.options.map((option) => (
            <tr key={option.value}>
              <th scope="row">{labelIn(option.label, format.language)}</th>
              <td>
                {format.share(option)}
                <div className="results-bar" aria-hidden="true">
                  <span style={{ inlineSize: `${Math.round(option.share * 1000) / 10}%` }} />
                </div>
              </td>
              <td>{percent(option.unweighted, format.language)}</td>
            </tr>
          ))}
          {cell.mean ? (
            <tr>
              <th scope="row">{t('analysis.results.mean')}</th>
              <td>{format.mean(cell.mean)}</td>
              <td />
            </tr>
          ) : null}
        </tbody>
      </table>
      <p className="results-note">{t('analysis.results.base', { n: cell.n })}</p>
    </div>
  );
}

/** The figures of one group in a breakdown row: all answers in one line, or "–". */
function GroupFigures({ cell }: { cell: ResultCell }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cell.suppressed) return <span data-testid="suppressed">–</span>;
  const parts = cell.options.map(
    (option) => `${labelIn(option.label, format.language)}: ${format.share(option)}`,
  );
  if (cell.mean) parts.push(`${t('analysis.results.mean')}: ${format.mean(cell.mean)}`);
  return <>{parts.join('; ')}</>;
}

/** Breakdowns by district, age group and sex, built only when opened (60 questions × 14 groups). */
export function Breakdowns({ breakdowns, title }: { breakdowns: Breakdown[]; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('analysis.results.breakdowns')}</summary>
      {open
        ? breakdowns.map((breakdown) => (
            <div className="analysis-table-wrap" key={`${id}-${breakdown.variable}`}>
              <table className="analysis-table results-table">
                <caption>
                  {t('analysis.results.byVariable', {
                    title,
                    variable: t(`analysis.stratum.${breakdown.variable}`),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="results-col-answer">
                      {t(`analysis.stratum.${breakdown.variable}`)}
                    </th>
                    <th scope="col">{t('analysis.results.n')}</th>
                    <th scope="col">{t('analysis.results.figures')}</th>
                  </tr>
                </thead>
                <tbody>
                  {breakdown.groups.map((group) => (
                    <tr key={group.category}>
                      <th scope="row">{categoryLabel(t, breakdown.variable, group.category)}</th>
                      <td>{group.cell.suppressed ? '–' : group.cell.n}</td>
                      <td>
                        <GroupFigures cell={group.cell} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        : null}
    </details>
  );
}
