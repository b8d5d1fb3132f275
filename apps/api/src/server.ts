import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  apiConfigSchema,
  ConfigError,
  createAwsAccess,
  createLogger,
  createPool,
  createRedisConnection,
  createStore,
  loadConfig,
  migrate,
  ScanQueue,
  startScan,
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
  await store.organizations.upsert({
    id: DEFAULT_ORGANIZATION_ID,
    name: 'Default organization',
    managementRoleArn: config.ORG_ROLE_ARN ?? null,
    memberRoleName: config.MEMBER_ROLE_NAME,
    externalId: config.EXTERNAL_ID ?? null,
  });
  const connection = createRedisConnection(config.REDIS_URL, 'producer');
  connection.on('error', () => {});
  const queue = new ScanQueue({
    connection,
    prefix: config.QUEUE_PREFIX,
    availabilityTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    accountAttempts: config.SCAN_ACCOUNT_ATTEMPTS,
  });
  const aws = createAwsAccess(config);
  const app = await buildApp({
    logger,
    store,
    queue,
    defaultOrganizationId: DEFAULT_ORGANIZATION_ID,
    readinessTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
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
    await Promise.allSettled([queue.close(), connection.quit(), pool.end()]);
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
