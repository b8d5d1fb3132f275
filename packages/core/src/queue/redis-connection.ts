import { Redis } from 'ioredis';

export type RedisConnectionRole = 'producer' | 'worker' | 'limiter';

/**
 * Redis connections for BullMQ. Producers (the api, schedulers) fail fast: no offline queue, so a request
 * made while Redis is down errors at once instead of hanging. Workers wait and reconnect forever
 * (BullMQ requires maxRetriesPerRequest: null for blocking commands). The rate limiter pipelines its many
 * small calls and gives up quickly (it fails open). All reconnect by themselves.
 */
export function createRedisConnection(url: string, role: RedisConnectionRole): Redis {
  const reconnect = { retryStrategy: (times: number) => Math.min(times * 200, 2_000), connectTimeout: 5_000 };
  return role === 'producer'
    ? new Redis(url, {
        ...reconnect,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 15_000,
      })
    : new Redis(url, { ...reconnect, maxRetriesPerRequest: null, enableReadyCheck: true });
}

/**
 * Closes a connection politely (QUIT) when Redis answers, and drops it otherwise: QUIT on a connection that
 * is reconnecting would wait for Redis to come back, and a shutdown must not.
 */
export async function closeRedisConnection(connection: Redis, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  if (connection.status === 'ready') {
    await Promise.race([
      connection.quit().catch(() => {}),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }
  connection.disconnect();
}
