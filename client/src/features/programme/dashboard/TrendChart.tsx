import { TREND_SERIES, type TrendPoint, type TrendSeries } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { count, formatDay } from '../format';

/** Line colours with at least 3:1 against white; the legend names every line. */
const COLOURS: Record<TrendSeries, string> = {
  contacted: '#6b7280',
  advised: '#0072b2',
  closeCooperation: '#5b3a9e',
  councils: '#007a5a',
  agreements: '#c24e00',
  coaching: '#b0457f',
  analyses: '#8a6100',
};
const DASHES: Partial<Record<TrendSeries, string>> = { contacted: '4 3', closeCooperation: '8 3' };

const monthLabel = (day: string) => `${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The headline counts since the programme started, as a chart and as a table with the same data. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const label = (series: TrendSeries) => t(`programme.trend.series.${series}`);
  const last = points.at(-1);
  return (
    <figure className="programme-trend">
      <figcaption className="programme-trend__caption">
        {last
          ? t('programme.trend.caption', {
              date: formatDay(last.date),
              agreements: count(last.agreements),
              advised: count(last.advised),
            })
          : null}
      </figcaption>
      <div className="programme-trend__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart
            data={[...points]}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={monthLabel} minTickGap={24} stroke="#4a5666" />
            <YAxis allowDecimals={false} stroke="#4a5666" width={40} />
            <Tooltip
              labelFormatter={(value) => formatDay(String(value))}
              formatter={(value, name) => [value, label(name as TrendSeries)]}
            />
            <Legend formatter={(value: string) => label(value as TrendSeries)} />
            {TREND_SERIES.map((series) => (
              <Line
                key={series}
                type="stepAfter"
                dataKey={series}
                stroke={COLOURS[series]}
                strokeWidth={2}
                strokeDasharray={DASHES[series]}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="programme-trend__table">
        <summary>{t('programme.trend.table')}</summary>
        <div
          className="programme-table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('programme.trend.table')}
        >
          <table className="programme-table">
            <thead>
              <tr>
                <th scope="col">{t('programme.trend.date')}</th>
                {TREND_SERIES.map((series) => (
                  <th scope="col" key={series}>
                    {label(series)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.date} data-date={point.date}>
                  <th scope="row">{formatDay(point.date)}</th>
                  {TREND_SERIES.map((series) => (
                    <td key={series} data-series={series}>
                      {count(point[series])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
