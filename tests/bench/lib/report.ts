import type { Row } from './context';
import { round } from './stats';

/** The better of the two baselines for this metric (lower, or higher for throughput), if any. */
export function betterBaseline(row: Row): number | null {
  const values = [row.ywebsocket, row.hocuspocus].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (values.length === 0) return null;
  return row.higherIsBetter ? Math.max(...values) : Math.min(...values);
}

/** Ours ÷ the better baseline; null where a ratio means nothing (reach, ratios, own load). */
export function betterRatio(row: Row): number | null {
  if (row.informational || row.unit === '×' || row.unit === '' || row.unit === '%') return null;
  const best = betterBaseline(row);
  return best !== null && best > 0 && Number.isFinite(row.ours) ? round(row.ours / best) : null;
}

/** Settles the verdict of rows whose target is a ratio to the better baseline. */
export function withVerdicts(rows: Row[]): Row[] {
  return rows.map((row) => {
    if (row.maxRatio === undefined) return row;
    const ratio = betterRatio(row);
    const bound = row.higherIsBetter ? `≥ ${row.maxRatio}×` : `≤ ${row.maxRatio}×`;
    const met =
      ratio === null ? null : row.higherIsBetter ? ratio >= row.maxRatio : ratio <= row.maxRatio;
    return {
      ...row,
      target: row.target ? `${row.target}; ${bound}` : bound,
      met: row.met === false ? false : met,
    };
  });
}

const ratio = (row: Row) => {
  const r = betterRatio(row);
  return r === null ? '–' : `${r}×`;
};
const verdict = (row: Row) =>
  row.met === undefined || row.met === null ? '' : row.met ? 'met' : 'MISSED';
const value = (n: number | null, unit: string) =>
  n === null || Number.isNaN(n) ? '–' : `${n}${unit && unit !== '×' ? ` ${unit}` : unit}`;

export function renderTable(rows: Row[]): string {
  const header = [
    'scenario',
    'case',
    'metric',
    'ours',
    'y-websocket',
    'hocuspocus',
    'ours/better',
    'target',
    '',
  ];
  const lines = rows.map((row) => [
    row.scenario,
    row.case,
    row.metric,
    value(row.ours, row.unit),
    value(row.ywebsocket, row.unit),
    value(row.hocuspocus, row.unit),
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
  meta: {
    date: string;
    machine: string;
    node: string;
    database: string;
    seconds: number;
    quick: boolean;
  },
  rows: Row[],
): string {
  const table = [
    `${meta.quick ? 'Quick run (`--quick`: small sizes, short windows)' : 'Run'} of ${meta.date.slice(0, 10)} on ${meta.machine}; Node ${meta.node}; ${meta.database}; ${meta.seconds} s in all.`,
    '',
    '| Scenario | Case | Metric | Ours | y-websocket | Hocuspocus | Ours ÷ better baseline | Target | |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.case} | ${row.metric} | ${value(row.ours, row.unit)} | ${value(row.ywebsocket, row.unit)} | ${value(row.hocuspocus, row.unit)} | ${ratio(row)} | ${row.target ?? ''} | ${verdict(row)} |`,
    ),
  ].join('\n');
  const section = `${START}\n${table}\n${END}`;
  if (current.includes(START) && current.includes(END)) {
    return current.replace(new RegExp(`${START}[\\s\\S]*${END}`), section);
  }
  return `# Benchmarks\n\n${section}\n`;
}
