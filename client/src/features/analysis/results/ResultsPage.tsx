import { IdSchema, endpoints, type Results } from '@pnetz/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { apiBlob, errorKey, isApiError } from '../../../lib/api';
import { useCouncil } from '../../councils/useCouncil';
import { analysisPaths, analysisQuery, saveBlob } from '../manage/queries';
import { CellTable, Breakdowns } from './ResultTables';
import { WeightingSection } from './WeightingSection';
import { RecommendationsSection } from '../recommendations/RecommendationsSection';
import { CouncilComparisonSection } from '../transfer/CouncilComparisonSection';
import { TransferSection } from '../transfer/TransferSection';
import { WaveComparisonSection } from '../transfer/WaveComparisonSection';
import { categoryLabel, decimal, labelIn, percent } from './format';
import { resultsQuery } from './queries';
import '../manage/analysis.css';
import './results.css';

/** Return rates per district, age group and sex; small counts read "–". */
function ReturnsSection({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { returns } = results;
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.results.returns.title')}</h2>
      <p data-testid="returns">
        {t('analysis.results.returns.summary', {
          returned: returns.returned,
          sent: returns.sent,
          rate: returns.rate === null ? '–' : percent(returns.rate, i18n.language),
        })}
      </p>
      {returns.byMargin.map((margin) => (
        <div className="analysis-table-wrap" key={margin.variable}>
          <table className="analysis-table results-table">
            <caption>
              {t('analysis.results.returns.by', {
                variable: t(`analysis.stratum.${margin.variable}`),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="results-col-answer">
                  {t(`analysis.stratum.${margin.variable}`)}
                </th>
                <th scope="col">{t('analysis.results.returns.drawn')}</th>
                <th scope="col">{t('analysis.results.returns.returned')}</th>
                <th scope="col">{t('analysis.results.returns.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {margin.groups.map((group) => (
                <tr key={group.category}>
                  <th scope="row">{categoryLabel(t, margin.variable, group.category)}</th>
                  <td>{group.drawn}</td>
                  <td>{group.returned ?? '–'}</td>
                  <td>{group.rate === null ? '–' : percent(group.rate, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** The CSV downloads: the suppressed table for every reader, raw data and codebook for the team. */
function DownloadsSection({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const params = { id: results.analysisId };
  const language = i18n.language.startsWith('en') ? ('en' as const) : ('de' as const);
  const download = useMutation({
    mutationFn: async (what: 'table' | 'raw' | 'codebook') => {
      const blob = await apiBlob(endpoints.results[what], { params, query: { language } });
      const names = {
        table: 'sicherheitsanalyse-ergebnisse.csv',
        raw: 'sicherheitsanalyse-antworten.csv',
        codebook: 'sicherheitsanalyse-codebuch.csv',
      };
      saveBlob(blob, names[what]);
    },
  });
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.results.downloads.title')}</h2>
      {download.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(download.error))}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => download.mutate('table')}
        >
          {t('analysis.results.downloads.table')}
        </button>
        {results.permissions.manage ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => download.mutate('raw')}
            >
              {t('analysis.results.downloads.raw')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => download.mutate('codebook')}
            >
              {t('analysis.results.downloads.codebook')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}

function IndicesSection({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (results.indices.length === 0) return null;
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.results.indices.title')}</h2>
      <p>{t('analysis.results.indices.intro')}</p>
      {results.indices.map((index) => {
        const name = t(`analysis.results.scales.${index.scale}`, { defaultValue: index.scale });
        return (
          <div key={index.scale} className="results-question" data-testid={`index-${index.scale}`}>
            <h3>{name}</h3>
            <p>
              {t('analysis.results.indices.alpha', {
                alpha: index.alpha === null ? '–' : decimal(index.alpha, i18n.language),
              })}
              {index.warning ? (
                <strong className="results-warning">
                  {' '}
                  {t('analysis.results.indices.warning')}
                </strong>
              ) : null}
            </p>
            <p className="results-note">
              {t('analysis.results.indices.items', {
                items: index.items
                  .map((item) =>
                    item.reverse
                      ? `${item.name} (${t('analysis.results.indices.reversed')})`
                      : item.name,
                  )
                  .join(', '),
              })}
            </p>
            <CellTable cell={index.overall} caption={name} />
            <Breakdowns breakdowns={index.breakdowns} title={name} />
          </div>
        );
      })}
    </section>
  );
}

function QuestionsSection({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (results.questions.length === 0) return null;
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.results.questions')}</h2>
      {results.questions.map((question) => {
        const title = labelIn(question.title, i18n.language);
        return (
          <div key={question.name} className="results-question" data-testid={`q-${question.name}`}>
            <h3>{title}</h3>
            {question.kind === 'multiple' ? (
              <p className="results-note">{t('analysis.results.multiple')}</p>
            ) : null}
            <CellTable cell={question.overall} caption={title} />
            <Breakdowns breakdowns={question.breakdowns} title={title} />
          </div>
        );
      })}
    </section>
  );
}

/**
 * `/raete/:workspaceId/sicherheitsanalyse/:analysisId/ergebnisse`: the weighted results for
 * everyone who reads the analysis; the team also recomputes the weighting and downloads the data.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const { analysisId = '' } = useParams();
  const valid = IdSchema.safeParse(analysisId).success;
  const analysis = useQuery({ ...analysisQuery(analysisId), enabled: valid });
  const { data, error, isPending, refetch } = useQuery({
    ...resultsQuery(analysisId),
    enabled: valid,
  });
  if (!valid || isApiError(error, 'not_found')) return <NotFoundPage />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  const title = analysis.data
    ? t('analysis.results.titleOf', { title: analysis.data.title })
    : t('analysis.results.title');
  return (
    <Page title={title} intro={t('analysis.results.intro', { minimum: data.minimumCell })}>
      <p>
        <Link to={analysisPaths.detail(council.id, analysisId)}>{t('analysis.results.back')}</Link>
      </p>
      <WeightingSection key={data.run?.id ?? 'none'} results={data} />
      <ReturnsSection results={data} />
      {data.run ? <DownloadsSection results={data} /> : null}
      <IndicesSection results={data} />
      <QuestionsSection results={data} />
      {data.run ? <WaveComparisonSection analysisId={analysisId} /> : null}
      {data.run ? <CouncilComparisonSection analysisId={analysisId} /> : null}
      {data.run ? <RecommendationsSection results={data} councilId={council.id} /> : null}
      {data.run ? <TransferSection analysisId={analysisId} /> : null}
    </Page>
  );
}
