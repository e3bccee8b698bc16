import {
  readFigureRef,
  reportFigure,
  type FigureData,
  type FigureRow,
  type ReportFigureDisplay,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { labelIn } from '../results/format';
import { resultsQuery } from '../results/queries';
import { describeFigure, formatInterval, formatValue, groupLabel } from './figure-text';

/** Bar colours with at least 3:1 against white; the legend names every group. */
const COLOURS = ['#0072b2', '#c24e00', '#007a5a', '#5b3a9e', '#8a6100', '#b0457f', '#4a5666'];

function FigureChart({ data, language }: { data: FigureData; language: string }) {
  const { t } = useTranslation();
  const shown = data.rows.filter(
    (row): row is Extract<FigureRow, { suppressed: false }> => !row.suppressed,
  );
  const groups = shown.map((row) => groupLabel(t, data.ref, row));
  // One line per answer option (or the mean), one bar per group shown.
  const points = data.series.map((series, i): Record<string, string | number> => ({
    label: labelIn(series, language),
    ...Object.fromEntries(
      shown.map((row, g): [string, number] => [groups[g] ?? '', row.values[i]?.value ?? 0]),
    ),
  }));
  const height = 40 + points.length * Math.max(28, shown.length * 16 + 10);
  const format = (value: unknown) => formatValue(data, Number(value), language);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={points}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={data.measure === 'share' ? [0, 1] : [0, 'auto']}
          tickFormatter={format}
          stroke="#4a5666"
        />
        <YAxis type="category" dataKey="label" width={110} stroke="#4a5666" />
        {groups.length > 1 ? <Legend /> : null}
        {groups.map((group, g) => (
          <Bar
            key={group}
            dataKey={group}
            fill={COLOURS[g % COLOURS.length]}
            isAnimationActive={false}
            label={{ position: 'right', formatter: format, fontSize: 11, fill: '#1f2933' }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The values as a table: one row per answer option, one column per group ("–" suppressed). */
function FigureTable({ data, language }: { data: FigureData; language: string }) {
  const { t } = useTranslation();
  return (
    <table className="report-figure__table">
      <thead>
        <tr>
          <th scope="col">{t(`analysis.report.figure.series.${data.measure}`)}</th>
          {data.rows.map((row) => (
            <th scope="col" key={row.group}>
              {groupLabel(t, data.ref, row)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.series.map((series, i) => (
          <tr key={series.de}>
            <th scope="row">{labelIn(series, language)}</th>
            {data.rows.map((row) => {
              const value = row.suppressed ? null : row.values[i];
              return (
                <td key={row.group} data-testid={row.suppressed ? 'suppressed' : undefined}>
                  {row.suppressed ? (
                    <abbr title={t('analysis.report.figure.suppressed')}>–</abbr>
                  ) : value ? (
                    <>
                      {formatValue(data, value.value, language)}
                      <span className="report-figure__interval">
                        {formatInterval(data, value, language)}
                      </span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A figure block in the report: only its reference is stored; the numbers come from the newest
 * weighting run each time it is drawn, so a new run redraws it.
 */
export function FigureView({
  node,
  analysisId,
  display,
}: Pick<ReactNodeViewProps, 'node'> & { analysisId: string; display: ReportFigureDisplay }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ref = readFigureRef(node.attrs);
  const { data: results, isPending } = useQuery(resultsQuery(analysisId));
  const data = ref && results?.run ? reportFigure(results, ref) : null;
  const kind = t(`analysis.report.figure.kind.${display}`);
  const by =
    ref && ref.breakdown !== 'overall' ? t(`analysis.report.figure.by.${ref.breakdown}`) : '';
  const title = data ? labelIn(data.title, language) : (ref?.name ?? '');
  return (
    <NodeViewWrapper
      as="figure"
      className={`report-figure report-figure--${display}`}
      data-testid={`report-figure-${display}`}
      contentEditable={false}
    >
      <figcaption className="report-figure__caption">
        {kind}: {title}
        {by ? ` (${by})` : ''}
      </figcaption>
      {!data ? (
        <p className="report-figure__empty">
          {isPending ? t('analysis.report.figure.loading') : t('analysis.report.figure.noData')}
        </p>
      ) : (
        <>
          {display === 'chart' ? (
            <div
              className="report-figure__chart"
              role="img"
              aria-label={describeFigure(t, data, language)}
            >
              {/* The drawing is for the eye; the label above says all it shows. */}
              <div aria-hidden="true">
                <FigureChart data={data} language={language} />
              </div>
            </div>
          ) : null}
          <FigureTable data={data} language={language} />
          {data.rows.some((row) => row.suppressed) ? (
            <p className="report-figure__note">{t('analysis.report.figure.suppressedNote')}</p>
          ) : null}
        </>
      )}
    </NodeViewWrapper>
  );
}
