import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  apiConfigSchema,
  ConfigError,
  cancelScan,
  createApiMetrics,
  createAwsAccess,
  createLogger,
  createPool,
  createRedisConnection,
  createSharedRateLimiter,
  createStore,
  DestinationPolicy,
  hashApiKey,
  loadConfig,
  migrate,
  requireSecretsKeyForWebhooks,
  retryFailedAccounts,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  startScan,
  WebhookQueue,
} from '@orgscan/core';
import { buildApp } from './app.js';

export const DEFAULT_ORGANIZATION_ID = 'default';

/** Process entry of the API: configuration, connections, migrations, the default organization, listen. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig<typeof apiConfigSchema>>;
  try {
    config = loadConfig(apiConfigSchema, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'orgscan-api' });
  const pool = createPool({ connectionString: config.DATABASE_URL, applicationName: 'orgscan-api' });
  await migrate(pool);
  const store = createStore(pool);
  if (config.API_BOOTSTRAP_ADMIN_KEY) {
    logger.warn(
      'API_BOOTSTRAP_ADMIN_KEY is set: create named API keys, then remove it from the configuration',
    );
  }
  await store.organizations.upsert({
    id: DEFAULT_ORGANIZATION_ID,
    name: 'Default organization',
    managementRoleArn: config.ORG_ROLE_ARN ?? null,
    memberRoleName: config.MEMBER_ROLE_NAME,
    externalId: config.EXTERNAL_ID ?? null,
    managementExternalId: config.ORG_ROLE_EXTERNAL_ID ?? null,
  });
  const connection = createRedisConnection(config.REDIS_URL, 'producer');
  connection.on('error', () => {});
  const queue = new ScanQueue({
    connection,
    prefix: config.QUEUE_PREFIX,
    availabilityTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    accountAttempts: config.SCAN_ACCOUNT_ATTEMPTS,
  });
  const secrets = SecretBox.fromConfig(config);
  await requireSecretsKeyForWebhooks(store, secrets);
  const scheduleQueue = new ScheduleQueue({ connection, prefix: config.QUEUE_PREFIX });
  const webhookQueue = new WebhookQueue({ connection, prefix: config.QUEUE_PREFIX });
  const rateLimit = createSharedRateLimiter(config, logger, (ms) => sleep(ms));
  const aws = createAwsAccess(config, { limiter: rateLimit.limiter });
  const app = await buildApp({
    logger,
    store,
    queue,
    defaultOrganizationId: DEFAULT_ORGANIZATION_ID,
    readinessTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    auth: {
      // Only the hash of the bootstrap key is kept; the key itself stays in the environment.
      bootstrapKeyHash: config.API_BOOTSTRAP_ADMIN_KEY
        ? hashApiKey(config.API_BOOTSTRAP_ADMIN_KEY, config.API_KEY_PEPPER)
        : null,
      pepper: config.API_KEY_PEPPER,
      rateLimit: { perMinute: config.API_RATE_LIMIT_PER_MINUTE, burst: config.API_RATE_LIMIT_BURST },
      sessions: {
        idleMs: config.WEB_SESSION_IDLE_MINUTES * 60_000,
        maxMs: config.WEB_SESSION_MAX_HOURS * 3_600_000,
      },
    },
    ...(config.API_TRUST_PROXY ? { trustProxy: config.API_TRUST_PROXY } : {}),
    exportConcurrency: config.API_EXPORT_CONCURRENCY,
    schedules: { queue: scheduleQueue, minIntervalSeconds: config.SCHEDULE_MIN_INTERVAL_SECONDS },
    webhooks: {
      secrets,
      destinations: DestinationPolicy.fromConfig(config.WEBHOOK_ALLOWED_PRIVATE_TARGETS),
      queue: webhookQueue,
    },
    now: () => new Date(),
    newId: randomUUID,
    metrics: createApiMetrics({ pool, queue }),
    cancelScan: (scanId) => cancelScan({ store: store, queue, now: () => new Date() }, scanId),
    retryScan: (scanId) => retryFailedAccounts({ store: store, queue, now: () => new Date() }, scanId),
    startScan: (request) =>
      startScan(
        {
          store,
          queue,
          aws,
          logger,
          partition: config.AWS_PARTITION,
          configuredRegions: config.SCAN_REGIONS ? config.SCAN_REGIONS.split(',') : null,
          now: () => new Date(),
          newId: randomUUID,
          sleep: (ms: number) => sleep(ms),
        },
        request,
      ),
  });

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => process.exit(1), 10_000);
    await app.close();
    await Promise.allSettled([queue.close(), scheduleQueue.close(), webhookQueue.close()]);
    await Promise.allSettled([connection.quit(), rateLimit.connection.quit(), pool.end()]);
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void close('SIGTERM'));
  process.once('SIGINT', () => void close('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  console.error('api failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
