import { endpoints } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { api, errorKey, isApiError } from '../../lib/api';
import { paths } from '../../lib/paths';
import { FormError } from '../../ui/form/Field';
import { NewPasswordFields, newPasswordProblems } from '../auth/NewPasswordFields';
import { focusOnMount } from './focus';
import './password-reset.css';

type Field = 'newPassword' | 'repeat';

/**
 * The page behind the link in the reset mail. The token travels in the URL fragment, which
 * browsers never send to a server or in a Referer.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const id = useId();
  const [token] = useState(() => window.location.hash.slice(1));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      api(endpoints.auth.resetPassword, { body: { token, newPassword } }),
    onError: (error) => {
      if (!isApiError(error, 'validation_failed')) return;
      if (error.fields.some((field) => field.path === 'body.newPassword')) {
        setErrors({ newPassword: t('passwordReset.rules') });
        document.getElementById(`${id}-newPassword`)?.focus();
      }
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const data = new FormData(event.currentTarget);
    const value = (name: Field) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const problems = newPasswordProblems(value('newPassword'), value('repeat'));
    const next: Partial<Record<Field, string>> = {};
    if (problems.newPassword) next.newPassword = t('passwordReset.rules');
    if (problems.repeat) next.repeat = t('passwordReset.mismatch');
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    reset.mutate(value('newPassword'));
  };

  const linkBroken =
    isApiError(reset.error, 'not_found') ||
    (isApiError(reset.error, 'validation_failed') &&
      reset.error.fields.some((field) => field.path === 'body.token'));
  let alert: string | null = null;
  if (linkBroken) alert = t('passwordReset.linkInvalid');
  else if (isApiError(reset.error, 'rate_limited') && reset.error.retryAfterSeconds !== null)
    alert = t('passwordReset.rateLimitedWait', {
      count: Math.ceil(reset.error.retryAfterSeconds / 60),
    });
  else if (reset.error && !isApiError(reset.error, 'validation_failed'))
    alert = t(errorKey(reset.error));

  return (
    <PublicLayout>
      <Page title={t('passwordReset.resetTitle')} intro={t('passwordReset.resetIntro')}>
        {reset.isSuccess ? (
          <>
            <p ref={focusOnMount} tabIndex={-1} role="status" className="password-reset__done">
              {t('passwordReset.done')}
            </p>
            <p>
              <Link to={paths.login}>{t('passwordReset.toLogin')}</Link>
            </p>
          </>
        ) : (
          <>
            <form className="form" noValidate onSubmit={submit}>
              <FormError>{alert}</FormError>
              <NewPasswordFields
                idPrefix={id}
                labels={{ newPassword: t('passwordReset.new'), repeat: t('passwordReset.repeat') }}
                errors={errors}
              />
              <div className="form__actions">
                <button type="submit" className="button" aria-disabled={reset.isPending}>
                  {t('passwordReset.save')}
                </button>
              </div>
            </form>
            <p>
              {linkBroken ? (
                <Link to={paths.forgotPassword}>{t('passwordReset.requestAgain')}</Link>
              ) : (
                <Link to={paths.login}>{t('passwordReset.toLogin')}</Link>
              )}
            </p>
          </>
        )}
      </Page>
    </PublicLayout>
  );
}
