import { createClient } from 'redis';
import type { Logger } from '../logger';

function createRedis(url: string) {
  return createClient({
    url,
    socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
  });
}

export type RedisClient = ReturnType<typeof createRedis>;

/**
 * Connects to Redis. The client reconnects on its own when Redis goes away; while it is away,
 * cross-instance events pause and each instance keeps serving its own clients.
 */
export async function connectRedis(url: string, logger: Logger): Promise<RedisClient> {
  const client = createRedis(url);
  let down = false;
  client.on('error', (error: unknown) => {
    if (!down) logger.warn({ err: error }, 'redis unavailable; retrying');
    down = true;
  });
  client.on('ready', () => {
    if (down) logger.info('redis reconnected');
    down = false;
  });
  await client.connect();
  return client;
}
