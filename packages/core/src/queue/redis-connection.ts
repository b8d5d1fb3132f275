import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';

export type RedisConnectionRole = 'producer' | 'worker' | 'limiter';

/** A connection to a standalone Redis or to a Redis Cluster: BullMQ and orgscan's scripts take either. */
export type RedisClient = Redis | Cluster;

export type RedisMode = 'standalone' | 'cluster';

/** Options per role; see createRedisConnection. */
function roleOptions(role: RedisConnectionRole): RedisOptions {
  return role === 'producer'
    ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 15_000 }
    : { maxRetriesPerRequest: null, enableReadyCheck: true };
}

/**
 * Redis connections for BullMQ. Producers (the api, schedulers) fail fast: no offline queue, so a request
 * made while Redis is down errors at once instead of hanging. Workers wait and reconnect forever
 * (BullMQ requires maxRetriesPerRequest: null for blocking commands). The rate limiter's connection is set
 * like a worker's: auto-pipelining its one call per AWS request halved the socket writes but cost more CPU
 * per token (docs/benchmarks.md, "Where a worker's CPU goes"). All reconnect by themselves.
 *
 * In cluster mode the URL names one node (a configuration endpoint); the client discovers the others and
 * follows slot moves. Credentials and TLS (rediss://) of the URL apply to every node.
 */
export function createRedisConnection(
  url: string,
  role: RedisConnectionRole,
  mode: RedisMode = 'standalone',
): RedisClient {
  const reconnect = { retryStrategy: (times: number) => Math.min(times * 200, 2_000), connectTimeout: 5_000 };
  if (mode === 'standalone') return new Redis(url, { ...reconnect, ...roleOptions(role) });

  const seed = new URL(url);
  const tls = seed.protocol === 'rediss:';
  const { enableOfflineQueue, ...perNode } = roleOptions(role);
  const options: ClusterOptions = {
    clusterRetryStrategy: reconnect.retryStrategy,
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    enableReadyCheck: true,
    redisOptions: {
      connectTimeout: reconnect.connectTimeout,
      ...perNode,
      ...(seed.username ? { username: decodeURIComponent(seed.username) } : {}),
      ...(seed.password ? { password: decodeURIComponent(seed.password) } : {}),
      ...(tls ? { tls: { servername: seed.hostname } } : {}),
    },
    // With TLS, nodes must be reached by the names their certificates carry, not by resolved addresses
    // (ElastiCache and MemoryDB in-transit encryption).
    ...(tls
      ? {
          dnsLookup: (address: string, callback: (error: null, address: string) => void) =>
            callback(null, address),
        }
      : {}),
  };
  return new Cluster([{ host: seed.hostname, port: Number(seed.port || 6379) }], options);
}

/**
 * Closes a connection politely (QUIT) when Redis answers, and drops it otherwise: QUIT on a connection that
 * is reconnecting would wait for Redis to come back, and a shutdown must not.
 */
export async function closeRedisConnection(connection: RedisClient, timeoutMs = 2_000): Promise<void> {
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
