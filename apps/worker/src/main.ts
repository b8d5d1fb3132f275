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
  loadConfig,
  migrate,
  WorkerMetrics,
  workerConfigSchema,
} from '@orgscan/core';
import { startMetricsServer } from './metrics-server.js';
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
  const scanWorker = buildWorker({
    store: createStore(pool),
    aws: createAwsAccess(config, {
      limiter: rateLimit.limiter,
      onAttempt: (event) => metrics.recordAttempt(event),
    }),
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
  logger.info({ concurrency: config.WORKER_CONCURRENCY, awsMode: config.AWS_MODE }, 'worker started');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceMs: config.SHUTDOWN_GRACE_MS },
      'shutting down: no new jobs, finishing active ones',
    );
    const outcome = await scanWorker.close(config.SHUTDOWN_GRACE_MS);
    metricsServer?.close();
    await Promise.allSettled([connection.quit(), rateLimit.connection.quit(), pool.end()]);
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
