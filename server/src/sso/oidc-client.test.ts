import { loadEnv } from '../env';
import { oidcSettings } from './oidc-client';

describe('single sign-on configuration', () => {
  it('is off without an issuer and needs client id and secret with one', () => {
    expect(oidcSettings(loadEnv({}))).toBeNull();
    expect(() => loadEnv({ OIDC_ISSUER: 'https://login.sachsen.example' })).toThrow(
      /OIDC_CLIENT_ID: is required when OIDC_ISSUER is set/,
    );
    const env = loadEnv({
      OIDC_ISSUER: 'https://login.sachsen.example',
      OIDC_CLIENT_ID: 'pnetz',
      OIDC_CLIENT_SECRET: 'geheim',
    });
    expect(oidcSettings(env)).toMatchObject({ clientId: 'pnetz', allowInsecure: false });
  });

  it('allows plain HTTP issuers only outside production', () => {
    const base = {
      OIDC_ISSUER: 'http://127.0.0.1:4000',
      OIDC_CLIENT_ID: 'x',
      OIDC_CLIENT_SECRET: 'y',
    };
    expect(oidcSettings(loadEnv({ ...base, NODE_ENV: 'test' }))?.allowInsecure).toBe(true);
    expect(() =>
      loadEnv({ ...base, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }),
    ).toThrow(/OIDC_ISSUER: must use https/);
  });

  it('checks the SMTP address', () => {
    expect(() => loadEnv({ SMTP_URL: 'mail.example:25' })).toThrow(
      /SMTP_URL: must start with smtp/,
    );
    expect(loadEnv({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example:465',
    );
  });
});
