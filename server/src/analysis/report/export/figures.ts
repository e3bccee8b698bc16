import {
  reportFigure,
  type FigureData,
  type Language,
  type ReportFigureDisplay,
  type ReportFigureRef,
  type Results,
} from '@pnetz/shared';
import type { Block } from '../../../plans/export/blocks';
import { categoryLabel, decimal, percent, type ReportLabels } from './labels';

/** One bar of a drawn chart: a value on the figure's scale and the largest value beside it. */
export interface Bar {
  label: string;
  value: number;
  max: number;
  text: string;
}

/** A figure block of the report as the exporters print it, with its numbers from the results. */
export interface PrintedFigure {
  type: 'figure';
  display: ReportFigureDisplay;
  /** "Abbildung 1: …" or "Tabelle 1: …". */
  caption: string;
  /** The figure in words: the alternative text of a chart, read aloud and printed below it. */
  description: string;
  /** The values as a table ("–" where suppressed); null when there are no results for it. */
  table: Extract<Block, { type: 'table' }> | null;
  /** Bars for a chart with one row or one series; other charts print their table. */
  bars: Bar[] | null;
}

const text = (value: string): Block[] => [{ type: 'paragraph', inlines: [{ text: value }] }];

function format(data: FigureData, value: number, language: Language): string {
  return data.measure === 'share' ? percent(value, language) : decimal(value, language);
}

function withInterval(
  data: FigureData,
  v: { value: number; low: number; high: number },
  language: Language,
) {
  return `${format(data, v.value, language)} (${format(data, v.low, language)}–${format(data, v.high, language)})`;
}

function rowLabel(data: FigureData, group: string, labels: ReportLabels): string {
  return categoryLabel(labels, data.ref.breakdown, group);
}

function describe(data: FigureData, labels: ReportLabels, language: Language, title: string) {
  const series = data.series.map((s) => (language === 'de' ? s.de : s.en));
  const rows = data.rows.map((row) => {
    const label = rowLabel(data, row.group, labels);
    if (row.suppressed) return `${label}: ${labels.suppressed}`;
    const values = row.values
      .map((v, i) => (v ? `${series[i]} ${format(data, v.value, language)}` : null))
      .filter((v) => v !== null);
    return `${label}: ${values.join(', ')}`;
  });
  const what = data.measure === 'share' ? labels.shares : labels.means;
  const by = data.ref.breakdown === 'overall' ? '' : `, ${labels.by[data.ref.breakdown]}`;
  return `${labels.chart} „${title}“ (${what}${by}). ${rows.join('; ')}.`;
}

function barsOf(data: FigureData, labels: ReportLabels, language: Language): Bar[] | null {
  const series = data.series.map((s) => (language === 'de' ? s.de : s.en));
  const entries: Array<{ label: string; value: number }> = [];
  if (data.rows.length === 1) {
    const [row] = data.rows;
    if (!row || row.suppressed) return null;
    row.values.forEach((v, i) => {
      if (v) entries.push({ label: series[i] ?? '', value: v.value });
    });
  } else if (data.series.length === 1) {
    for (const row of data.rows)
      if (!row.suppressed && row.values[0])
        entries.push({ label: rowLabel(data, row.group, labels), value: row.values[0].value });
  } else return null;
  if (entries.length === 0) return null;
  const max = data.measure === 'share' ? 1 : Math.max(...entries.map((e) => e.value));
  return entries.map((e) => ({ ...e, max, text: format(data, e.value, language) }));
}

/** The printed form of one figure block, numbered in its kind's sequence. */
export function printFigure(
  results: Results,
  ref: ReportFigureRef,
  display: ReportFigureDisplay,
  number: number,
  labels: ReportLabels,
  language: Language,
): PrintedFigure {
  const data = results.run ? reportFigure(results, ref) : null;
  const kind = display === 'chart' ? labels.figure : labels.table;
  if (!data)
    return {
      type: 'figure',
      display,
      caption: `${kind} ${number}: ${ref.name}`,
      description: labels.noRun,
      table: null,
      bars: null,
    };
  const title = language === 'de' ? data.title.de : data.title.en;
  const by = data.ref.breakdown === 'overall' ? '' : ` (${labels.by[data.ref.breakdown]})`;
  const series = data.series.map((s) => (language === 'de' ? s.de : s.en));
  const header = {
    header: true,
    cells: [labels.group[data.ref.breakdown], ...series, 'n'].flatMap((cell) => [text(cell)]),
  };
  const rows = data.rows.map((row) => ({
    header: false,
    cells: [
      text(rowLabel(data, row.group, labels)),
      ...(row.suppressed
        ? series.map(() => text('–'))
        : row.values.map((v) => text(v ? withInterval(data, v, language) : '–'))),
      text(row.suppressed ? '–' : String(row.n)),
    ],
  }));
  const suppressed = data.rows.some((row) => row.suppressed);
  return {
    type: 'figure',
    display,
    caption: `${kind} ${number}: ${title}${by}`,
    description:
      (display === 'chart' ? describe(data, labels, language, title) : '') +
      (suppressed ? `${display === 'chart' ? ' ' : ''}${labels.suppressedNote}` : ''),
    table: { type: 'table', rows: [header, ...rows] },
    bars: display === 'chart' ? barsOf(data, labels, language) : null,
  };
}
