import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TRIGGERS,
  endpoints,
  type NotificationPreferences,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api, errorKey } from '../../lib/api';
import { PersonName } from '../councils/components/PersonName';
import { formatDateTime } from '../projects/format';
import { preferencesQuery, useMarkRead, useNotifications } from './useNotifications';
import './notifications.css';
import { RadioGroup } from '../../ui/form/Field';

/** The person's notifications (newest first, unread marked) and how they want to be notified. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const listHeading = useId();
  const { data, error, isPending, refetch } = useNotifications();
  const markRead = useMarkRead();
  let content;
  if (isPending) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.items.length === 0) content = <EmptyState text={t('notifications.empty')} />;
  else
    content = (
      <ul className="notifications">
        {data.items.map((n) => (
          <li key={n.id} className={`notification${n.readAt ? '' : ' notification--unread'}`}>
            <p className="notification__title">
              {n.readAt ? null : <span className="badge">{t('notifications.unread')}</span>}{' '}
              <Link to={n.link} onClick={() => (n.readAt ? undefined : markRead.mutate([n.id]))}>
                {t(`notifications.trigger.${n.trigger}`, { title: n.title })}
              </Link>
            </p>
            <p className="muted">
              {n.actor ? <PersonName person={n.actor} /> : t('people.system')}
              {n.workspace ? ` · ${n.workspace.name}` : ''} ·{' '}
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
            </p>
            {n.excerpt ? <p className="user-text notification__excerpt">{n.excerpt}</p> : null}
            {n.readAt ? null : (
              <button type="button" className="link-button" onClick={() => markRead.mutate([n.id])}>
                {t('notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <Page title={t('notifications.title')}>
      <section className="section" aria-labelledby={listHeading}>
        <h2 id={listHeading} className="section__title">
          {t('notifications.listTitle', { count: data?.unread ?? 0 })}
        </h2>
        {data?.unread ? (
          <p>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
            >
              {t('notifications.markAllRead')}
            </button>
          </p>
        ) : null}
        {content}
      </section>
      <PreferencesForm />
    </Page>
  );
}

function PreferencesForm() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(preferencesQuery);
  const save = useMutation({
    mutationFn: (changes: Partial<NotificationPreferences>) =>
      api(endpoints.notifications.updatePreferences, { body: changes }),
    onSuccess: (preferences) => queryClient.setQueryData(preferencesQuery.queryKey, preferences),
  });
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section__title">
        {t('notifications.preferences.title')}
      </h2>
      <p className="field__hint">{t('notifications.preferences.intro')}</p>
      {isPending ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {save.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(save.error))}
        </p>
      ) : null}
      {data ? (
        <form className="form preferences" onSubmit={(event) => event.preventDefault()}>
          {NOTIFICATION_TRIGGERS.map((trigger) => (
            <RadioGroup
              key={trigger}
              id={`${id}-${trigger}`}
              name={`${id}-${trigger}`}
              className="fieldset preferences__row"
              label={t(`notifications.preferences.trigger.${trigger}`)}
              options={NOTIFICATION_CHANNELS.map((channel) => ({
                value: channel,
                label: t(`notifications.channel.${channel}`),
              }))}
              value={data[trigger]}
              onChange={(channel) => save.mutate({ [trigger]: channel })}
            />
          ))}
          <p className="form__status" role="status">
            {save.isSuccess ? t('notifications.preferences.saved') : ''}
          </p>
        </form>
      ) : null}
    </section>
  );
}
