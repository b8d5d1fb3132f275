import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AwsAccess, AwsTransport, RateLimiter } from '@orgscan/aws';
import {
  AccountSlots,
  ConnectionErrorLog,
  closeRedisConnection,
  createAwsAccess,
  createLogger,
  createPool,
  createRedisConnection,
  createSharedRateLimiter,
  createStore,
  DestinationPolicy,
  type Logger,
  migrate,
  prepareStoredSecrets,
  RetrySchedule,
  redisKeyPrefix,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  ShutdownSequence,
  type Store,
  type StoreOutagePolicy,
  startScan,
  untilStoreAvailable,
  WebhookQueue,
  type WorkerConfig,
  WorkerMetrics,
} from '@orgscan/core';
import type { Worker } from 'bullmq';
import type { Resolver } from './delivery/safe-http-client.js';
import { SafeHttpClient } from './delivery/safe-http-client.js';
import { startMetricsServer } from './metrics-server.js';
import { OncePerScan } from './once-per-scan.js';
import type { ScheduledScanDeps } from './processors/scheduled-scan.js';
import { buildScheduleWorker } from './schedule-worker.js';
import { buildWebhookWorker, type WebhookWorker } from './webhook-worker.js';
import { buildWorker, type ScanWorker } from './worker.js';
import type { ProcessorDeps } from './worker-deps.js';

/** What tests and benchmarks substitute; everything else comes from the configuration. */
export interface WorkerRuntimeOverrides {
  /** Default: JSON lines on stdout at LOG_LEVEL. */
  readonly logger?: Logger;
  /** The AWS seam. Default: what AWS_MODE selects (the SDK, or the simulated organization of SIMULATED_*). */
  readonly awsTransport?: AwsTransport;
  /** Limits AWS calls. Default: the RATE_LIMIT_* token buckets shared by every process through Redis. */
  readonly awsRateLimiter?: RateLimiter;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How webhook host names resolve. Default: the system resolver. */
  readonly resolve?: Resolver;
  /** How long an account job waits before asking again for a slot of its organization. Default: 2 s. */
  readonly accountSlotRetryDelayMs?: number;
}

/** The workers of a started runtime. */
export interface RunningWorkers {
  readonly scan: ScanWorker;
  readonly schedule: Worker;
  readonly webhook: WebhookWorker;
  /** The /metrics endpoint; null when WORKER_METRICS_PORT is 0. */
  readonly metricsServer: Server | null;
  /** Enabled schedules whose job schedulers were (re)created at start. */
  readonly schedulesReconciled: number;
}

/** How the account jobs ended at close: finished in the grace period, or handed back to the queue. */
export type WorkerCloseOutcome = 'drained' | 'handed-over' | 'not-started';

/** A worker process: its parts and processor deps, started on demand, and one way to stop it all. */
export interface WorkerRuntime {
  readonly config: WorkerConfig;
  readonly logger: Logger;
  readonly store: Store;
  readonly aws: AwsAccess;
  readonly metrics: WorkerMetrics;
  /** What the scan processors run with (tests drive processors with them directly). */
  readonly processorDeps: ProcessorDeps;
  /** What the schedule processor runs with. */
  readonly scheduledScanDeps: ScheduledScanDeps;
  readonly scanQueue: ScanQueue;
  readonly scheduleQueue: ScheduleQueue;
  readonly webhookQueue: WebhookQueue;
  /**
   * Starts consuming: reconciles the schedules with the database, schedules the webhook sweep, opens the
   * metrics endpoint and starts the scan, schedule and webhook workers. Once.
   */
  start(): Promise<RunningWorkers>;
  /**
   * Stops taking jobs; account jobs still running after SHUTDOWN_GRACE_MS are handed back to the queue.
   * Then closes the metrics endpoint, HTTP client, queues, Redis connections and the pool, in that order.
   */
  close(): Promise<WorkerCloseOutcome>;
}

