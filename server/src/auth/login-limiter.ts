import { LIMITS } from '@pnetz/shared';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { RedisClient } from '../scale/redis';

/**
 * Limits failed logins per account and per IP. Successful logins reset the account's count;
 * the IP count only decays, so one address cannot try many accounts quickly.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  /** With Redis the counts are shared by every instance; otherwise they live in this process. */
  constructor(redis?: RedisClient) {
    const limiter = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix,
            points,
            duration: LIMITS.loginWindowSeconds,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration: LIMITS.loginWindowSeconds });
    this.perAccount = limiter('login-account', LIMITS.loginAttemptsPerAccount);
    this.perIp = limiter('login-ip', LIMITS.loginAttemptsPerIp);
  }

  /** Throws `rate_limited` while either counter is exhausted. */
  async check(account: string, ip: string): Promise<void> {
    const [byAccount, byIp] = await Promise.all([this.perAccount.get(account), this.perIp.get(ip)]);
    for (const [state, limit] of [
      [byAccount, LIMITS.loginAttemptsPerAccount],
      [byIp, LIMITS.loginAttemptsPerIp],
    ] as const) {
      if (state && state.consumedPoints >= limit) throw rateLimited(state.msBeforeNext / 1000);
    }
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.consume(account).catch(ignoreExhausted),
      this.perIp.consume(ip).catch(ignoreExhausted),
    ]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.perAccount.delete(account);
  }
}

function ignoreExhausted(error: unknown): void {
  if (!(error instanceof RateLimiterRes)) throw error;
}
