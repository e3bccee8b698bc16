import { endpoints } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { api, errorKey, isApiError } from '../../lib/api';
import { paths } from '../../lib/paths';
import { sessionQuery } from '../auth/session';

/**
 * The page behind the link in the address-change mail. The token travels in the URL fragment,
 * which browsers never send to a server or in a Referer.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (token: string) => api(endpoints.auth.confirmEmail, { body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
  const { mutate } = confirm;
  useEffect(() => {
    mutate(window.location.hash.slice(1));
  }, [mutate]);

  let content;
  if (confirm.isSuccess)
    content = <p role="status">{t('profile.email.confirmed', { email: confirm.data.email })}</p>;
  else if (isApiError(confirm.error, 'not_found') || isApiError(confirm.error, 'validation_failed'))
    content = <p role="alert">{t('profile.email.linkInvalid')}</p>;
  else if (confirm.error) content = <p role="alert">{t(errorKey(confirm.error))}</p>;
  else content = <LoadingState />;
  return (
    <PublicLayout>
      <Page title={t('profile.email.confirmTitle')}>
        {content}
        <p>
          <Link to={paths.home}>{t('profile.email.toApp')}</Link>
        </p>
      </Page>
    </PublicLayout>
  );
}
