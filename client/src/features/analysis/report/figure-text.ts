import type { FigureData, FigureRow, FigureValue, ReportFigureRef } from '@pnetz/shared';
import type { TFunction } from 'i18next';
import { categoryLabel, decimal, labelIn, percent } from '../results/format';

/** A figure's value as the page shows it: a share in percent, a mean with two decimals. */
export function formatValue(data: FigureData, value: number, language: string): string {
  return data.measure === 'share' ? percent(value, language) : decimal(value, language);
}

export function formatInterval(data: FigureData, v: FigureValue, language: string): string {
  return `${formatValue(data, v.low, language)}–${formatValue(data, v.high, language)}`;
}

/** A row's group as people read it ("Alle Befragten", a district, "weiblich"). */
export function groupLabel(t: TFunction, ref: ReportFigureRef, row: FigureRow): string {
  return ref.breakdown === 'overall'
    ? t('analysis.report.figure.overall')
    : categoryLabel(t, ref.breakdown, row.group);
}

/**
 * The chart in words, for its alternative text: every group with every value, suppressed
 * groups named as such, so a screen reader user gets all the chart shows.
 */
export function describeFigure(t: TFunction, data: FigureData, language: string): string {
  const series = data.series.map((s) => labelIn(s, language));
  const rows = data.rows.map((row) => {
    const group = groupLabel(t, data.ref, row);
    if (row.suppressed) return t('analysis.report.figure.rowSuppressed', { group });
    const values = row.values
      .map((v, i) => (v ? `${series[i]} ${formatValue(data, v.value, language)}` : null))
      .filter((v) => v !== null)
      .join(', ');
    return `${group}: ${values}`;
  });
  return t('analysis.report.figure.alt', {
    title: labelIn(data.title, language),
    measure: t(`analysis.report.figure.measure.${data.measure}`),
    values: rows.join('; '),
  });
}