/**
 * The worker's composition root: everything the process needs, built from its parsed configuration —
 * migrations, the pool and store, the worker-role Redis connections (they wait for Redis instead of failing
 * fast), queues, the rate limiter and per-organization account slots, the AWS access, the webhook HTTP
 * client and the processor deps. The workers themselves start with start(). Whatever was opened before a
 * step fails is closed again before the error is rethrown.
 */
export async function createWorkerRuntime(
  config: WorkerConfig,
  overrides: WorkerRuntimeOverrides = {},
): Promise<WorkerRuntime> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, name: 'orgscan-worker' });
  const now = overrides.now ?? (() => new Date());
  const newId = overrides.newId ?? randomUUID;
  const pause = (ms: number) => sleep(ms);
  const connectionErrors = new ConnectionErrorLog(logger);
  const shutdown = new ShutdownSequence();
  let outcome: WorkerCloseOutcome = 'not-started';
  const close = async () => {
    await shutdown.run((step, error) =>
      logger.warn({ step, err: error instanceof Error ? error.message : String(error) }, 'close step failed'),
    );
    return outcome;
  };
  /** A worker-role connection: BullMQ needs one per blocking consumer; each is watched and closed. */
  const redisConnection = (role: string, kind: 'worker' | 'limiter' = 'worker') => {
    const connection = createRedisConnection(config.REDIS_URL, kind, config.REDIS_MODE);
    connectionErrors.watchRedis(connection, role);
    shutdown.add(`${role} connection`, () => closeRedisConnection(connection));
    return connection;
  };
  try {
    const pool = createPool({
      connectionString: config.DATABASE_URL,
      applicationName: 'orgscan-worker',
      connectionErrors,
    });
    shutdown.add('postgres pool', () => pool.end());
    await migrate(pool);
    const secrets = SecretBox.fromConfig(config);
    const store = createStore(pool, secrets);
    await prepareStoredSecrets(store, secrets, logger);

    const scanJobsConnection = redisConnection('scan jobs');
    const automationConnection = redisConnection('schedule and webhook jobs');
    // Producers of the worker (scheduled scans, webhook jobs) wait for Redis like the rest of the worker.
    const producer = redisConnection('worker producer');
    // The shared rate limiter and the per-organization account slots.
    const limiterConnection = redisConnection('rate limiter and account slots', 'limiter');
    const queueOptions = {
      connection: producer,
      prefix: redisKeyPrefix(config),
      onError: connectionErrors.listener('worker producer'),
    };
    const scanQueue = new ScanQueue({
      ...queueOptions,
      availabilityTimeoutMs: 5_000,
      accountAttempts: config.SCAN_ACCOUNT_ATTEMPTS,
    });
    shutdown.add('scan queue', () => scanQueue.close());
    const scheduleQueue = new ScheduleQueue(queueOptions);
    shutdown.add('schedule queue', () => scheduleQueue.close());
    const webhookQueue = new WebhookQueue(queueOptions);
    shutdown.add('webhook queue', () => webhookQueue.close());

    const metrics = new WorkerMetrics();
    const aws = createAwsAccess(config, {
      limiter:
        overrides.awsRateLimiter ??
        createSharedRateLimiter(config, { redis: limiterConnection, logger, sleep: pause }),
      onAttempt: (event) => metrics.recordAttempt(event),
      ...(overrides.awsTransport ? { transport: overrides.awsTransport } : {}),
    });
    const http = new SafeHttpClient({
      policy: DestinationPolicy.fromConfig(config.WEBHOOK_ALLOWED_PRIVATE_TARGETS),
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      ...(overrides.resolve ? { resolve: overrides.resolve } : {}),
    });
    shutdown.add('webhook http client', () => http.close());

    const storeOutage: StoreOutagePolicy = {
      maxWaitMs: config.STORE_OUTAGE_MAX_WAIT_SECONDS * 1000,
      sleep: pause,
      now: () => performance.now(),
      onWaiting: (error) =>
        logger.warn({ err: error.message }, 'store unavailable: waiting for Postgres before going on'),
      onRecovered: (waitedMs) => logger.info({ waitedMs: Math.round(waitedMs) }, 'store available again'),
    };
    const processorDeps: ProcessorDeps = {
      store,
      aws,
      logger,
      untilStoreAvailable: (operation) => untilStoreAvailable(operation, storeOutage),
      partition: config.AWS_PARTITION,
      homeRegion: config.AWS_HOME_REGION,
      otherPartitionsLogged: new OncePerScan(),
      now,
      sleep: pause,
      scanQueue,
      webhooks: webhookQueue,
      expireFindings: (organizationId) =>
        store.retention.apply(organizationId, config.FINDINGS_RETENTION_SCANS, now()),
    };
    const scheduledScanDeps: ScheduledScanDeps = {
      store,
      logger,
      now,
      newId,
      startScan: (request, scanId) =>
        startScan(
          {
            store,
            queue: scanQueue,
            logger,
            configuredRegions: config.SCAN_REGIONS ? config.SCAN_REGIONS.split(',') : null,
            now,
            // The scan gets the id its schedule run recorded beforehand.
            newId: () => scanId,
          },
          request,
        ),
    };

    let started: Promise<RunningWorkers> | null = null;
    const start = async (): Promise<RunningWorkers> => {
      const schedulesReconciled = (await scheduleQueue.reconcile(await store.schedules.listEnabled()))
        .upserted;
      await webhookQueue.scheduleSweep(config.WEBHOOK_SWEEP_INTERVAL_MS);
      const metricsServer =
        config.WORKER_METRICS_PORT > 0
          ? await startMetricsServer(metrics.registry, config.WORKER_METRICS_PORT, config.WORKER_METRICS_HOST)
          : null;
      if (metricsServer) {
        shutdown.add('metrics endpoint', () => {
          metricsServer.closeAllConnections();
          return new Promise((resolve) => metricsServer.close(resolve));
        });
      }
      const schedule = buildScheduleWorker({
        ...scheduledScanDeps,
        connection: automationConnection,
        prefix: redisKeyPrefix(config),
      });
      const webhook = buildWebhookWorker({
        connection: automationConnection,
        prefix: redisKeyPrefix(config),
        concurrency: config.WEBHOOK_WORKER_CONCURRENCY,
        store,
        logger,
        now,
        queue: webhookQueue,
        secrets,
        http,
        retrySchedule: new RetrySchedule(config.WEBHOOK_RETRY_SCHEDULE),
        concurrencyPerEndpoint: config.WEBHOOK_CONCURRENCY_PER_ENDPOINT,
        // A Jira delivery makes up to five requests: the lease outlives them all.
        leaseMs: config.WEBHOOK_TIMEOUT_MS * 6 + 10_000,
      });
      const scan = buildWorker({
        ...processorDeps,
        connection: scanJobsConnection,
        prefix: redisKeyPrefix(config),
        concurrency: config.WORKER_CONCURRENCY,
        lockMs: config.WORKER_LOCK_MS,
        metrics,
        accountSlots: new AccountSlots({
          redis: limiterConnection,
          prefix: redisKeyPrefix(config),
          limit: config.ORG_MAX_CONCURRENT_ACCOUNTS,
          leaseMs: 30 * 60 * 1000,
        }),
        ...(overrides.accountSlotRetryDelayMs === undefined
          ? {}
          : { slotRetryDelayMs: overrides.accountSlotRetryDelayMs }),
      });
      shutdown.add('workers', async () => {
        [outcome] = await Promise.all([
          scan.close(config.SHUTDOWN_GRACE_MS),
          schedule.close(),
          webhook.close(),
        ]);
      });
      logger.info(
        { concurrency: config.WORKER_CONCURRENCY, awsMode: config.AWS_MODE, schedules: schedulesReconciled },
        'worker started',
      );
      return { scan, schedule, webhook, metricsServer, schedulesReconciled };
    };

    return {
      config,
      logger,
      store,
      aws,
      metrics,
      processorDeps,
      scheduledScanDeps,
      scanQueue,
      scheduleQueue,
      webhookQueue,
      start: () => {
        started ??= start();
        return started;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
