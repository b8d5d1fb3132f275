import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConfigError,
  createAwsAccess,
  createLogger,
  createPool,
  createRedisConnection,
  createStore,
  loadConfig,
  migrate,
  workerConfigSchema,
} from '@orgscan/core';
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
  const scanWorker = buildWorker({
    store: createStore(pool),
    aws: createAwsAccess(config),
    logger,
    partition: config.AWS_PARTITION,
    homeRegion: config.AWS_HOME_REGION,
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
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
    await Promise.allSettled([connection.quit(), pool.end()]);
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
