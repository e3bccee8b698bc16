import type { Row } from './context';
import { round } from './stats';

const ratio = (row: Row) =>
  row.baseline && row.baseline > 0 && row.unit !== '×' && row.unit !== ''
    ? `${round(row.ours / row.baseline)}×`
    : '–';
const verdict = (row: Row) =>
  row.met === undefined || row.met === null ? '' : row.met ? 'met' : 'MISSED';
const value = (n: number | null, unit: string) =>
  n === null || Number.isNaN(n) ? '–' : `${n}${unit && unit !== '×' ? ` ${unit}` : unit}`;

export function renderTable(rows: Row[]): string {
  const header = ['scenario', 'case', 'metric', 'ours', 'baseline', 'ours/baseline', 'target', ''];
  const lines = rows.map((row) => [
    row.scenario,
    row.case,
    row.metric,
    value(row.ours, row.unit),
    value(row.baseline, row.unit),
    ratio(row),
    row.target ?? '',
    verdict(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join(
    '\n',
  );
}

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

/** Replaces the generated results section of BENCHMARKS.md, keeping the hand-written analysis. */
export function renderMarkdown(
  current: string,
  meta: { date: string; machine: string; node: string; database: string; seconds: number },
  rows: Row[],
): string {
  const table = [
    `Run of ${meta.date.slice(0, 10)} on ${meta.machine}; Node ${meta.node}; ${meta.database}; ${meta.seconds} s in all.`,
    '',
    '| Scenario | Case | Metric | Ours | Baseline | Ours ÷ baseline | Target | |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.case} | ${row.metric} | ${value(row.ours, row.unit)} | ${value(row.baseline, row.unit)} | ${ratio(row)} | ${row.target ?? ''} | ${verdict(row)} |`,
    ),
  ].join('\n');
  const section = `${START}\n${table}\n${END}`;
  if (current.includes(START) && current.includes(END)) {
    return current.replace(new RegExp(`${START}[\\s\\S]*${END}`), section);
  }
  return `# Benchmarks\n\n${section}\n`;
}
