import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextField } from '../../ui/form/Field';
import { errorKey, isApiError } from '../../lib/api';
import {
  LOGIN_FIELDS,
  serverFieldErrors,
  validateLogin,
  type LoginFieldErrors,
} from './loginValidation';
import { useLogin } from './mutations';

function textOf(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

function focusFirstInvalid(form: HTMLFormElement, errors: LoginFieldErrors): void {
  const first = LOGIN_FIELDS.find((field) => errors[field]);
  const element = first ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLInputElement) element.focus();
}

/** E-mail and password; after sign-in, continue to `next`. */
export function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useLogin();
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const form = event.currentTarget;
    const values = { email: textOf(form, 'email').trim(), password: textOf(form, 'password') };
    const errors = validateLogin(values);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      login.reset();
      focusFirstInvalid(form, errors);
      return;
    }
    login.mutate(values, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => {
        if (isApiError(error, 'validation_failed')) setFieldErrors(serverFieldErrors(error));
      },
    });
  };

  const error = login.error;
  let message: string | null = null;
  if (isApiError(error, 'rate_limited') && error.retryAfterSeconds !== null) {
    message = t('login.rateLimitedWait', { count: Math.ceil(error.retryAfterSeconds / 60) });
  } else if (error) {
    message = t(errorKey(error));
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {message ? (
        <div className="form__alert" role="alert">
          {message}
        </div>
      ) : null}
      <TextField
        id="login-email"
        name="email"
        type="email"
        label={t('login.email')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={fieldErrors.email ? t(fieldErrors.email) : undefined}
      />
      <TextField
        id="login-password"
        name="password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        error={fieldErrors.password ? t(fieldErrors.password) : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={login.isPending}>
          {t('login.submit')}
        </button>
        {login.isPending ? (
          <span className="form__progress" role="status">
            {t('login.submitting')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
