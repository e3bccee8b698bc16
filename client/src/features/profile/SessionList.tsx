import { endpoints, type AccountSession } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../lib/api';
import { formatDateTime } from '../admin/format';

export const accountSessionsKey = ['account-sessions'] as const;

/** "Firefox auf Windows", or as much of it as the browser told. */
function useDeviceName(): (session: AccountSession) => string {
  const { t } = useTranslation();
  return ({ browser, os }) =>
    browser && os
      ? t('profile.sessions.device', { browser, os })
      : (browser ?? os ?? t('profile.sessions.unknownDevice'));
}

/** The own signed-in sessions; any but the current one can be ended here. */
export function SessionList() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const deviceName = useDeviceName();
  const [status, setStatus] = useState('');
  const sessions = useQuery({
    queryKey: accountSessionsKey,
    queryFn: () => api(endpoints.auth.listSessions),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountSessionsKey });
  const endOne = useMutation({
    mutationFn: (session: AccountSession) =>
      api(endpoints.auth.endSession, { params: { id: session.id } }),
    onSuccess: async (_result, session) => {
      setStatus(t('profile.sessions.ended', { device: deviceName(session) }));
      await refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: () => api(endpoints.auth.endOtherSessions),
    onSuccess: async ({ ended }) => {
      setStatus(t('profile.sessions.endedOthers', { count: ended }));
      await refresh();
    },
  });

  const items = sessions.data?.items ?? [];
  const others = items.filter((session) => !session.current);
  const failure = endOne.error ?? endOthers.error ?? sessions.error;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('profile.sessions.title')}
      </h2>
      <p>{t('profile.sessions.intro')}</p>
      {failure ? (
        <p className="form__alert" role="alert">
          {t(errorKey(failure))}
        </p>
      ) : null}
      {sessions.isPending ? <p>{t('profile.sessions.loading')}</p> : null}
      <ul className="account-sessions" aria-label={t('profile.sessions.title')}>
        {items.map((session) => (
          <li key={session.id} className="account-sessions__item">
            <div>
              <strong>{deviceName(session)}</strong>
              {session.current ? (
                <span className="badge">{t('profile.sessions.current')}</span>
              ) : null}
              <p className="muted">
                {session.lastSeenAt
                  ? t('profile.sessions.lastSeen', { at: formatDateTime(session.lastSeenAt) })
                  : null}
              </p>
            </div>
            {session.current ? null : (
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('profile.sessions.endNamed', {
                  device: deviceName(session),
                  at: session.lastSeenAt ? formatDateTime(session.lastSeenAt) : '',
                })}
                aria-disabled={endOne.isPending}
                onClick={() => {
                  if (!endOne.isPending) endOne.mutate(session);
                }}
              >
                {t('profile.sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="form__actions">
        {others.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={endOthers.isPending}
            onClick={() => {
              if (!endOthers.isPending) endOthers.mutate();
            }}
          >
            {t('profile.sessions.endOthers')}
          </button>
        ) : null}
        <span role="status" className="form__progress">
          {status}
        </span>
      </div>
    </section>
  );
}
