import type { Logger } from '../logger';
import { RedisRelay } from '../realtime/collab/relay';
import { connectRedis, type RedisClient } from './redis';

/** What several instances share: Redis for Socket.IO rooms, document fan-out and rate limits. */
export interface Scale {
  redis: RedisClient;
  relay: RedisRelay;
  close(): Promise<void>;
}

export async function connectScale(url: string, logger: Logger): Promise<Scale> {
  const redis = await connectRedis(url, logger);
  const relay = await RedisRelay.create(redis, logger);
  return {
    redis,
    relay,
    async close() {
      await relay.close();
      await redis.quit().catch(() => undefined);
    },
  };
}
