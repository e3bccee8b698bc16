import {
  endpoints,
  LANGUAGES,
  LanguageSchema,
  PersonNameSchema,
  type SessionUser,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../ui/form/Field';
import { changeLanguage } from '../../i18n/language';
import { api, errorKey } from '../../lib/api';
import { setSessionUser } from '../auth/session';

export function ProfileForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [nameError, setNameError] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { name: string; language: SessionUser['language'] }) =>
      api(endpoints.auth.updateProfile, { body }),
    onSuccess: async (updated) => {
      setSessionUser(queryClient, updated);
      await changeLanguage(updated.language);
      setSaved(true);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = PersonNameSchema.safeParse(data.get('name'));
    const language = LanguageSchema.safeParse(data.get('language'));
    setSaved(false);
    setNameError(!name.success);
    if (!name.success) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    save.mutate({ name: name.data, language: language.success ? language.data : user.language });
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('profile.personal')}
      </h2>
      <form className="form" noValidate onSubmit={submit}>
        {save.error ? (
          <p className="form__alert" role="alert">
            {t(errorKey(save.error))}
          </p>
        ) : null}
        <TextField
          id={`${id}-name`}
          name="name"
          label={t('profile.name')}
          autoComplete="name"
          defaultValue={user.name}
          required
          error={nameError ? t('accept.errors.name') : undefined}
        />
        <Select
          id={`${id}-language`}
          name="language"
          label={t('language.label')}
          defaultValue={user.language}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={save.isPending}>
            {t('profile.save')}
          </button>
          <span role="status" className="form__progress">
            {saved ? t('profile.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
