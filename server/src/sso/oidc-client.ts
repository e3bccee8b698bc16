import * as oidc from 'openid-client';
import type { Env } from '../env';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Plain-HTTP issuers are only for local test providers; production requires https (env.ts). */
  allowInsecure: boolean;
}

export function oidcSettings(env: Env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    allowInsecure: env.NODE_ENV !== 'production' && env.OIDC_ISSUER.startsWith('http://'),
  };
}

/** What the browser's session remembers between the redirect to the provider and back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/**
 * The OpenID Connect relying party: authorization code flow with PKCE, state and nonce. The
 * provider's metadata is discovered on first use (and again after a failure), so the app starts
 * even while the provider is down.
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  private config(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        oidc.ClientSecretPost(this.settings.clientSecret),
        this.settings.allowInsecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL and what to remember for the callback. */
  async start(redirectUri: string, next: string): Promise<{ url: string; pending: PendingLogin }> {
    const config = await this.config();
    const pending: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      next,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code (checking state, nonce, PKCE and the ID token) and returns who signed in. */
  async finish(callbackUrl: URL, pending: PendingLogin): Promise<VerifiedIdentity> {
    const config = await this.config();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider returned no ID token');
    let profile: Record<string, unknown> = claims;
    if (typeof claims.email !== 'string') {
      // Some providers put the address only into the UserInfo response.
      profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) };
    }
    return {
      issuer: config.serverMetadata().issuer,
      subject: claims.sub,
      email: typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : null,
      emailVerified: profile.email_verified === true,
      name: typeof profile.name === 'string' ? profile.name : null,
    };
  }
}
