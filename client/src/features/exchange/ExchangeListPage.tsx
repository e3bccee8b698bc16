import type { ExchangeSummary } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { ExchangeNav } from './ExchangeNav';
import { FieldBadges } from './FieldBadges';
import { formatDateTime } from './format';
import { exchangePaths } from './paths';
import { exchangesQuery } from './queries';
import './exchange.css';

function ExchangeCard({ exchange }: { exchange: ExchangeSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card x-card">
      <h3 className="card__title">
        <Link to={exchangePaths.exchange(exchange.id)}>{exchange.title}</Link>
      </h3>
      <FieldBadges fields={exchange.fieldsOfAction} />
      <p className="x-muted">
        {exchange.councils.length > 0
          ? t('exchange.councilsList', {
              names: exchange.councils.map((c) => c.municipality).join(', '),
            })
          : t('exchange.noCouncils')}
      </p>
      <p className="x-muted">
        {exchange.nextMeeting
          ? t('exchange.nextMeeting', {
              title: exchange.nextMeeting.title,
              date: formatDateTime(exchange.nextMeeting.startsAt),
            })
          : t('exchange.noNextMeeting')}
      </p>
      <p className="x-muted">
        {t(`exchange.visibility.${exchange.visibility}`)} ·{' '}
        {t(`exchange.access.${exchange.access}`)}
      </p>
    </article>
  );
}

function ExchangeGroup({ title, items }: { title: string; items: ExchangeSummary[] }) {
  if (items.length === 0) return null;
  return (
    <section className="section" aria-label={title}>
      <h2 className="section__title">{title}</h2>
      <ul className="card-list">
        {items.map((exchange) => (
          <li key={exchange.id}>
            <ExchangeCard exchange={exchange} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/austausch`: the exchanges one takes part in, then those open to the whole network. */
export function ExchangeListPage() {
  const { t } = useTranslation();
  const query = useQuery(exchangesQuery);
  return (
    <Page title={t('exchange.title')} intro={t('exchange.intro')}>
      <ExchangeNav />
      {query.data?.canCreate ? (
        <p className="x-actions">
          <Link className="button" to={exchangePaths.create}>
            {t('exchange.create')}
          </Link>
        </p>
      ) : null}
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState title={t('exchange.emptyTitle')} text={t('exchange.emptyText')} />
      ) : null}
      {query.data ? (
        <>
          <ExchangeGroup
            title={t('exchange.mine')}
            items={query.data.items.filter((e) => e.access !== 'read')}
          />
          <ExchangeGroup
            title={t('exchange.network')}
            items={query.data.items.filter((e) => e.access === 'read')}
          />
        </>
      ) : null}
    </Page>
  );
}
