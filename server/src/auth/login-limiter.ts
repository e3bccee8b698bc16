import { LIMITS } from '@pnetz/shared';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { RedisClient } from '../scale/redis';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Throttles password checks (login, accepting an invitation into an existing account) the way
 * rate-limiter-flexible's login guide does:
 * - consecutive failures per account and address: a short block for that pair only, reset by a
 *   success, so an attacker elsewhere never locks the owner out;
 * - failures per account per day, much higher: stops guessing spread over many addresses;
 * - failures per address per day: stops one address trying many accounts.
 *
 * Every attempt takes its points before the password is checked (an atomic increment in Redis or
 * memory), and a success gives them back. Checking first and counting afterwards would let
 * concurrent attempts all pass the check before any failure was counted.
 */
export class LoginLimiter {
  private readonly perPair: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  /**
   * With Redis the counts are shared by every instance; otherwise they live in this process.
   * `scope` keeps the counts of another use of the same limits apart (password reset: `reset`).
   */
  constructor(redis?: RedisClient, scope = 'login') {
    const limiter = (options: IRateLimiterOptions) =>
      redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true })
        : new RateLimiterMemory(options);
    this.perPair = limiter({
      keyPrefix: `${scope}-fails-account-ip`,
      points: LIMITS.loginConsecutiveFailures,
      duration: LIMITS.loginConsecutiveWindowSeconds,
      blockDuration: LIMITS.loginBlockSeconds,
    });
    this.perAccount = limiter({
      keyPrefix: `${scope}-fails-account-day`,
      points: LIMITS.loginFailuresPerAccountPerDay,
      duration: DAY_SECONDS,
      blockDuration: DAY_SECONDS,
    });
    this.perIp = limiter({
      keyPrefix: `${scope}-fails-ip-day`,
      points: LIMITS.loginFailuresPerIpPerDay,
      duration: DAY_SECONDS,
      blockDuration: DAY_SECONDS,
    });
  }

  /**
   * Runs one password check under the limits. Throws `rate_limited` (with the seconds to wait)
   * before checking when a limit is used up; otherwise resolves with the check's result.
   */
  async attempt(account: string, ip: string, check: () => Promise<boolean>): Promise<boolean> {
    const pair = `${account}|${ip}`;
    // In this order, so that attempts refused for one address do not use up the account's day.
    await take(this.perIp, ip);
    await take(this.perPair, pair);
    await take(this.perAccount, account);
    const valid = await check();
    if (valid) {
      await Promise.all([
        this.perPair.delete(pair),
        this.perAccount.reward(account, 1),
        this.perIp.reward(ip, 1),
      ]);
    }
    return valid;
  }

  /**
   * Lifts the consecutive-failure block of one account and address, once the owner proved
   * control of the account another way (a password reset through the mailed link).
   */
  async forgive(account: string, ip: string): Promise<void> {
    await this.perPair.delete(`${account}|${ip}`);
  }
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
