import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { RedisClient } from '../scale/redis';

/** Requests of the public answering page allowed per code and window. */
export const CODE_REQUESTS_PER_WINDOW = 120;
/** Unknown or forged codes one network address may try per window before it is refused. */
export const FAILED_CODES_PER_ADDRESS = 20;
const WINDOW_SECONDS = 15 * 60;

/**
 * Rate limits of the public answering page: every request counts against its code (so one code
 * cannot be hammered), and every unknown or forged code counts against the network address (so
 * codes cannot be guessed). The address is only a counter key and is never stored with answers.
 */
export class SurveyLimiter {
  private readonly perCode: RateLimiterAbstract;
  private readonly failuresPerAddress: RateLimiterAbstract;

  constructor(redis?: RedisClient) {
    const limiter = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix,
            points,
            duration: WINDOW_SECONDS,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
    this.perCode = limiter('survey-code', CODE_REQUESTS_PER_WINDOW);
    this.failuresPerAddress = limiter('survey-address', FAILED_CODES_PER_ADDRESS);
  }

  /** Counts a request for the code; throws `rate_limited` when the code or address is exhausted. */
  async check(codeHash: string, address: string): Promise<void> {
    const failures = await this.failuresPerAddress.get(address);
    if (failures && failures.consumedPoints >= FAILED_CODES_PER_ADDRESS)
      throw rateLimited(failures.msBeforeNext / 1000);
    try {
      await this.perCode.consume(codeHash);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext / 1000);
      throw error;
    }
  }

  /** Records an unknown or forged code from the address. */
  async recordFailure(address: string): Promise<void> {
    await this.failuresPerAddress.consume(address).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
  }
}
