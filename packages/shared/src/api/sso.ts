import { z } from 'zod';
import { endpoint } from './endpoint';

/**
 * Why a single sign-on attempt failed. The server redirects to `/anmelden?sso=<code>` and the
 * client shows `auth.sso.error.<code>`.
 */
export const SSO_ERRORS = [
  'failed',
  'email_unverified',
  'no_account',
  'account_mismatch',
  'unavailable',
] as const;
export const SsoErrorSchema = z.enum(SSO_ERRORS);
export type SsoError = z.infer<typeof SsoErrorSchema>;

export const AuthProvidersSchema = z.object({
  /** OpenID Connect sign-in, shown next to the password form when configured. */
  oidc: z.object({ enabled: z.boolean(), name: z.string().nullable() }),
});
export type AuthProviders = z.infer<typeof AuthProvidersSchema>;

/** A path inside the app to return to after signing in; never another site. */
export const ReturnPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path inside the app');

export const ssoEndpoints = {
  providers: endpoint({
    method: 'get',
    path: '/api/auth/providers',
    summary: 'Sign-in methods besides e-mail and password',
    tag: 'auth',
    auth: 'public',
    response: AuthProvidersSchema,
  }),
  oidcStart: endpoint({
    method: 'get',
    path: '/api/auth/oidc/start',
    summary: 'Redirects to the identity provider (authorization code flow with PKCE)',
    tag: 'auth',
    auth: 'public',
    query: z.object({ next: ReturnPathSchema.optional() }),
    response: null,
    status: 302,
  }),
  oidcCallback: endpoint({
    method: 'get',
    path: '/api/auth/oidc/callback',
    summary: "The identity provider's redirect back; signs in and redirects into the app",
    tag: 'auth',
    auth: 'public',
    response: null,
    status: 302,
  }),
};
