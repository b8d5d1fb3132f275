import { randomBytes } from 'node:crypto';
import type { RedisClient } from '@orgscan/core';
import { ConnectionErrorLog, createLogger, createRedisConnection } from '@orgscan/core';
import { inject } from 'vitest';

/** A unique BullMQ prefix per test file, and a way to remove its keys afterwards. */
export function testQueuePrefix(): string {
  return `orgscan-test-${randomBytes(6).toString('hex')}`;
}

/**
 * Where the connection errors of clients a test opens itself go: nowhere visible. A test asserts on what its
 * own calls return, and fault tests break connections on purpose.
 */
export function quietConnectionErrors(): ConnectionErrorLog {
  return new ConnectionErrorLog(createLogger({ level: 'silent', name: 'orgscan-test' }));
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}

export async function deleteKeysWithPrefix(prefix: string, url = testRedisUrl()): Promise<void> {
  const redis: RedisClient = createRedisConnection(url, 'worker');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
