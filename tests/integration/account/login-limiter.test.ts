import { LIMITS } from '@pnetz/shared';
import { LoginLimiter } from '../../../server/src/auth/login-limiter';
import { AppError } from '../../../server/src/errors';
import { createLogger } from '../../../server/src/logger';
import { connectRedis, type RedisClient } from '../../../server/src/scale/redis';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { TestRedis } from '../../support/redis';
import { startTestServer, type TestServer } from '../../support/server';

const N = LIMITS.loginConsecutiveFailures;

let app: TestServer;
beforeAll(async () => {
  // Behind a proxy the client address comes from X-Forwarded-For, so tests can speak from several.
  app = await startTestServer({ TRUST_PROXY: 'true' });
});
afterAll(() => app.close());

function from(ip: string): ApiClient {
  const client = new ApiClient(app.url);
  client.agent.set('x-forwarded-for', ip);
  return client;
}

const attempt = (client: ApiClient, email: string, password: string) =>
  client.send('post', '/api/auth/login', { email, password });

describe('login limits', () => {
  it('20 wrong passwords from another address do not stop the owner signing in', async () => {
    const { email, password } = await createUser();
    const attacker = from('203.0.113.66');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await attempt(attacker, email, `Wrong-${i}-password`)).status);
    }
    expect(statuses.slice(0, N)).toEqual(Array(N).fill(401));
    expect(statuses.slice(N)).toEqual(Array(20 - N).fill(429));
    // The attacker's address stays blocked even with the right password.
    expect((await attempt(attacker, email, password)).status).toBe(429);

    const owner = from('198.51.100.7');
    const res = await attempt(owner, email, password);
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(email);
  });

  it(`the same address gets 429 with Retry-After after ${N} consecutive failures`, async () => {
    const { email, password } = await createUser();
    const client = from('198.51.100.20');
    for (let i = 0; i < N; i++) {
      expect((await attempt(client, email, `Wrong-${i}-password`)).status).toBe(401);
    }
    const blocked = await attempt(client, email, password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.id).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(LIMITS.loginBlockSeconds - 60);
  });

  it('a successful sign-in resets the consecutive failures', async () => {
    const { email, password } = await createUser();
    const client = from('198.51.100.30');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < N - 1; i++) {
        expect((await attempt(client, email, `Wrong-${i}-password`)).status).toBe(401);
      }
      const success = await attempt(client, email, password);
      expect(success.status).toBe(200);
      client.csrfToken = success.body.csrfToken;
    }
  });

  it(`20 concurrent wrong passwords from one address: exactly ${N} are checked`, async () => {
    const { email } = await createUser();
    const clients = Array.from({ length: 20 }, () => from('198.51.100.40'));
    const results = await Promise.all(
      clients.map((client, i) => attempt(client, email, `Wrong-${i}-password`)),
    );
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(N);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - N);
  });

  it('one address trying many accounts hits the per-address limit', async () => {
    const client = from('198.51.100.50');
    let firstRefusal = -1;
    for (let i = 0; i <= LIMITS.loginFailuresPerIpPerDay && firstRefusal < 0; i++) {
      const res = await attempt(client, `nobody-${i}@test.example`, 'Wrong-1-password');
      if (res.status === 429) firstRefusal = i;
      else expect(res.status).toBe(401);
    }
    expect(firstRefusal).toBe(LIMITS.loginFailuresPerIpPerDay);
  });
});

describe('login limits shared through Redis', () => {
  let redis: TestRedis;
  let clients: RedisClient[];
  beforeAll(async () => {
    redis = await TestRedis.start();
    const logger = createLogger('silent');
    clients = [await connectRedis(redis.url, logger), await connectRedis(redis.url, logger)];
  });
  afterAll(async () => {
    for (const client of clients) await client.quit();
    await redis.stop();
  });

  it(`two instances together check exactly ${N} of 20 concurrent wrong passwords`, async () => {
    const instances = clients.map((client) => new LoginLimiter(client));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        instances[i % 2]!.attempt('owner@test.example', '203.0.113.9', async () => false)
          .then(() => 'checked')
          .catch((error: unknown) =>
            error instanceof AppError && error.status === 429 ? 'refused' : 'failed',
          ),
      ),
    );
    expect(outcomes.filter((o) => o === 'checked')).toHaveLength(N);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(20 - N);
    // The owner, elsewhere, is checked as usual on either instance.
    await expect(
      instances[1]!.attempt('owner@test.example', '198.51.100.1', async () => true),
    ).resolves.toBe(true);
  });
});
