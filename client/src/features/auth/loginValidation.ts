import { EmailSchema } from '@pnetz/shared';
import type { ApiRequestError } from '../../lib/api';

export type LoginField = 'email' | 'password';

/** i18n keys of the messages a login field can show. */
export type LoginFieldMessage =
  'login.emailRequired' | 'login.emailInvalid' | 'login.passwordRequired' | 'login.passwordInvalid';

export type LoginFieldErrors = Partial<Record<LoginField, LoginFieldMessage>>;

export const LOGIN_FIELDS: readonly LoginField[] = ['email', 'password'];

/** Checks before sending, with the contract's own e-mail rule. */
export function validateLogin(values: { email: string; password: string }): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  if (values.email.trim() === '') errors.email = 'login.emailRequired';
  else if (!EmailSchema.safeParse(values.email).success) errors.email = 'login.emailInvalid';
  if (values.password === '') errors.password = 'login.passwordRequired';
  return errors;
}

/** Field errors the server named (`body.email`, `body.password`), as our own messages. */
export function serverFieldErrors(error: ApiRequestError): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  for (const field of error.fields) {
    if (field.path === 'body.email') errors.email = 'login.emailInvalid';
    if (field.path === 'body.password') errors.password = 'login.passwordInvalid';
  }
  return errors;
}
