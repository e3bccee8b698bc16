import { EmailSchema, endpoints } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/form/Field';
import { api, errorKey, isApiError } from '../../lib/api';

type Field = 'email' | 'password';

/** Asks for a new address; it counts once the person opens the link mailed to it. */
export function EmailForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api(endpoints.auth.changeEmail, { body }),
    onSuccess: (_result, body) => setSentTo(body.email),
    onError: (error) => {
      if (!isApiError(error, 'validation_failed') && !isApiError(error, 'conflict')) return;
      const next: Partial<Record<Field, string>> = {};
      for (const field of error.fields) {
        if (field.path === 'body.password')
          next.password =
            field.message === 'is required'
              ? t('profile.email.passwordRequired')
              : t('profile.email.wrongPassword');
        if (field.path === 'body.email')
          next.email = isApiError(error, 'conflict')
            ? t('profile.email.taken')
            : t('profile.email.same');
      }
      setErrors(next);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const address = EmailSchema.safeParse(data.get('email'));
    const password = data.get('password');
    setSentTo(null);
    if (!address.success) {
      setErrors({ email: t('profile.email.invalid') });
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    setErrors({});
    request.mutate({
      email: address.data,
      password: typeof password === 'string' ? password : '',
    });
  };

  const failure =
    request.error &&
    !isApiError(request.error, 'validation_failed') &&
    !isApiError(request.error, 'conflict')
      ? request.error
      : null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('profile.email.title')}
      </h2>
      <p>{t('profile.email.intro', { email })}</p>
      <form className="form" noValidate onSubmit={submit}>
        {failure ? (
          <p className="form__alert" role="alert">
            {t(errorKey(failure))}
          </p>
        ) : null}
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          label={t('profile.email.new')}
          autoComplete="email"
          required
          error={errors.email}
        />
        <TextField
          id={`${id}-password`}
          name="password"
          type="password"
          label={t('profile.email.password')}
          autoComplete="current-password"
          error={errors.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={request.isPending}>
            {t('profile.email.save')}
          </button>
          <span role="status" className="form__progress">
            {sentTo ? t('profile.email.sent', { email: sentTo }) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
