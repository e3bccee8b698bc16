import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { ExchangeNav } from '../ExchangeNav';
import { fieldOverviewQuery } from '../queries';
import { ReasonList } from './ReasonList';
import '../exchange.css';

/** `/austausch/handlungsfelder`: per Handlungsfeld, who works on it and who could learn from whom. */
export function FieldOverviewPage() {
  const { t } = useTranslation();
  const query = useQuery(fieldOverviewQuery);
  return (
    <Page title={t('matching.overview.title')} intro={t('matching.overview.intro')}>
      <ExchangeNav />
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState text={t('matching.overview.none')} />
      ) : null}
      {query.data?.items.map((overview) => (
        <section
          key={overview.field}
          className="section"
          aria-labelledby={`field-${overview.field}`}
        >
          <h2 id={`field-${overview.field}`} className="section__title">
            {t(`vocab.field.${overview.field}`)}
          </h2>
          <h3>{t('matching.overview.working')}</h3>
          <ul className="x-list">
            {overview.councils.map((council) => (
              <li key={council.id}>
                {council.name}
                <span className="x-muted">
                  {council.sizeClass ? ` · ${t(`matching.sizeClass.${council.sizeClass}`)}` : ''}
                  {council.experienced
                    ? ` · ${t('matching.overview.reports', { count: council.reports })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
          {overview.pairs.length > 0 ? (
            <>
              <h3>{t('matching.overview.pairs')}</h3>
              <ul className="x-list">
                {overview.pairs.map((pair) => (
                  <li key={`${pair.learner.id}-${pair.mentor.id}`}>
                    {t('matching.overview.pair', {
                      learner: pair.learner.name,
                      mentor: pair.mentor.name,
                    })}
                    <ReasonList reasons={pair.reasons} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </Page>
  );
}
