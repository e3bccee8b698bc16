import { DaySchema, todayInSaxony, type Day } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { programmePaths } from '../paths';
import { figuresQuery, municipalitiesQuery, trendQuery } from '../queries';
import { useProgrammeLive } from '../useProgrammeLive';
import { AsOfControl } from './AsOfControl';
import { ExportLinks } from './ExportLinks';
import { FigureCards } from './FigureCards';
import { FundingOverview } from './FundingOverview';
import { MunicipalityTable } from './MunicipalityTable';
import { TrainingFiguresPanel } from '../../training/TrainingFiguresPanel';

// The chart library and the map's outline are loaded apart, so the figures show first.
const TrendChart = lazy(async () => ({ default: (await import('./TrendChart')).TrendChart }));
const ProgrammeMap = lazy(async () => ({
  default: (await import('../map/ProgrammeMap')).ProgrammeMap,
}));

/** The day in the address (`?stand=2022-12-31`), so a view can be bookmarked and shared. */
function useAsOf(): [Day, (day: Day) => void] {
  const [params, setParams] = useSearchParams();
  const requested = params.get('stand');
  const asOf = requested && DaySchema.safeParse(requested).success ? requested : todayInSaxony();
  return [
    asOf,
    (day) => setParams(day === todayInSaxony() ? {} : { stand: day }, { replace: true }),
  ];
}

/** The coordinators' dashboard: figures for a day, their trend, the map, tables, funding, exports. */
export function DashboardView() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useAsOf();
  useProgrammeLive();
  const figures = useQuery(figuresQuery(asOf));
  const municipalities = useQuery(municipalitiesQuery(asOf));
  const trend = useQuery(trendQuery(asOf));

  return (
    <div className="programme">
      <AsOfControl key={asOf} asOf={asOf} onChange={setAsOf} />
      <p className="programme__live">{t('programme.live')}</p>

      <section
        className="section"
        aria-labelledby="programme-figures"
        aria-busy={figures.isPlaceholderData}
      >
        <h2 id="programme-figures" className="section__title">
          {t('programme.figures.title')}
        </h2>
        {figures.isPending ? (
          <LoadingState />
        ) : figures.error ? (
          <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
        ) : (
          <FigureCards figures={figures.data} />
        )}
      </section>

      <section className="section" aria-labelledby="programme-trend">
        <h2 id="programme-trend" className="section__title">
          {t('programme.trend.title')}
        </h2>
        {trend.data ? (
          <Suspense fallback={<LoadingState />}>
            <TrendChart points={trend.data.points} />
          </Suspense>
        ) : trend.error ? (
          <ErrorState error={trend.error} />
        ) : (
          <LoadingState />
        )}
      </section>

      <section className="section" aria-labelledby="programme-map">
        <h2 id="programme-map" className="section__title">
          {t('programme.map.title')}
        </h2>
        {municipalities.data ? (
          <Suspense fallback={<LoadingState />}>
            <ProgrammeMap items={municipalities.data.items} asOf={asOf} />
          </Suspense>
        ) : municipalities.error ? (
          <ErrorState error={municipalities.error} />
        ) : (
          <LoadingState />
        )}
      </section>

      <section className="section" aria-labelledby="programme-table">
        <div className="programme__heading-row">
          <h2 id="programme-table" className="section__title">
            {t('programme.table.title')}
          </h2>
          <Link className="button button--secondary" to={programmePaths.newMunicipality}>
            {t('programme.table.add')}
          </Link>
        </div>
        {municipalities.data ? (
          <MunicipalityTable items={municipalities.data.items} asOf={asOf} />
        ) : null}
      </section>

      <section className="section" aria-labelledby="programme-funding">
        <h2 id="programme-funding" className="section__title">
          {t('programme.funding.title')}
        </h2>
        {figures.data ? <FundingOverview figures={figures.data} /> : null}
      </section>

      <TrainingFiguresPanel />

      <section className="section" aria-labelledby="programme-export">
        <h2 id="programme-export" className="section__title">
          {t('programme.export.title')}
        </h2>
        <ExportLinks asOf={asOf} />
      </section>
    </div>
  );
}
