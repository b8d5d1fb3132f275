import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApiRuntime } from '@orgscan/api';
import {
  createSimulatedTransport,
  demoOrganization,
  type SimulatedOrg,
  type SimulatorKnobs,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import {
  type ApiRole,
  apiConfigSchema,
  generateApiKey,
  hashApiKey,
  loadConfig,
  type ScheduleQueue,
  SecretBox,
  type WebhookQueue,
  workerConfigSchema,
} from '@orgscan/core';
import {
  createWorkerRuntime,
  type ProcessorDeps,
  type Resolver,
  type ScanWorker,
  type ScheduledScanDeps,
  type WebhookWorker,
} from '@orgscan/worker';
import type { Worker } from 'bullmq';
import { countingMemberSessions } from './counting-transport.js';
import { databaseUrlForSchema } from './orgscan-process.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from './test-redis.js';
import { waitFor } from './wait-for.js';

export interface InProcessOrgscan {
  readonly baseUrl: string;
  readonly database: TestDatabase;
  readonly processorDeps: ProcessorDeps;
  /** The in-process worker; null when the test runs workers as processes. */
  readonly worker: ScanWorker | null;
  readonly org: SimulatedOrg;
  readonly queuePrefix: string;
  /** The most member accounts the in-process worker scanned at the same time. */
  maxConcurrentAccounts(): number;
  /** AWS requests sent so far by the api and the in-process worker. */
  awsRequestsSent(): number;
  /** An admin key (the api's bootstrap key) for the tests' requests. */
  readonly apiKey: string;
  /** fetch against the api with the admin key (or the key given in init.headers). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Stores a new API key with this role and returns it. */
  createApiKey(role: ApiRole): Promise<string>;
  /** Job schedulers of the scan schedules, as the api upserts them. */
  readonly scheduleQueue: ScheduleQueue;
  readonly webhookQueue: WebhookQueue;
  /** What a schedule worker needs (to start more of them, as other processes would). */
  readonly scheduledScanDeps: ScheduledScanDeps;
  /** The key sealing webhook secrets and ExternalIds (null when the instance was started without one). */
  readonly secrets: SecretBox | null;
  /** Its SECRETS_ENCRYPTION_KEY, which worker processes of this instance need too (null: none). */
  readonly secretsKey: string | null;
  readonly scheduleWorker: Worker | null;
  readonly webhookWorker: WebhookWorker | null;
  close(): Promise<void>;
}

export interface InProcessOptions {
  readonly org?: SimulatedOrg;
  readonly knobs?: Partial<SimulatorKnobs>;
  readonly concurrency?: number;
  /** The Redis of this instance (queue, workers, cleanup); default: the test Redis. */
  readonly redisUrl?: string;
  /** REDIS_MODE: cluster when redisUrl is a node of a Redis Cluster (whose owner removes its keys). */
  readonly redisMode?: 'standalone' | 'cluster';
  /** Redis the api's producer talks to (defaults to redisUrl); point it elsewhere to simulate an outage. */
  readonly producerRedisUrl?: string;
  /** Availability timeout of the producer (REDIS_COMMAND_TIMEOUT_MS). */
  readonly redisTimeoutMs?: number;
  /** Per-organization cap on accounts scanned at once (ORG_MAX_CONCURRENT_ACCOUNTS); absent: none. */
  readonly orgMaxConcurrentAccounts?: number;
  /** FINDINGS_RETENTION_SCANS of the worker (default 0: every scan's findings are kept). */
  readonly findingsRetentionScans?: number;
  /** false: no in-process worker (the test starts worker processes itself). */
  readonly inProcessWorker?: boolean;
  /** SCHEDULE_MIN_INTERVAL_SECONDS (default 1: tests schedule every second). */
  readonly scheduleMinIntervalSeconds?: number;
  /** Webhook delivery settings; defaults: a compressed retry schedule, 127.0.0.1 allow-listed. */
  readonly webhooks?: {
    readonly secretsKey?: string | null;
    readonly allowList?: readonly string[];
    readonly retrySchedule?: string;
    readonly concurrencyPerEndpoint?: number;
    readonly workerConcurrency?: number;
    readonly sweepIntervalMs?: number;
    readonly timeoutMs?: number;
    readonly resolve?: Resolver;
  };
}

/**
 * api + worker in this process, built by the same composition roots as the api and worker processes
 * (createApiRuntime, createWorkerRuntime) from a test configuration: real Postgres (own schema) and real
 * Redis (own prefix), with AWS simulated at the packages/aws seam and no AWS rate limiting. The api
 * listens on a free port so tests speak HTTP to it.
 */
export async function startInProcessOrgscan(options: InProcessOptions = {}): Promise<InProcessOrgscan> {
  const org = options.org ?? demoOrganization();
  const prefix = testQueuePrefix();
  const redisUrl = options.redisUrl ?? testRedisUrl();
  const counted = countingMemberSessions(
    createSimulatedTransport({
      org,
      knobs: { latencyMs: 0, throttleRate: 0, faults: [], ...options.knobs },
      now: () => new Date(),
      sleep: (ms) => sleep(ms),
      random: seededRandom(42),
    }),
  );
  // The worker reaches the simulated organization (the api calls no AWS); no AWS rate limits are measured.
  const aws = { awsTransport: counted.transport, awsRateLimiter: unlimitedRateLimiter };
  const webhookSettings = options.webhooks ?? {};
  // A fresh key per instance, as SECRETS_ENCRYPTION_KEY would be; null: an instance without one.
  const secretsKey =
    webhookSettings.secretsKey === undefined
      ? randomBytes(32).toString('base64')
      : webhookSettings.secretsKey;
  const secrets = secretsKey ? new SecretBox(secretsKey) : null;
  // The test's own store seals as the api and worker do.
  const database = await createTestDatabase({ secrets });
  const bootstrapKey = generateApiKey().key;
  const common = {
    DATABASE_URL: databaseUrlForSchema(database.url, database.schema),
    REDIS_URL: redisUrl,
    REDIS_MODE: options.redisMode ?? 'standalone',
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    AWS_MODE: 'simulated',
    MEMBER_ROLE_NAME: org.memberRoleName,
    EXTERNAL_ID: org.externalId ?? undefined,
    AWS_RETRY_BASE_DELAY_MS: '1',
    AWS_RETRY_MAX_DELAY_MS: '10',
    SECRETS_ENCRYPTION_KEY: secretsKey ?? undefined,
    WEBHOOK_ALLOWED_PRIVATE_TARGETS: (webhookSettings.allowList ?? ['127.0.0.1']).join(','),
  };
  const api = await createApiRuntime(
    loadConfig(apiConfigSchema, {
      ...common,
      // Point the api's producer elsewhere to simulate a Redis outage on the api side only.
      REDIS_URL: options.producerRedisUrl ?? redisUrl,
      REDIS_COMMAND_TIMEOUT_MS: String(options.redisTimeoutMs ?? 1000),
      API_BOOTSTRAP_ADMIN_KEY: bootstrapKey,
      API_RATE_LIMIT_PER_MINUTE: '60000',
      API_RATE_LIMIT_BURST: '10000',
      API_EXPORT_CONCURRENCY: '2',
      // The tests are one client sending as many would: the per-address limit is tested on its own.
      API_PREAUTH_RATE_LIMIT_PER_SECOND: '100000',
      API_PREAUTH_RATE_LIMIT_BURST: '1000000',
      SCHEDULE_MIN_INTERVAL_SECONDS: String(options.scheduleMinIntervalSeconds ?? 1),
    }),
  );
  if (!options.producerRedisUrl) {
    // The producer fails fast while it connects; tests start talking to the api once it answers.
    await waitFor('the api producer to reach Redis', () =>
      api.scanQueue.assertAvailable().then(
        () => true,
        () => undefined,
      ),
    );
  }
  const { port } = await api.listen({ host: '127.0.0.1', port: 0 });

  // The worker side has its own Redis connections, as a worker process does (the api's may be down).
  const worker = await createWorkerRuntime(
    loadConfig(workerConfigSchema, {
      ...common,
      WORKER_CONCURRENCY: String(options.concurrency ?? 4),
      WORKER_METRICS_PORT: '0',
      SHUTDOWN_GRACE_MS: '5000',
      FINDINGS_RETENTION_SCANS: String(options.findingsRetentionScans ?? 0),
      ...(options.orgMaxConcurrentAccounts
        ? { ORG_MAX_CONCURRENT_ACCOUNTS: String(options.orgMaxConcurrentAccounts) }
        : {}),
      WEBHOOK_RETRY_SCHEDULE: webhookSettings.retrySchedule ?? '50ms,100ms,200ms',
      WEBHOOK_CONCURRENCY_PER_ENDPOINT: String(webhookSettings.concurrencyPerEndpoint ?? 4),
      WEBHOOK_WORKER_CONCURRENCY: String(webhookSettings.workerConcurrency ?? 16),
      WEBHOOK_SWEEP_INTERVAL_MS: String(webhookSettings.sweepIntervalMs ?? 200),
      WEBHOOK_TIMEOUT_MS: String(webhookSettings.timeoutMs ?? 5_000),
    }),
    {
      ...aws,
      accountSlotRetryDelayMs: 50,
      ...(webhookSettings.resolve ? { resolve: webhookSettings.resolve } : {}),
    },
  );
  const running = options.inProcessWorker === false ? null : await worker.start();

  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    apiKey: bootstrapKey,
    fetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${bootstrapKey}`, ...(init.headers as Record<string, string>) },
      }),
    async createApiKey(role) {
      const { key, prefix } = generateApiKey();
      await database.store.apiKeys.create({
        id: randomUUID(),
        name: `test-${role}`,
        role,
        keyPrefix: prefix,
        keyHash: hashApiKey(key, undefined),
        createdBy: 'test',
        createdAt: new Date(),
        expiresAt: null,
      });
      return key;
    },
    database,
    processorDeps: worker.processorDeps,
    scheduleQueue: api.scheduleQueue,
    webhookQueue: api.webhookQueue,
    scheduledScanDeps: worker.scheduledScanDeps,
    secrets,
    secretsKey,
    scheduleWorker: running?.schedule ?? null,
    webhookWorker: running?.webhook ?? null,
    worker: running?.scan ?? null,
    org,
    queuePrefix: prefix,
    maxConcurrentAccounts: counted.maxOpen,
    awsRequestsSent: counted.requestsSent,
    async close() {
      await worker.close();
      await api.close();
      if (options.redisMode !== 'cluster') await deleteKeysWithPrefix(prefix, options.redisUrl);
      await database.drop();
    },
  };
}
