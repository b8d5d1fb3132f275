import { randomUUID } from 'node:crypto';
import { type AppDeps, buildApp } from '@orgscan/api';
import type { RedisClient } from '@orgscan/core';
import {
  cancelScan,
  createApiMetrics,
  createLogger,
  createPool,
  createRedisConnection,
  createStore,
  DestinationPolicy,
  generateApiKey,
  hashApiKey,
  type Pool,
  retryFailedAccounts,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  WebhookQueue,
} from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresProxy, startPostgresProxy } from '../../support/postgres-proxy.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import {
  deleteKeysWithPrefix,
  quietConnectionErrors,
  testQueuePrefix,
  testRedisUrl,
} from '../../support/test-redis.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is walked generically
type Json = any;

/** Routes that answer without the store (the catalog is compiled in; liveness is the process itself). */
// The session routes, asked with the bootstrap key (which needs no store): who is signed in is answered from
// the key itself, and ending a session that a key request does not have is a 400 before any store access.
const WITHOUT_STORE =
  /^(get \/healthz|get \/v1\/checks|get \/v1\/frameworks(\/\{id\})?|(get|delete) \/v1\/sessions\/current)$/;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('fault: Postgres is unreachable while the API serves requests', () => {
  let database: TestDatabase;
  let proxy: PostgresProxy;
  let pool: Pool;
  let producer: RedisClient;
  let queue: ScanQueue;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const prefix = testQueuePrefix();
  const bootstrapKey = generateApiKey().key;
  const viewerKey = generateApiKey();

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await startPostgresProxy(database.url);
    // The api's own pool goes through the proxy, in the test's schema.
    pool = createPool({
      connectionString: proxy.url,
      applicationName: 'api-under-test',
      schema: database.schema,
      connectionErrors: quietConnectionErrors(),
    });
    const secrets = new SecretBox(Buffer.alloc(32, 7).toString('base64'));
    const store = createStore(pool, secrets);
    await store.organizations.upsert({
      id: 'default',
      name: 'Default organization',
      managementRoleArn: null,
      memberRoleName: 'OrgScanReadOnly',
      externalId: null,
    });
    await store.apiKeys.create({
      id: randomUUID(),
      name: 'viewer',
      role: 'viewer',
      keyPrefix: viewerKey.prefix,
      keyHash: hashApiKey(viewerKey.key, undefined),
      createdBy: 'test',
      createdAt: new Date(),
      expiresAt: null,
    });
    producer = createRedisConnection(testRedisUrl(), 'producer');
    const onError = quietConnectionErrors().listener('test');
    queue = new ScanQueue({
      connection: producer,
      prefix,
      onError,
      availabilityTimeoutMs: 1000,
      accountAttempts: 3,
    });
    const deps: AppDeps = {
      logger: createLogger({ level: 'silent', name: 'test' }),
      store,
      queue,
      metrics: createApiMetrics({ pool, queue }),
      // Every route that starts, cancels or retries reads the store first; AWS is never reached here.
      startScan: async (request) => {
        await store.organizations.get(request.organizationId);
        throw new Error('not reached: the store is down');
      },
      cancelScan: (scanId, audit) => cancelScan({ store, queue, now: () => new Date() }, scanId, audit),
      retryScan: (scanId, audit) =>
        retryFailedAccounts({ store, queue, now: () => new Date() }, scanId, audit),
      defaultOrganizationId: 'default',
      readinessTimeoutMs: 1000,
      auth: {
        bootstrapKeyHash: hashApiKey(bootstrapKey, undefined),
        pepper: undefined,
        rateLimit: { perMinute: 60_000, burst: 10_000 },
      },
      exportConcurrency: 1,
      schedules: {
        queue: new ScheduleQueue({ connection: producer, prefix, onError }),
        minIntervalSeconds: 60,
      },
      webhooks: {
        secrets,
        destinations: new DestinationPolicy(['127.0.0.1']),
        queue: new WebhookQueue({ connection: producer, prefix, onError }),
      },
      now: () => new Date(),
      newId: randomUUID,
    };
    app = await buildApp(deps);
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await queue?.close();
    producer?.disconnect();
    await deleteKeysWithPrefix(prefix);
    await pool?.end();
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 problem+json with Retry-After on every route that needs the store, never 500', async () => {
    const document: Json = (await app.inject({ url: '/docs/json' })).json();
    expect(
      (await app.inject({ url: '/v1/scans', headers: { authorization: `Bearer ${bootstrapKey}` } }))
        .statusCode,
    ).toBe(200);
    proxy.cut();
    const answers: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
      for (const method of METHODS.filter((candidate) => item[candidate])) {
        const name = `${method} ${path}`;
        const operation = item[method];
        const media = operation.requestBody?.content?.['application/json'];
        const body = media
          ? (media.example ?? (Object.values(media.examples ?? {})[0] as Json | undefined)?.value ?? {})
          : undefined;
        const url = `${path
          .replace('{framework}', 'cis-aws-7.0.0')
          .replace('{fingerprint}', '6f1d0c3a9b8e4f2a7c5d1e0b3a9f8c7d')
          .replace(
            '{id}',
            path.startsWith('/v1/organizations')
              ? 'other-org'
              : path.startsWith('/v1/frameworks')
                ? 'cis-aws-7.0.0'
                : path.startsWith('/v1/accounts')
                  ? '123456789012'
                  : randomUUID(),
          )
          .replace(/\{\w+\}/g, () => randomUUID())}${path.endsWith('/export') ? '?format=csv' : ''}`;
        const response = await app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: { authorization: `Bearer ${bootstrapKey}` },
          ...(body === undefined ? {} : { payload: body }),
        });
        // Ending a session on a key request is refused (400) before the store is needed.
        const expected = name === 'delete /v1/sessions/current' ? 400 : WITHOUT_STORE.test(name) ? 200 : 503;
        const problem =
          response.statusCode === 503 &&
          String(response.headers['content-type']).includes('application/problem+json') &&
          Number(response.headers['retry-after']) > 0;
        if (response.statusCode !== expected || (expected === 503 && !problem)) {
          answers.push(
            `${name} → ${response.statusCode} ${response.headers['retry-after'] ?? ''} ${response.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(answers).toEqual([]);

    // A named key cannot be checked without the store: unavailable, not "invalid key".
    const viewer = await app.inject({
      url: '/v1/findings',
      headers: { authorization: `Bearer ${viewerKey.key}` },
    });
    expect(viewer.statusCode).toBe(503);

    proxy.restore();
    expect(
      (await app.inject({ url: '/v1/findings', headers: { authorization: `Bearer ${viewerKey.key}` } }))
        .statusCode,
    ).toBe(200);
  }, 120_000);
});
