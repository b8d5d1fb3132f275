import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { startRedisCluster, type TestRedisCluster } from '../support/redis-cluster.js';
import { waitFor } from '../support/wait-for.js';

describe('orgscan on a Redis Cluster (REDIS_MODE=cluster)', () => {
  let cluster: TestRedisCluster;
  let orgscan: InProcessOrgscan;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    // The per-organization account cap runs its Lua script on the cluster too.
    orgscan = await startInProcessOrgscan({
      redisUrl: cluster.url,
      redisMode: 'cluster',
      orgMaxConcurrentAccounts: 2,
    });
  }, 90_000);
  afterAll(async () => {
    await orgscan?.close();
    await cluster?.stop();
  });

  it('scans the demo organization through BullMQ on three primaries, every key under one hash tag', async () => {
    const response = await orgscan.fetch('/v1/scans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const scan = await waitFor(
      'the scan to finish on the cluster',
      async () => {
        const current = (await (await orgscan.fetch(`/v1/scans/${id}`)).json()) as {
          status: string;
          accounts: { accountId: string; status: string }[];
        };
        return ['completed', 'incomplete', 'partial', 'failed'].includes(current.status)
          ? current
          : undefined;
      },
      { timeoutMs: 120_000 },
    );
    // As on one Redis: the role of dev-experiments cannot be assumed, retired-app is suspended.
    expect(scan.status).toBe('partial');
    const byStatus = (status: string) => scan.accounts.filter((account) => account.status === status).length;
    expect(byStatus('succeeded')).toBe(7);
    expect(scan.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.devExperiments)?.status).toBe(
      'failed',
    );
    expect(orgscan.maxConcurrentAccounts()).toBeLessThanOrEqual(2);

    // BullMQ's keys (and the account slots) all carry the {prefix} hash tag: one slot, one node.
    const seed = new URL(cluster.url);
    const client = new Cluster([{ host: seed.hostname, port: Number(seed.port) }]);
    try {
      await client.ping(); // connects and learns the topology
      expect(client.nodes('master')).toHaveLength(3);
      const keysByNode = await Promise.all(
        client.nodes('master').map(async (node) => {
          const keys: string[] = [];
          let cursor = '0';
          do {
            const [next, batch] = await node.scan(cursor, 'MATCH', `*${orgscan.queuePrefix}*`, 'COUNT', 1000);
            cursor = next;
            keys.push(...batch);
          } while (cursor !== '0');
          return keys;
        }),
      );
      const keys = keysByNode.flat();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => !key.startsWith(`{${orgscan.queuePrefix}}:`))).toEqual([]);
      expect(keysByNode.filter((nodeKeys) => nodeKeys.length > 0)).toHaveLength(1);
      const slots = new Set(
        await Promise.all(keys.slice(0, 50).map((key) => client.cluster('KEYSLOT', key))),
      );
      expect(slots.size).toBe(1);
    } finally {
      client.disconnect();
    }
  }, 150_000);
});
