import { endpoints, type DeleteAccountBody } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../ui/form/Field';
import { api, errorKey, isApiError } from '../../lib/api';
import { endSession } from '../auth/session';

/**
 * Deleting the own account asks for the password; accounts that only use single sign-on confirm
 * with their e-mail address instead (the server says which when the password is missing).
 */
export function DeleteAccount({ email }: { email: string }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<DeleteAccountBody | null>(null);
  const [byEmail, setByEmail] = useState(false);
  const [missing, setMissing] = useState(false);
  const remove = useMutation({
    mutationFn: (body: DeleteAccountBody) => api(endpoints.privacy.deleteAccount, { body }),
    onSuccess: () => endSession(queryClient),
    onError: (error) => {
      if (
        isApiError(error, 'validation_failed') &&
        error.fields.some((field) => field.path === 'body.confirmEmail')
      )
        setByEmail(true);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('confirmation');
    const entered = typeof value === 'string' ? value : '';
    setMissing(entered === '');
    if (entered === '') return;
    setConfirming(byEmail ? { confirmEmail: entered } : { password: entered });
  };

  const failure = remove.error;
  const wrongPassword =
    isApiError(failure, 'validation_failed') &&
    failure.fields.some((field) => field.path === 'body.password');
  return (
    <section className="section danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('profile.deleteTitle')}
      </h2>
      <p>{t('profile.deleteText')}</p>
      <form className="form" noValidate onSubmit={submit}>
        {failure && !wrongPassword ? (
          <p className="form__alert" role="alert">
            {isApiError(failure, 'last_admin')
              ? t('profile.deleteLastAdmin')
              : byEmail
                ? t('profile.deleteByEmail', { email })
                : t(errorKey(failure))}
          </p>
        ) : null}
        <TextField
          id={`${id}-confirmation`}
          name="confirmation"
          type={byEmail ? 'email' : 'password'}
          label={byEmail ? t('profile.confirmEmail') : t('profile.confirmPassword')}
          autoComplete={byEmail ? 'off' : 'current-password'}
          required
          error={
            wrongPassword
              ? t('profile.wrongPassword')
              : missing
                ? t('profile.confirmationRequired')
                : undefined
          }
        />
        <div className="form__actions">
          <button type="submit" className="button button--danger" aria-disabled={remove.isPending}>
            {t('profile.deleteButton')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('profile.deleteConfirmTitle')}
        text={t('profile.deleteConfirmText')}
        confirmLabel={t('profile.deleteButton')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const body = confirming;
          setConfirming(null);
          if (body) remove.mutate(body);
        }}
      />
    </section>
  );
}
