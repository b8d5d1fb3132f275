import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AccountSlots,
  ConfigError,
  createAwsAccess,
  createLogger,
  createPool,
  createRedisConnection,
  createSharedRateLimiter,
  createStore,
  DestinationPolicy,
  loadConfig,
  migrate,
  prepareStoredSecrets,
  RetrySchedule,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  startScan,
  WebhookQueue,
  WorkerMetrics,
  workerConfigSchema,
} from '@orgscan/core';
import { SafeHttpClient } from './delivery/safe-http-client.js';
import { startMetricsServer } from './metrics-server.js';
import { buildScheduleWorker } from './schedule-worker.js';
import { buildWebhookWorker } from './webhook-worker.js';
import { buildWorker } from './worker.js';

/** Process entry of a worker: configuration, connections, migrations, the worker, graceful shutdown. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig<typeof workerConfigSchema>>;
  try {
    config = loadConfig(workerConfigSchema, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'orgscan-worker' });
  const pool = createPool({ connectionString: config.DATABASE_URL, applicationName: 'orgscan-worker' });
  await migrate(pool);
  const connection = createRedisConnection(config.REDIS_URL, 'worker');
  const rateLimit = createSharedRateLimiter(config, logger, (ms) => sleep(ms));
  const metrics = new WorkerMetrics();
  const metricsServer =
    config.WORKER_METRICS_PORT > 0
      ? await startMetricsServer(metrics.registry, config.WORKER_METRICS_PORT)
      : null;
  const secrets = SecretBox.fromConfig(config);
  const store = createStore(pool, secrets);
  await prepareStoredSecrets(store, secrets, logger);
  const aws = createAwsAccess(config, {
    limiter: rateLimit.limiter,
    onAttempt: (event) => metrics.recordAttempt(event),
  });
  // Producers of the worker (scheduled scans, webhook jobs): a worker-role connection waits for Redis.
  const producer = createRedisConnection(config.REDIS_URL, 'worker');
  const scanQueue = new ScanQueue({
    connection: producer,
    prefix: config.QUEUE_PREFIX,
    availabilityTimeoutMs: 5_000,
    accountAttempts: config.SCAN_ACCOUNT_ATTEMPTS,
  });
  const scheduleQueue = new ScheduleQueue({ connection: producer, prefix: config.QUEUE_PREFIX });
  const webhookQueue = new WebhookQueue({ connection: producer, prefix: config.QUEUE_PREFIX });
  const reconciled = await scheduleQueue.reconcile(await store.schedules.listEnabled());
  await webhookQueue.scheduleSweep(config.WEBHOOK_SWEEP_INTERVAL_MS);
  const http = new SafeHttpClient({
    policy: DestinationPolicy.fromConfig(config.WEBHOOK_ALLOWED_PRIVATE_TARGETS),
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  });
  const automationConnection = createRedisConnection(config.REDIS_URL, 'worker');
  const scheduleWorker = buildScheduleWorker({
    connection: automationConnection,
    prefix: config.QUEUE_PREFIX,
    store,
    logger,
    now: () => new Date(),
    newId: randomUUID,
    startScan: (request, scanId) =>
      startScan(
        {
          store,
          queue: scanQueue,
          aws,
          logger,
          partition: config.AWS_PARTITION,
          configuredRegions: config.SCAN_REGIONS ? config.SCAN_REGIONS.split(',') : null,
          now: () => new Date(),
          // The scan gets the id its schedule run recorded beforehand.
          newId: () => scanId,
          sleep: (ms: number) => sleep(ms),
        },
        request,
      ),
  });
  const webhookWorker = buildWebhookWorker({
    connection: automationConnection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WEBHOOK_WORKER_CONCURRENCY,
    store,
    logger,
    now: () => new Date(),
    queue: webhookQueue,
    secrets,
    http,
    retrySchedule: new RetrySchedule(config.WEBHOOK_RETRY_SCHEDULE),
    concurrencyPerEndpoint: config.WEBHOOK_CONCURRENCY_PER_ENDPOINT,
    // A Jira delivery makes up to five requests: the lease outlives them all.
    leaseMs: config.WEBHOOK_TIMEOUT_MS * 6 + 10_000,
  });
  const scanWorker = buildWorker({
    store,
    aws,
    webhooks: webhookQueue,
    logger,
    partition: config.AWS_PARTITION,
    homeRegion: config.AWS_HOME_REGION,
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    lockMs: config.WORKER_LOCK_MS,
    metrics,
    accountSlots: new AccountSlots({
      redis: rateLimit.connection,
      prefix: config.QUEUE_PREFIX,
      limit: config.ORG_MAX_CONCURRENT_ACCOUNTS,
      leaseMs: 30 * 60 * 1000,
    }),
  });
  logger.info(
    { concurrency: config.WORKER_CONCURRENCY, awsMode: config.AWS_MODE, schedules: reconciled.upserted },
    'worker started',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceMs: config.SHUTDOWN_GRACE_MS },
      'shutting down: no new jobs, finishing active ones',
    );
    const [outcome] = await Promise.all([
      scanWorker.close(config.SHUTDOWN_GRACE_MS),
      scheduleWorker.close(),
      webhookWorker.close(),
    ]);
    metricsServer?.close();
    http.close();
    await Promise.allSettled([scanQueue.close(), scheduleQueue.close(), webhookQueue.close()]);
    await Promise.allSettled([
      connection.quit(),
      producer.quit(),
      automationConnection.quit(),
      rateLimit.connection.quit(),
      pool.end(),
    ]);
    logger.info({ outcome }, 'worker stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('worker failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
