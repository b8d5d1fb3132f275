import { AccountSlots, createRedisConnection } from '@orgscan/core';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from '../support/test-redis.js';
import { waitFor } from '../support/wait-for.js';

const prefix = testQueuePrefix();
const redis = createRedisConnection(testRedisUrl(), 'worker');
afterAll(async () => {
  await redis.quit();
  await deleteKeysWithPrefix(prefix);
});

describe('per-organization account slots', () => {
  it('holds at most `limit` accounts of an organization at once, across holders', async () => {
    const slots = new AccountSlots({ redis, prefix, limit: 2, leaseMs: 60_000 });
    expect(await slots.tryTake('acme', 'job-1')).toBe(true);
    expect(await slots.tryTake('acme', 'job-2')).toBe(true);
    expect(await slots.tryTake('acme', 'job-3')).toBe(false);
    // Another organization has its own slots; a holder asking again keeps its slot.
    expect(await slots.tryTake('globex', 'job-4')).toBe(true);
    expect(await slots.tryTake('acme', 'job-2')).toBe(true);
    await slots.release('acme', 'job-1');
    expect(await slots.tryTake('acme', 'job-3')).toBe(true);
  });

  it('frees the slot of a holder that died once its lease expires', async () => {
    const slots = new AccountSlots({ redis, prefix, limit: 1, leaseMs: 50 });
    expect(await slots.tryTake('initech', 'crashed-job')).toBe(true);
    expect(await slots.tryTake('initech', 'next-job')).toBe(false);
    await waitFor('the expired lease to free the slot', async () =>
      (await slots.tryTake('initech', 'next-job')) ? true : undefined,
    );
  });
});
