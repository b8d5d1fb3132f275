import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp } from '@orgscan/api';
import {
  AwsAccess,
  createSimulatedTransport,
  demoOrganization,
  type SimulatedOrg,
  type SimulatorKnobs,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import {
  AccountSlots,
  type ApiRole,
  cancelScan,
  createApiMetrics,
  createLogger,
  createRedisConnection,
  DestinationPolicy,
  generateApiKey,
  hashApiKey,
  type Logger,
  RetrySchedule,
  retryFailedAccounts,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  type StartedScan,
  type StartScanRequest,
  startScan,
  WebhookQueue,
} from '@orgscan/core';
import {
  buildScheduleWorker,
  buildWebhookWorker,
  buildWorker,
  type ProcessorDeps,
  type Resolver,
  SafeHttpClient,
  type ScanWorker,
  type ScheduledScanDeps,
  type WebhookWorker,
} from '@orgscan/worker';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { countingMemberSessions } from './counting-transport.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from './test-redis.js';

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
  /** Redis the api's producer talks to (defaults to redisUrl); point it elsewhere to simulate an outage. */
  readonly producerRedisUrl?: string;
  /** Availability timeout of the producer (REDIS_COMMAND_TIMEOUT_MS). */
  readonly redisTimeoutMs?: number;
  /** Per-organization cap on accounts scanned at once (ORG_MAX_CONCURRENT_ACCOUNTS); absent: none. */
  readonly orgMaxConcurrentAccounts?: number;
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
 * api + worker in this process, on real Postgres (own schema) and real Redis (own prefix), with AWS
 * simulated at the packages/aws seam. The api listens on a free port so tests speak HTTP to it.
 */
export async function startInProcessOrgscan(options: InProcessOptions = {}): Promise<InProcessOrgscan> {
  const org = options.org ?? demoOrganization();
  const webhookSettings = options.webhooks ?? {};
  // A fresh key per instance, as SECRETS_ENCRYPTION_KEY would be; null: an instance without one.
  const secretsKey =
    webhookSettings.secretsKey === undefined
      ? randomBytes(32).toString('base64')
      : webhookSettings.secretsKey;
  const secrets = secretsKey ? new SecretBox(secretsKey) : null;
  const database = await createTestDatabase(secrets);
  const prefix = testQueuePrefix();
  const logger: Logger = createLogger({ level: 'silent', name: 'orgscan-test' });
  const counted = countingMemberSessions(
    createSimulatedTransport({
      org,
      knobs: { latencyMs: 0, throttleRate: 0, faults: [], ...options.knobs },
      now: () => new Date(),
      sleep: (ms) => sleep(ms),
      random: seededRandom(42),
    }),
  );
  const transport = counted.transport;
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 10, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 10 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 16,
    assumeRoleDurationSeconds: 3600,
    sleep: (ms) => sleep(ms),
    random: seededRandom(43),
    now: () => Date.now(),
  });
  await database.store.organizations.upsert({
    id: 'default',
    name: 'Default organization',
    managementRoleArn: null,
    memberRoleName: org.memberRoleName,
    externalId: org.externalId,
  });

  const producer: Redis = createRedisConnection(
    options.producerRedisUrl ?? options.redisUrl ?? testRedisUrl(),
    'producer',
  );
  producer.on('error', () => {});
  if (!options.producerRedisUrl) {
    // The producer fails fast while (re)connecting; tests start talking to the api once it is connected.
    await new Promise<void>((resolve) =>
      producer.status === 'ready' ? resolve() : producer.once('ready', () => resolve()),
    );
  }
  const queue = new ScanQueue({
    connection: producer,
    prefix,
    availabilityTimeoutMs: options.redisTimeoutMs ?? 1000,
    accountAttempts: 3,
  });
  const scheduleQueue = new ScheduleQueue({ connection: producer, prefix });
  const webhookQueue = new WebhookQueue({ connection: producer, prefix });
  const destinations = new DestinationPolicy(webhookSettings.allowList ?? ['127.0.0.1']);
  const bootstrapKey = generateApiKey().key;
  const app = await buildApp({
    logger,
    store: database.store,
    queue,
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 1000,
    auth: {
      bootstrapKeyHash: hashApiKey(bootstrapKey, undefined),
      pepper: undefined,
      rateLimit: { perMinute: 60_000, burst: 10_000 },
    },
    // The tests are one client sending as many would: the per-address limit is tested on its own.
    preAuthRateLimit: { perSecond: 1_000_000, burst: 1_000_000, maxClients: 10 },
    exportConcurrency: 2,
    schedules: { queue: scheduleQueue, minIntervalSeconds: options.scheduleMinIntervalSeconds ?? 1 },
    webhooks: { secrets, destinations, queue: webhookQueue },
    now: () => new Date(),
    newId: randomUUID,
    metrics: createApiMetrics({ pool: database.pool, queue }),
    cancelScan: (scanId, audit) =>
      cancelScan({ store: database.store, queue, now: () => new Date() }, scanId, audit),
    retryScan: (scanId, audit) =>
      retryFailedAccounts({ store: database.store, queue, now: () => new Date() }, scanId, audit),
    startScan: (request) =>
      startScan(
        {
          store: database.store,
          queue,
          aws,
          logger,
          partition: 'aws',
          configuredRegions: null,
          now: () => new Date(),
          newId: randomUUID,
          sleep: (ms) => sleep(ms),
        },
        request,
      ),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  // The worker side talks to its own Redis connection, as a worker process does (the api's may be down).
  const workerConnection = createRedisConnection(options.redisUrl ?? testRedisUrl(), 'worker');
  const workerWebhookQueue = new WebhookQueue({ connection: workerConnection, prefix });
  const processorDeps: ProcessorDeps = {
    store: database.store,
    aws,
    logger,
    partition: 'aws',
    homeRegion: 'us-east-1',
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    webhooks: workerWebhookQueue,
  };
  const scheduledScanDeps: ScheduledScanDeps = {
    store: database.store,
    logger,
    now: () => new Date(),
    newId: randomUUID,
    startScan: (request: StartScanRequest, scanId: string): Promise<StartedScan> =>
      startScan(
        {
          store: database.store,
          queue,
          aws,
          logger,
          partition: 'aws',
          configuredRegions: null,
          now: () => new Date(),
          newId: () => scanId,
          sleep: (ms) => sleep(ms),
        },
        request,
      ),
  };
  const http = new SafeHttpClient({
    policy: destinations,
    timeoutMs: webhookSettings.timeoutMs ?? 5_000,
    ...(webhookSettings.resolve ? { resolve: webhookSettings.resolve } : {}),
  });
  const worker =
    options.inProcessWorker === false
      ? null
      : buildWorker({
          ...processorDeps,
          connection: workerConnection,
          prefix,
          concurrency: options.concurrency ?? 4,
          ...(options.orgMaxConcurrentAccounts
            ? {
                accountSlots: new AccountSlots({
                  redis: workerConnection,
                  prefix,
                  limit: options.orgMaxConcurrentAccounts,
                  leaseMs: 60_000,
                }),
                slotRetryDelayMs: 50,
              }
            : {}),
        });
  const scheduleWorker =
    options.inProcessWorker === false
      ? null
      : buildScheduleWorker({ ...scheduledScanDeps, connection: workerConnection, prefix });
  const webhookWorker =
    options.inProcessWorker === false
      ? null
      : buildWebhookWorker({
          connection: workerConnection,
          prefix,
          concurrency: webhookSettings.workerConcurrency ?? 16,
          store: database.store,
          logger,
          now: () => new Date(),
          queue: workerWebhookQueue,
          secrets,
          http,
          retrySchedule: new RetrySchedule(webhookSettings.retrySchedule ?? '50ms,100ms,200ms'),
          concurrencyPerEndpoint: webhookSettings.concurrencyPerEndpoint ?? 4,
          leaseMs: 60_000,
        });
  if (webhookWorker) await workerWebhookQueue.scheduleSweep(webhookSettings.sweepIntervalMs ?? 200);

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
    processorDeps,
    scheduleQueue,
    webhookQueue,
    scheduledScanDeps,
    secrets,
    secretsKey,
    scheduleWorker,
    webhookWorker,
    worker,
    org,
    queuePrefix: prefix,
    maxConcurrentAccounts: counted.maxOpen,
    async close() {
      await worker?.close(5_000);
      await Promise.all([scheduleWorker?.close(), webhookWorker?.close()]);
      http.close();
      await app.close();
      await queue.close();
      await Promise.all([scheduleQueue.close(), webhookQueue.close(), workerWebhookQueue.close()]);
      producer.disconnect();
      await workerConnection.quit();
      await deleteKeysWithPrefix(prefix, options.redisUrl);
      await database.drop();
    },
  };
}
