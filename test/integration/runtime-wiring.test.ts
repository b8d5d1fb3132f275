import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApiRuntime } from '@orgscan/api';
import {
  apiConfigSchema,
  ConfigError,
  createLogger,
  type Logger,
  loadConfig,
  workerConfigSchema,
} from '@orgscan/core';
import { createWorkerRuntime } from '@orgscan/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlForSchema } from '../support/orgscan-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from '../support/test-redis.js';
import { waitFor } from '../support/wait-for.js';

/** A logger whose lines the test reads. */
function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', name: 'orgscan-test', destination }), lines };
}

const ADMIN_KEY = `test-${randomBytes(24).toString('hex')}`;
let database: TestDatabase;
const prefix = testQueuePrefix();
const env = () => ({
  DATABASE_URL: databaseUrlForSchema(database.url, database.schema),
  REDIS_URL: testRedisUrl(),
  QUEUE_PREFIX: prefix,
  AWS_MODE: 'simulated',
  WORKER_METRICS_PORT: '0',
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await deleteKeysWithPrefix(prefix);
  await database?.drop();
});

describe('api runtime', () => {
  it('logs a Redis outage once per connection role and still refuses scans at once (503)', async () => {
    const { logger, lines } = capturingLogger();
    const api = await createApiRuntime(
      loadConfig(apiConfigSchema, {
        ...env(),
        REDIS_URL: 'redis://127.0.0.1:1',
        LOG_LEVEL: 'info',
        API_BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
      }),
      { logger },
    );
    try {
      const outage = (role: string) =>
        lines.filter((line) => line.role === role && String(line.msg).includes('connection error'));
      await waitFor('the producer outage to be logged', async () =>
        outage('api producer').length > 0 ? true : undefined,
      );
      // Each request fails fast on its own while the connection keeps reconnecting in the background.
      for (let request = 0; request < 3; request += 1) {
        const response = await api.app.inject({
          method: 'POST',
          url: '/v1/scans',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
          payload: '{}',
        });
        expect(response.statusCode).toBe(503);
      }
      expect(outage('api producer')).toHaveLength(1);
      expect(outage('api producer')[0]).toMatchObject({ level: 40, code: 'ECONNREFUSED' });
    } finally {
      await api.close();
    }
    // Everything it opened is closed: the pool answers no more.
    await expect(api.store.ping()).rejects.toThrow();
  });
});

describe('worker runtime', () => {
  it('starts its workers once, and closes them and everything it opened, once', async () => {
    const worker = await createWorkerRuntime(
      loadConfig(workerConfigSchema, { ...env(), LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: '1000' }),
    );
    const running = await worker.start();
    expect(await worker.start()).toBe(running);
    expect(running.metricsServer).toBeNull();
    expect(running.scan.worker.isRunning()).toBe(true);
    const [first, second] = await Promise.all([worker.close(), worker.close()]);
    expect([first, second]).toEqual(['drained', 'drained']);
    expect(running.scan.worker.isRunning()).toBe(false);
    await expect(worker.store.ping()).rejects.toThrow();
  });

  it('closes what it opened when it is not started (processor deps only)', async () => {
    const worker = await createWorkerRuntime(
      loadConfig(workerConfigSchema, { ...env(), LOG_LEVEL: 'silent' }),
    );
    await worker.store.ping();
    expect(await worker.close()).toBe('not-started');
    await expect(worker.store.ping()).rejects.toThrow();
  });

  it('refuses to start without SECRETS_ENCRYPTION_KEY once webhooks exist', async () => {
    await database.store.organizations.upsert({
      id: 'default',
      name: 'Default organization',
      managementRoleArn: null,
      memberRoleName: 'OrgScanReadOnly',
      externalId: null,
    });
    await database.store.webhooks.create({
      id: '6d0c9a52-1f0e-4c57-9a51-0c7e4ef0e001',
      organizationId: 'default',
      name: 'tickets',
      url: 'https://tickets.example.com/hook',
      format: 'generic',
      mode: 'per-finding',
      events: ['finding.opened'],
      filters: {},
      jira: null,
      secretEncrypted: `v1.${randomBytes(4).toString('hex')}.x.y.z`,
      enabled: true,
      createdBy: 'test',
      createdAt: new Date(),
    });
    await expect(
      createWorkerRuntime(loadConfig(workerConfigSchema, { ...env(), LOG_LEVEL: 'silent' })),
    ).rejects.toBeInstanceOf(ConfigError);
  });
});
