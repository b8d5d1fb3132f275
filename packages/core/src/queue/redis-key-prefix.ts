import type { CommonConfig } from '../config/config-schemas.js';

/**
 * The prefix of every orgscan key in Redis. On a Redis Cluster it is a hash tag (`{orgscan}`): BullMQ's
 * scripts touch several keys of a queue (and a flow's parent and children) at once, which a cluster allows
 * only when they live in one slot; the tag puts every key of the instance in the same slot.
 */
export function redisKeyPrefix(config: Pick<CommonConfig, 'QUEUE_PREFIX' | 'REDIS_MODE'>): string {
  return config.REDIS_MODE === 'cluster' ? `{${config.QUEUE_PREFIX}}` : config.QUEUE_PREFIX;
}
