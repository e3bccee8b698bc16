import { EmailSchema, endpoints } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { TextField } from '../../ui/form/Field';
import { api, errorKey, isApiError } from '../../lib/api';
import { paths } from '../../lib/paths';
import { focusOnMount } from './focus';
import './password-reset.css';

/**
 * "Passwort vergessen?": asks for a reset link. The page says the same whether or not an account
 * has the address, as the server does.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const request = useMutation({
    mutationFn: (email: string) => api(endpoints.auth.requestPasswordReset, { body: { email } }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const input = event.currentTarget.elements.namedItem('email');
    const email = input instanceof HTMLInputElement ? input.value.trim() : '';
    let message: string | undefined;
    if (email === '') message = t('login.emailRequired');
    else if (!EmailSchema.safeParse(email).success) message = t('login.emailInvalid');
    setError(message);
    if (message) {
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    request.mutate(email);
  };

  let alert: string | null = null;
  if (isApiError(request.error, 'rate_limited') && request.error.retryAfterSeconds !== null) {
    alert = t('passwordReset.rateLimitedWait', {
      count: Math.ceil(request.error.retryAfterSeconds / 60),
    });
  } else if (request.error) {
    alert = t(errorKey(request.error));
  }

  return (
    <PublicLayout>
      <Page title={t('passwordReset.forgotTitle')} intro={t('passwordReset.forgotIntro')}>
        {request.isSuccess ? (
          <p ref={focusOnMount} tabIndex={-1} role="status" className="password-reset__done">
            {t('passwordReset.sent', { email: request.variables })}
          </p>
        ) : (
          <form className="form" noValidate onSubmit={submit}>
            {alert ? (
              <div className="form__alert" role="alert">
                {alert}
              </div>
            ) : null}
            <TextField
              id="reset-email"
              name="email"
              type="email"
              label={t('login.email')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              error={error}
            />
            <div className="form__actions">
              <button type="submit" className="button" aria-disabled={request.isPending}>
                {t('passwordReset.send')}
              </button>
            </div>
          </form>
        )}
        <p>
          <Link to={paths.login}>{t('passwordReset.toLogin')}</Link>
        </p>
      </Page>
    </PublicLayout>
  );
}
