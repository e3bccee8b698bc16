import { EnvError, loadEnv, shouldSeedDemo } from './env';

describe('loadEnv', () => {
  it('fills defaults for development', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      EMBEDDED_DB: 'auto',
      TRUST_PROXY: false,
    });
    expect(env.MONGODB_URI).toBeUndefined();
    expect(shouldSeedDemo(env)).toBe(true);
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadEnv({ PORT: 'achtzig' })).toThrow(EnvError);
    expect(() => loadEnv({ PORT: 'achtzig' })).toThrow(/PORT/);
    expect(() => loadEnv({ MONGODB_URI: 'postgres://x' })).toThrow(
      /MONGODB_URI: must start with mongodb/,
    );
  });

  it('requires a session secret in production and does not seed there unless asked', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET: is required in production/,
    );
    const secret = 's'.repeat(32);
    expect(shouldSeedDemo(loadEnv({ NODE_ENV: 'production', SESSION_SECRET: secret }))).toBe(false);
    expect(
      shouldSeedDemo(loadEnv({ NODE_ENV: 'production', SESSION_SECRET: secret, SEED_DEMO: '1' })),
    ).toBe(true);
  });
});
