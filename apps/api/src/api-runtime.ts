import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  type ApiConfig,
  ConnectionErrorLog,
  cancelScan,
  closeRedisConnection,
  createApiMetrics,
  createLogger,
  createPool,
  createRedisConnection,
  createStore,
  DestinationPolicy,
  hashApiKey,
  type Logger,
  migrate,
  prepareStoredSecrets,
  redisKeyPrefix,
  retryFailedAccounts,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  ShutdownSequence,
  type Store,
  startScan,
  WebhookQueue,
} from '@orgscan/core';
import { buildApp, PREAUTH_RATE_LIMIT_DEFAULTS } from './app.js';
import type { TypedApp } from './http/typed-app.js';

/** The organization a request that names none is about; created at start-up from the configuration. */
export const DEFAULT_ORGANIZATION_ID = 'default';

/**
 * How long in-flight requests may run at shutdown before their connections are closed: an export can stream
 * for minutes, and a client that opened a connection without sending a request would otherwise hold the
 * server open until its header timeout. Below server.ts's 10 s deadline.
 */
const REQUEST_GRACE_MS = 5_000;

/** What tests and benchmarks substitute; everything else comes from the configuration. */
export interface ApiRuntimeOverrides {
  /** Default: JSON lines on stdout at LOG_LEVEL. */
  readonly logger?: Logger;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** A running API process: its parts, listening on demand, and one way to stop it all. */
export interface ApiRuntime {
  readonly config: ApiConfig;
  readonly logger: Logger;
  readonly store: Store;
  readonly app: TypedApp;
  readonly scanQueue: ScanQueue;
  readonly scheduleQueue: ScheduleQueue;
  readonly webhookQueue: WebhookQueue;
  /** Listens on HOST:PORT (or the address given) and returns the port it got. */
  listen(address?: { readonly host: string; readonly port: number }): Promise<{ readonly port: number }>;
  /**
   * Finishes in-flight requests (for up to 5 s), then closes the queues, Redis connections and the pool, in
   * that order.
   */
  close(): Promise<void>;
}

/**
 * The API's composition root: everything the process needs, built from its parsed configuration —
 * migrations, the default organization, the producer connection (fails fast: 503 while Redis is down),
 * queues, the AWS access used to enumerate organizations, and the Fastify app. Whatever was opened before a
 * step fails is closed again before the error is rethrown.
 */
export async function createApiRuntime(
  config: ApiConfig,
  overrides: ApiRuntimeOverrides = {},
): Promise<ApiRuntime> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, name: 'orgscan-api' });
  const now = overrides.now ?? (() => new Date());
  const newId = overrides.newId ?? randomUUID;
  const connectionErrors = new ConnectionErrorLog(logger);
  const shutdown = new ShutdownSequence();
  const close = () =>
    shutdown.run((step, error) =>
      logger.warn({ step, err: error instanceof Error ? error.message : String(error) }, 'close step failed'),
    );
  try {
    const pool = createPool({
      connectionString: config.DATABASE_URL,
      applicationName: 'orgscan-api',
      connectionErrors,
    });
    shutdown.add('postgres pool', () => pool.end());
    await migrate(pool);
    const secrets = SecretBox.fromConfig(config);
    const store = createStore(pool, secrets);
    // Seals what is still stored in clear (ExternalIds, webhook URLs), or refuses sealed data without a key.
    await prepareStoredSecrets(store, secrets, logger);
    await store.organizations.upsert({
      id: DEFAULT_ORGANIZATION_ID,
      name: 'Default organization',
      managementRoleArn: config.ORG_ROLE_ARN ?? null,
      memberRoleName: config.MEMBER_ROLE_NAME,
      externalId: config.EXTERNAL_ID ?? null,
      managementExternalId: config.ORG_ROLE_EXTERNAL_ID ?? null,
    });
    if (config.API_BOOTSTRAP_ADMIN_KEY) {
      logger.warn(
        'API_BOOTSTRAP_ADMIN_KEY is set: create named API keys, then remove it from the configuration',
      );
    }

    const producer = createRedisConnection(config.REDIS_URL, 'producer', config.REDIS_MODE);
    connectionErrors.watchRedis(producer, 'api producer');
    shutdown.add('api producer connection', () => closeRedisConnection(producer));
    const queueOptions = {
      connection: producer,
      prefix: redisKeyPrefix(config),
      onError: connectionErrors.listener('api producer'),
    };
    const scanQueue = new ScanQueue({
      ...queueOptions,
      availabilityTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
      accountAttempts: config.SCAN_ACCOUNT_ATTEMPTS,
    });
    shutdown.add('scan queue', () => scanQueue.close());
    const scheduleQueue = new ScheduleQueue(queueOptions);
    shutdown.add('schedule queue', () => scheduleQueue.close());
    const webhookQueue = new WebhookQueue(queueOptions);
    shutdown.add('webhook queue', () => webhookQueue.close());

    const scanServices = { store, queue: scanQueue, now };
    const app = await buildApp({
      logger,
      store,
      queue: scanQueue,
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
      preAuthRateLimit: {
        ...PREAUTH_RATE_LIMIT_DEFAULTS,
        perSecond: config.API_PREAUTH_RATE_LIMIT_PER_SECOND,
        burst: config.API_PREAUTH_RATE_LIMIT_BURST,
      },
      trustProxy: config.API_TRUST_PROXY ? config.API_TRUST_PROXY.split(',') : [],
      exportConcurrency: config.API_EXPORT_CONCURRENCY,
      schedules: { queue: scheduleQueue, minIntervalSeconds: config.SCHEDULE_MIN_INTERVAL_SECONDS },
      webhooks: {
        secrets,
        destinations: DestinationPolicy.fromConfig(config.WEBHOOK_ALLOWED_PRIVATE_TARGETS),
        queue: webhookQueue,
      },
      now,
      newId,
      metrics: createApiMetrics({ pool, queue: scanQueue }),
      cancelScan: (scanId, audit) => cancelScan(scanServices, scanId, audit),
      retryScan: (scanId, audit) => retryFailedAccounts(scanServices, scanId, audit),
      startScan: (request) =>
        startScan(
          {
            store,
            queue: scanQueue,
            logger,
            configuredRegions: config.SCAN_REGIONS ? config.SCAN_REGIONS.split(',') : null,
            now,
            newId,
          },
          request,
        ),
    });
    shutdown.add('http server', async () => {
      const timer = setTimeout(() => app.server.closeAllConnections(), REQUEST_GRACE_MS);
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
      }
    });

    return {
      config,
      logger,
      store,
      app,
      scanQueue,
      scheduleQueue,
      webhookQueue,
      async listen(address = { host: config.HOST, port: config.PORT }) {
        await app.listen(address);
        return { port: (app.server.address() as AddressInfo).port };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
