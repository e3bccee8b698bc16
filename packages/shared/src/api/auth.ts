import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { LIMITS } from '../limits';
import { LanguageSchema, PlatformRoleSchema } from '../vocab';
import { endpoint } from './endpoint';
import { plain } from '../text';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.emailMaxLength)
  .pipe(z.email('must be an e-mail address'))
  // The document describes what is accepted: the same address pattern the check uses.
  .meta({ format: 'email', pattern: z.regexes.email.source });

/**
 * Password rules: at least 10 characters, with letters and at least one digit or symbol.
 * Length matters more than composition; the upper bound keeps hashing cheap for attackers' input.
 */
export const PasswordSchema = z
  .string()
  .min(LIMITS.passwordMinLength, `must have at least ${LIMITS.passwordMinLength} characters`)
  .max(LIMITS.passwordMaxLength)
  .regex(/\p{L}/u, 'must contain a letter')
  .regex(/[^\p{L}]/u, 'must contain a digit or a symbol');

/** A person's name: plain text, like every user-entered title and name. */
export const PersonNameSchema = plain(z.string().trim().min(1).max(LIMITS.nameMaxLength));

export const SessionUserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  platformRoles: z.array(PlatformRoleSchema),
  language: LanguageSchema,
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionStateSchema = z.object({
  user: SessionUserSchema.nullable(),
  /** Token to send as `x-csrf-token` with every state-changing request. */
  csrfToken: z.string(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const LoginBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMaxLength),
  newPassword: PasswordSchema,
});

export const UpdateProfileBodySchema = z
  .object({
    name: PersonNameSchema.optional(),
    language: LanguageSchema.optional(),
  })
  .strict();

/**
 * One signed-in session of the own account (a browser on a device). `id` is an opaque handle,
 * not the session cookie; `browser` and `os` are read from the user agent (null when unknown).
 */
export const AccountSessionSchema = z.object({
  id: z.string(),
  browser: z.string().nullable(),
  os: z.string().nullable(),
  signedInAt: TimestampSchema.nullable(),
  lastSeenAt: TimestampSchema.nullable(),
  /** The session this request came from. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof AccountSessionSchema>;

export const SessionHandleParamsSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/, 'must be a session handle'),
});

/** A new e-mail address: it takes effect once confirmed through a link sent to it. */
export const ChangeEmailBodySchema = z
  .object({
    email: EmailSchema,
    /** The current password, for accounts that have one. */
    password: z.string().max(LIMITS.passwordMaxLength).optional(),
  })
  .strict();
export type ChangeEmailBody = z.input<typeof ChangeEmailBodySchema>;

export const ConfirmEmailBodySchema = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a confirmation token') })
  .strict();

/** Asks for a link to set a new password; the answer is the same whether the address exists. */
export const RequestPasswordResetBodySchema = z.object({ email: EmailSchema }).strict();

/** A new password set with the single-use token from the reset mail. */
export const ResetPasswordBodySchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a reset token'),
    newPassword: PasswordSchema,
  })
  .strict();
export type ResetPasswordBody = z.input<typeof ResetPasswordBodySchema>;

export const authEndpoints = {
  session: endpoint({
    method: 'get',
    path: '/api/auth/session',
    summary: 'Current session: the signed-in user (or null) and a CSRF token',
    tag: 'auth',
    auth: 'public',
    response: SessionStateSchema,
  }),
  login: endpoint({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with e-mail and password',
    tag: 'auth',
    auth: 'public',
    body: LoginBodySchema,
    response: SessionStateSchema,
    errors: [401, 429],
  }),
  logout: endpoint({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out; open sockets of this session are disconnected',
    tag: 'auth',
    auth: 'user',
    response: null,
  }),
  changePassword: endpoint({
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change the own password',
    tag: 'auth',
    auth: 'user',
    body: ChangePasswordBodySchema,
    response: null,
  }),
  updateProfile: endpoint({
    method: 'patch',
    path: '/api/me',
    summary: 'Update the own name or language',
    tag: 'auth',
    auth: 'user',
    body: UpdateProfileBodySchema,
    response: SessionUserSchema,
  }),
  listSessions: endpoint({
    method: 'get',
    path: '/api/me/sessions',
    summary: 'The own signed-in sessions (device, last seen), the current one marked',
    tag: 'auth',
    auth: 'user',
    response: z.object({ items: z.array(AccountSessionSchema) }),
  }),
  endSession: endpoint({
    method: 'delete',
    path: '/api/me/sessions/:id',
    summary: 'End one own session; its open sockets are disconnected',
    tag: 'auth',
    auth: 'user',
    params: SessionHandleParamsSchema,
    response: null,
  }),
  endOtherSessions: endpoint({
    method: 'delete',
    path: '/api/me/sessions',
    summary: 'End every own session but the current one',
    tag: 'auth',
    auth: 'user',
    response: z.object({ ended: z.number().int().nonnegative() }),
  }),
  changeEmail: endpoint({
    method: 'post',
    path: '/api/me/email',
    summary: 'Ask to change the own e-mail address; a confirmation link goes to the new one',
    tag: 'auth',
    auth: 'user',
    body: ChangeEmailBodySchema,
    response: null,
    status: 202,
  }),
  confirmEmail: endpoint({
    method: 'post',
    path: '/api/auth/email/confirm',
    summary: 'Confirm a new e-mail address with the token from the confirmation mail',
    tag: 'auth',
    auth: 'public',
    body: ConfirmEmailBodySchema,
    response: z.object({ email: z.string() }),
    errors: [404],
  }),
  requestPasswordReset: endpoint({
    method: 'post',
    path: '/api/auth/password-reset',
    summary:
      'Ask for a password reset link by mail; answers alike whether an account has the address',
    tag: 'auth',
    auth: 'public',
    body: RequestPasswordResetBodySchema,
    response: null,
    status: 202,
    errors: [429],
  }),
  resetPassword: endpoint({
    method: 'post',
    path: '/api/auth/password-reset/confirm',
    summary: 'Set a new password with the token from the reset mail; ends every session',
    tag: 'auth',
    auth: 'public',
    body: ResetPasswordBodySchema,
    response: null,
    errors: [404, 429],
  }),
};
