import { randomUUID } from 'node:crypto';
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
import { createLogger, createRedisConnection, type Logger, ScanQueue, startScan } from '@orgscan/core';
import { buildWorker, type ProcessorDeps, type ScanWorker } from '@orgscan/worker';
import type { Redis } from 'ioredis';
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
  close(): Promise<void>;
}

export interface InProcessOptions {
  readonly org?: SimulatedOrg;
  readonly knobs?: Partial<SimulatorKnobs>;
  readonly concurrency?: number;
  /** Redis the api's producer talks to (defaults to the test Redis); point it elsewhere to simulate an outage. */
  readonly producerRedisUrl?: string;
  /** Availability timeout of the producer (REDIS_COMMAND_TIMEOUT_MS). */
  readonly redisTimeoutMs?: number;
  /** false: no in-process worker (the test starts worker processes itself). */
  readonly inProcessWorker?: boolean;
}

/**
 * api + worker in this process, on real Postgres (own schema) and real Redis (own prefix), with AWS
 * simulated at the packages/aws seam. The api listens on a free port so tests speak HTTP to it.
 */
export async function startInProcessOrgscan(options: InProcessOptions = {}): Promise<InProcessOrgscan> {
  const org = options.org ?? demoOrganization();
  const database = await createTestDatabase();
  const prefix = testQueuePrefix();
  const logger: Logger = createLogger({ level: 'silent', name: 'orgscan-test' });
  const transport = createSimulatedTransport({
    org,
    knobs: { latencyMs: 0, throttleRate: 0, faults: [], ...options.knobs },
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    random: seededRandom(42),
  });
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

  const producer: Redis = createRedisConnection(options.producerRedisUrl ?? testRedisUrl(), 'producer');
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
  const app = await buildApp({
    logger,
    store: database.store,
    queue,
    defaultOrganizationId: 'default',
    readinessTimeoutMs: 1000,
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

  const processorDeps: ProcessorDeps = {
    store: database.store,
    aws,
    logger,
    partition: 'aws',
    homeRegion: 'us-east-1',
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
  };
  const workerConnection = createRedisConnection(testRedisUrl(), 'worker');
  const worker =
    options.inProcessWorker === false
      ? null
      : buildWorker({
          ...processorDeps,
          connection: workerConnection,
          prefix,
          concurrency: options.concurrency ?? 4,
        });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    processorDeps,
    worker,
    org,
    queuePrefix: prefix,
    async close() {
      await worker?.close(5_000);
      await app.close();
      await queue.close();
      producer.disconnect();
      await workerConnection.quit();
      await deleteKeysWithPrefix(prefix);
      await database.drop();
    },
  };
}
