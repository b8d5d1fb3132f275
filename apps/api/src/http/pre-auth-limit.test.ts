import { createLogger, hashApiKey, type Store } from '@orgscan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { testAuth } from '../test-support/test-auth.js';
import type { TypedApp } from './typed-app.js';

const VALID_KEY = 'osk_valid-viewer-key-0000000000000000000000000';
let app: TypedApp | undefined;

/** Counts key lookups: a request refused before authentication never reaches them. */
function countingStore() {
  const counts = { lookups: 0, pings: 0 };
  const store = {
    ping: async () => {
      counts.pings += 1;
    },
    apiKeys: {
      findByHash: async (hash: string) => {
        counts.lookups += 1;
        return hash === hashApiKey(VALID_KEY, undefined)
          ? {
              id: '00000000-0000-4000-8000-000000000001',
              name: 'viewer',
              role: 'viewer',
              keyPrefix: 'osk_valid-vi',
              createdBy: 'test',
              createdAt: new Date(0),
              expiresAt: null,
              lastUsedAt: null,
              revokedAt: null,
            }
          : null;
      },
      touch: async () => {},
    },
    organizations: { list: async () => [] },
  } as unknown as Store;
  return { store, counts };
}

async function build(store: Store, overrides: Partial<AppDeps> = {}): Promise<TypedApp> {
  app = await buildApp({
    logger: createLogger({ level: 'silent', name: 'test' }),
    store,
    queue: { assertAvailable: async () => {} },
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 100,
    auth: testAuth(),
    exportConcurrency: 1,
    now: () => new Date('2026-02-01T00:00:00Z'),
    newId: () => '00000000-0000-4000-8000-000000000099',
    preAuthRateLimit: { perSecond: 5, burst: 10, maxClients: 1000 },
    ...overrides,
  } as AppDeps);
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the per-client limit in front of authentication', () => {
  it('stops an invalid-key flood from one address before key lookups, and not a valid key elsewhere', async () => {
    const { store, counts } = countingStore();
    const api = await build(store);
    const flood = [];
    for (let i = 0; i < 200; i += 1) {
      flood.push(
        await api.inject({
          url: '/v1/organizations',
          remoteAddress: '203.0.113.7',
          headers: { authorization: `Bearer osk_guess-${i}-0000000000000000000000000000000` },
        }),
      );
    }
    expect(flood.filter((response) => response.statusCode === 401)).toHaveLength(10);
    const limited = flood.filter((response) => response.statusCode === 429);
    expect(limited).toHaveLength(190);
    expect(limited[0]?.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
    expect(counts.lookups).toBe(10);

    const valid = await api.inject({
      url: '/v1/organizations',
      remoteAddress: '198.51.100.20',
      headers: { authorization: `Bearer ${VALID_KEY}` },
    });
    expect(valid.statusCode).toBe(200);
  });

  it('limits /readyz (it reaches Postgres and Redis) but never /healthz (liveness must not fail under a flood)', async () => {
    const { store, counts } = countingStore();
    const api = await build(store);
    const ready = [];
    for (let i = 0; i < 30; i += 1)
      ready.push((await api.inject({ url: '/readyz', remoteAddress: '203.0.113.8' })).statusCode);
    expect(ready.filter((status) => status === 429)).toHaveLength(20);
    expect(counts.pings).toBe(10);
    for (let i = 0; i < 30; i += 1) {
      expect((await api.inject({ url: '/healthz', remoteAddress: '203.0.113.8' })).statusCode).toBe(200);
    }
  });

  it('trusts X-Forwarded-For only from configured proxies', async () => {
    const { store } = countingStore();
    const direct = await build(store);
    const spoofed = [];
    for (let i = 0; i < 20; i += 1) {
      spoofed.push(
        (
          await direct.inject({
            url: '/readyz',
            remoteAddress: '203.0.113.9',
            headers: { 'x-forwarded-for': `192.0.2.${i}` },
          })
        ).statusCode,
      );
    }
    expect(spoofed.filter((status) => status === 429)).toHaveLength(10);
    await direct.close();

    const behindProxy = await build(store, { trustProxy: ['10.0.0.5'] });
    const forwarded = [];
    for (let i = 0; i < 20; i += 1) {
      forwarded.push(
        (
          await behindProxy.inject({
            url: '/readyz',
            remoteAddress: '10.0.0.5',
            headers: { 'x-forwarded-for': `192.0.2.${i}` },
          })
        ).statusCode,
      );
    }
    expect(forwarded.every((status) => status === 200)).toBe(true);
  });
});
