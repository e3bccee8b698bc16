import { endpoints, SsoErrorSchema } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import './sso.css';

const providersQuery = {
  queryKey: ['auth', 'providers'],
  queryFn: ({ signal }: { signal: AbortSignal }) => api(endpoints.sso.providers, { signal }),
  staleTime: Infinity,
};

/**
 * Single sign-on next to the password form, when the platform has it configured. The sign-on is
 * a full-page redirect to the identity provider, so this is a plain link, not a request.
 */
export function SsoLogin({ next, error }: { next: string; error: string | null }) {
  const { t } = useTranslation();
  const { data } = useQuery(providersQuery);
  const failure = SsoErrorSchema.safeParse(error);
  return (
    <>
      {failure.success ? (
        <div className="form__alert sso-error" role="alert">
          {t(`sso.error.${failure.data}`)}
        </div>
      ) : null}
      {data?.oidc.enabled ? (
        <div className="sso">
          <p className="sso__or">{t('sso.or')}</p>
          <a
            className="button button--secondary sso__button"
            href={`${endpoints.sso.oidcStart.path}?${new URLSearchParams({ next }).toString()}`}
          >
            {t('sso.button', { name: data.oidc.name })}
          </a>
        </div>
      ) : null}
    </>
  );
}
