import { z } from 'zod';
import { IdSchema } from '../common';
import { LIMITS } from '../limits';
import { LanguageSchema, PlatformRoleSchema } from '../vocab';
import { endpoint } from './endpoint';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.emailMaxLength)
  .pipe(z.email('must be an e-mail address'));

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

export const PersonNameSchema = z.string().trim().min(1).max(LIMITS.nameMaxLength);

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
};
