import { PasswordSchema, type InvitationPreview, type SessionUser } from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextField } from '../../ui/form/Field';
import { errorKey, isApiError } from '../../lib/api';
import { useLogout } from '../auth/mutations';
import { focusFirstInvalid } from '../../ui/form/field-errors';
import { councilPaths } from '../councils/paths';
import { useAcceptInvitation } from './queries';

type Mode = 'signedIn' | 'otherAccount' | 'existing' | 'new';
type Errors = Partial<Record<'name' | 'password' | 'repeat', string>>;

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

/** What the invitee has to enter depends on who they are: nothing, their password, or a new account. */
export function AcceptForm({
  token,
  preview,
  user,
}: {
  token: string;
  preview: InvitationPreview;
  user: SessionUser | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const accept = useAcceptInvitation(token);
  const logout = useLogout();
  const [errors, setErrors] = useState<Errors>({});
  const mode: Mode = user
    ? user.email === preview.email
      ? 'signedIn'
      : 'otherAccount'
    : preview.accountExists
      ? 'existing'
      : 'new';

  if (mode === 'otherAccount') {
    return (
      <div className="notice">
        <p>{t('accept.otherAccount', { current: user?.email, invited: preview.email })}</p>
        <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
          {t('userMenu.logout')}
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accept.isPending) return;
    const data = new FormData(event.currentTarget);
    const body = { name: text(data, 'name').trim(), password: text(data, 'password') };
    const found: Errors = {};
    if (mode === 'new') {
      if (!body.name) found.name = t('accept.errors.name');
      if (!PasswordSchema.safeParse(body.password).success)
        found.password = t('accept.errors.passwordRules');
      else if (body.password !== text(data, 'repeat')) found.repeat = t('accept.errors.repeat');
    }
    if (mode === 'existing' && !body.password) found.password = t('login.passwordRequired');
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const payload = mode === 'new' ? body : mode === 'existing' ? { password: body.password } : {};
    accept.mutate(payload, {
      onSuccess: (result) =>
        void navigate(councilPaths.home(result.workspaceId), { replace: true }),
    });
  };

  const failure = accept.error;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure ? (
        <p className="form__alert" role="alert">
          {isApiError(failure, 'invalid_credentials')
            ? t('accept.errors.wrongPassword')
            : t(errorKey(failure))}
        </p>
      ) : null}
      {mode === 'new' ? (
        <>
          <p>{t('accept.newAccount')}</p>
          <TextField
            id={`${id}-name`}
            name="name"
            label={t('accept.name')}
            autoComplete="name"
            required
            error={errors.name}
          />
          <TextField
            id={`${id}-password`}
            name="password"
            type="password"
            label={t('accept.newPassword')}
            autoComplete="new-password"
            required
            error={errors.password}
          />
          <p className="field__hint">{t('accept.passwordRules')}</p>
          <TextField
            id={`${id}-repeat`}
            name="repeat"
            type="password"
            label={t('accept.repeatPassword')}
            autoComplete="new-password"
            required
            error={errors.repeat}
          />
        </>
      ) : null}
      {mode === 'existing' ? (
        <>
          <p>{t('accept.existingAccount', { email: preview.email })}</p>
          <TextField
            id={`${id}-password`}
            name="password"
            type="password"
            label={t('login.password')}
            autoComplete="current-password"
            required
            error={errors.password}
          />
        </>
      ) : null}
      {mode === 'signedIn' ? <p>{t('accept.signedIn', { email: preview.email })}</p> : null}
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={accept.isPending}>
          {t(`accept.submit.${mode}`)}
        </button>
        {accept.isPending ? (
          <span className="form__progress" role="status">
            {t('accept.submitting')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
