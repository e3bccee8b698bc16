import { endpoints } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { exchangeKeys, feedQuery } from '../queries';
import { TextField } from '../../../ui/form/Field';

/**
 * The personal calendar feed: calendar apps cannot send the session cookie, so they subscribe
 * to a secret address. It can be replaced (the old one stops working) or switched off.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const feed = useQuery(feedQuery);
  const [copied, setCopied] = useState(false);
  const done = (data: unknown) => {
    queryClient.setQueryData(exchangeKeys.feed, data ?? { url: null, createdAt: null });
    setCopied(false);
  };
  const renew = useMutation({
    mutationFn: () => api(endpoints.meetings.createFeed),
    onSuccess: done,
  });
  const revoke = useMutation({
    mutationFn: () => api(endpoints.meetings.revokeFeed),
    onSuccess: () => done(null),
  });
  const url = feed.data?.url ?? null;
  const error = renew.error ?? revoke.error;

  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section className="section" aria-labelledby="feed-heading">
      <h2 id="feed-heading" className="section__title">
        {t('calendar.feed.title')}
      </h2>
      <p>{t('calendar.feed.intro')}</p>
      {error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(error))}
        </p>
      ) : null}
      {url ? (
        <>
          <TextField
            id={`${id}-url`}
            label={t('calendar.feed.address')}
            hint={t('calendar.feed.since', { date: formatDate(feed.data!.createdAt!) })}
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
          <div className="x-actions">
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('calendar.feed.copy')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => renew.mutate()}
            >
              {t('calendar.feed.renew')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => revoke.mutate()}
            >
              {t('calendar.feed.revoke')}
            </button>
          </div>
          <p role="status">{copied ? t('calendar.feed.copied') : ''}</p>
          <p className="x-hint">{t('calendar.feed.secret')}</p>
        </>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => renew.mutate()}
          aria-disabled={renew.isPending}
        >
          {t('calendar.feed.create')}
        </button>
      )}
    </section>
  );
}
