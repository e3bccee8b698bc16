import { endpoints } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/form/Field';
import { api, errorKey, isApiError } from '../../lib/api';
import { NewPasswordFields, newPasswordProblems } from '../auth/NewPasswordFields';
import { accountSessionsKey } from './SessionList';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

/** Changes the own password; the server then ends every other session of the account. */
export function PasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api(endpoints.auth.changePassword, { body }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: accountSessionsKey });
    },
    onError: (error) => {
      if (!isApiError(error, 'validation_failed')) return;
      const next: Partial<Record<Field, string>> = {};
      for (const field of error.fields) {
        if (field.path === 'body.currentPassword')
          next.currentPassword = t('profile.password.wrong');
        if (field.path === 'body.newPassword') next.newPassword = t('profile.password.rules');
      }
      setErrors(next);
      const first = Object.keys(next)[0];
      if (first) document.getElementById(`${id}-${first}`)?.focus();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: Field) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const next: Partial<Record<Field, string>> = {};
    if (!value('currentPassword')) next.currentPassword = t('profile.password.currentRequired');
    const problems = newPasswordProblems(value('newPassword'), value('repeat'));
    if (problems.newPassword) next.newPassword = t('profile.password.rules');
    if (problems.repeat) next.repeat = t('profile.password.mismatch');
    setSaved(false);
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    change.mutate(
      { currentPassword: value('currentPassword'), newPassword: value('newPassword') },
      { onSuccess: () => form.reset() },
    );
  };

  const failure =
    change.error && !isApiError(change.error, 'validation_failed') ? change.error : null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('profile.password.title')}
      </h2>
      <p>{t('profile.password.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        {failure ? (
          <p className="form__alert" role="alert">
            {t(errorKey(failure))}
          </p>
        ) : null}
        <TextField
          id={`${id}-currentPassword`}
          name="currentPassword"
          type="password"
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          error={errors.currentPassword}
        />
        <NewPasswordFields
          idPrefix={id}
          labels={{ newPassword: t('profile.password.new'), repeat: t('profile.password.repeat') }}
          errors={errors}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={change.isPending}>
            {t('profile.password.save')}
          </button>
          <span role="status" className="form__progress">
            {saved ? t('profile.password.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
