import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { formatDate } from '../../lib/format';
import { PersonName } from './components/PersonName';
import { activityQuery } from './queries';

/** Recent activity in the council (joins, departures, profile changes). */
export function ActivityList({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, isPending, refetch } = useQuery(activityQuery(workspaceId));
  let content;
  if (isPending) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.items.length === 0) content = <EmptyState text={t('council.home.activityEmpty')} />;
  else
    content = (
      <ul className="activity">
        {data.items.map((event) => (
          <li key={event.id}>
            <time dateTime={event.at}>{formatDate(event.at)}</time>{' '}
            <PersonName person={event.actor} /> – {t(`audit.action.${event.action}`)}
            {event.target?.type === 'user' &&
            event.target.id !== event.actor?.id &&
            !event.actor?.former ? (
              <>: {event.target.former ? <em>{t('people.former')}</em> : event.target.label}</>
            ) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('council.home.activityTitle')}
      </h2>
      {content}
    </section>
  );
}
