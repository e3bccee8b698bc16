import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { formatSessionTime } from './format';
import { trainingPaths } from './paths';
import { mineQuery } from './queries';

/** `/fortbildung/meine`: the signed-in member's registrations. */
export function MyRegistrationsPage() {
  const { t } = useTranslation();
  const query = useQuery(mineQuery);
  return (
    <Page title={t('training.mine.title')}>
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState text={t('training.mine.none')} />
      ) : null}
      <ul className="card-list">
        {query.data?.items.map((entry) => (
          <li key={entry.id}>
            <article className="card">
              <h2 className="card__title">
                <Link to={trainingPaths.registration(entry.token)}>{entry.offer.title}</Link>
              </h2>
              <p>{formatSessionTime(entry.session.startsAt, entry.session.endsAt)}</p>
              <p>
                {entry.status === 'waiting'
                  ? t('training.status.waiting', { position: entry.position })
                  : t(`training.status.${entry.status}`)}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </Page>
  );
}
