import { type Static, type TLiteral, type TUnion, Type } from '@sinclair/typebox';
import { RETRY_SCHEDULE_PATTERN } from '../webhooks/retry-schedule.js';
import { Env } from './env-types.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ARN_PATTERN = '^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$';
const RATE_PATTERN = '^\\d+(\\.\\d+)?/\\d+$';
const KEY_PATTERN = '[A-Za-z0-9+/]{43}=';
const REGION_LIST_PATTERN = '^[a-z]{2}(-[a-z]+)+-\\d(,[a-z]{2}(-[a-z]+)+-\\d)*$';

function oneOf<const T extends readonly string[]>(description: string, values: T, defaultValue: T[number]) {
  return Env.oneOf(description, values, defaultValue) as unknown as TUnion<TLiteral<T[number]>[]>;
}

/** Keys every process reads: storage, queue, AWS access, logging. */
export const commonConfigSchema = Type.Object({
  DATABASE_URL: Env.string('PostgreSQL connection string', { pattern: '^postgres(ql)?://' }),
  REDIS_URL: Env.string('Redis connection string (the queue)', { pattern: '^rediss?://' }),
  REDIS_MODE: oneOf(
    'standalone: one Redis (or a primary with replicas); cluster: REDIS_URL is a node of a Redis Cluster ' +
      '(ElastiCache or MemoryDB cluster mode: the configuration endpoint), keys get the QUEUE_PREFIX hash tag',
    ['standalone', 'cluster'],
    'standalone',
  ),
  QUEUE_PREFIX: Env.string(
    'Prefix of every BullMQ key in Redis (in cluster mode used as the hash tag {prefix})',
    {
      pattern: '^[A-Za-z0-9_-]+$',
      default: 'orgscan',
    },
  ),
  LOG_LEVEL: oneOf('Log level', LOG_LEVELS, 'info'),
  AWS_MODE: oneOf(
    'aws: real AWS through the SDK; simulated: the built-in simulated organization',
    ['aws', 'simulated'],
    'aws',
  ),
  AWS_HOME_REGION: Env.string('Region for global services, Organizations and STS', {
    pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
    default: 'us-east-1',
  }),
  AWS_PARTITION: oneOf('AWS partition of the organization', ['aws', 'aws-us-gov', 'aws-cn'], 'aws'),
  AWS_S3_FORCE_PATH_STYLE: Type.Boolean({
    description:
      'AWS_MODE=aws: path-style S3 addressing (bucket in the path, no account prefix on S3 Control hosts), for S3-compatible endpoints set with AWS_ENDPOINT_URL',
    default: false,
  }),
  ORG_ROLE_ARN: Env.optionalString(
    'Role in the management (or Organizations delegated-admin) account to enumerate accounts; unset: own credentials',
    { pattern: ARN_PATTERN },
  ),
  ORG_ROLE_EXTERNAL_ID: Env.optionalString('ExternalId for ORG_ROLE_ARN, when its trust policy requires one'),
  MEMBER_ROLE_NAME: Env.string('Name of the scanning role in every member account', {
    pattern: '^[\\w+=,.@-]{1,64}$',
    default: 'OrgScanReadOnly',
  }),
  EXTERNAL_ID: Env.optionalString('ExternalId the member role trust policy requires (sts:ExternalId)'),
  SCAN_REGIONS: Env.optionalString(
    'Comma-separated allow-list of regions to scan; unset: every enabled region',
    {
      pattern: REGION_LIST_PATTERN,
    },
  ),
  SCAN_ACCOUNT_ATTEMPTS: Env.integer('Attempts per account job before the account is marked failed', {
    minimum: 1,
    maximum: 20,
    default: 3,
  }),
  AWS_REQUEST_TIMEOUT_MS: Env.integer('Timeout of one AWS request', {
    minimum: 100,
    maximum: 300_000,
    default: 15_000,
  }),
  AWS_THROTTLE_ATTEMPTS: Env.integer('Attempts of a throttled AWS call before it is reported as throttled', {
    minimum: 1,
    maximum: 30,
    default: 10,
  }),
  AWS_RETRY_BASE_DELAY_MS: Env.integer('Base of the exponential backoff between AWS retries', {
    minimum: 1,
    maximum: 60_000,
    default: 200,
  }),
  AWS_RETRY_MAX_DELAY_MS: Env.integer('Ceiling of one backoff delay', {
    minimum: 1,
    maximum: 300_000,
    default: 20_000,
  }),
  AWS_MAX_CONCURRENT_CALLS_PER_ACCOUNT: Env.integer('AWS calls in flight per account scan', {
    minimum: 1,
    maximum: 256,
    default: 16,
  }),
  ASSUME_ROLE_DURATION_SECONDS: Env.integer('Session length of assumed member roles', {
    minimum: 900,
    maximum: 43_200,
    default: 3600,
  }),
  RATE_LIMIT_EC2: Env.string(
    'EC2 calls per account and region: "<per second>/<burst>" (half of AWS\'s bucket)',
    {
      pattern: RATE_PATTERN,
      default: '10/50',
    },
  ),
  RATE_LIMIT_IAM: Env.string('IAM calls per account: "<per second>/<burst>"', {
    pattern: RATE_PATTERN,
    default: '5/10',
  }),
  RATE_LIMIT_ORGANIZATIONS: Env.string('Organizations calls, scanner-wide: "<per second>/<burst>"', {
    pattern: RATE_PATTERN,
    default: '5/20',
  }),
  RATE_LIMIT_STS: Env.string(
    'STS AssumeRole calls, scanner-wide (AWS allows 600/s): "<per second>/<burst>"',
    {
      pattern: RATE_PATTERN,
      default: '100/200',
    },
  ),
  RATE_LIMIT_OTHER: Env.string('Other services, per account, region and service: "<per second>/<burst>"', {
    pattern: RATE_PATTERN,
    default: '10/20',
  }),
  SIMULATED_ENFORCE_AWS_LIMITS: Type.Boolean({
    description: 'AWS_MODE=simulated: throttle calls beyond AWS-like buckets (twice the default limits)',
    default: true,
  }),
  SIMULATED_ORG_FILE: Env.optionalString(
    'AWS_MODE=simulated: JSON organization description; unset: the demo org',
  ),
  SIMULATED_LATENCY_MS: Env.integer('AWS_MODE=simulated: latency added to every call', {
    minimum: 0,
    maximum: 60_000,
    default: 0,
  }),
  SIMULATED_THROTTLE_RATE: Env.number('AWS_MODE=simulated: probability that a call is throttled', {
    minimum: 0,
    maximum: 1,
    default: 0,
  }),
  SECRETS_ENCRYPTION_KEY: Env.optionalString(
    'Base64 of 32 random bytes: AES-256-GCM key of stored webhook secrets, webhook URLs and ExternalIds; required once sealed values exist (unset: ExternalIds in clear)',
    { pattern: `^${KEY_PATTERN}$` },
  ),
  SECRETS_ENCRYPTION_PREVIOUS_KEYS: Env.optionalString(
    'Comma-separated earlier SECRETS_ENCRYPTION_KEY values: secrets sealed with them still open (key rotation)',
    { pattern: `^${KEY_PATTERN}(,${KEY_PATTERN})*$` },
  ),
  WEBHOOK_ALLOWED_PRIVATE_TARGETS: Env.optionalString(
    'Comma-separated CIDRs and host names webhooks may reach although private (and over http); unset: public https only',
  ),
});

export const apiConfigSchema = Type.Composite([
  commonConfigSchema,
  Type.Object({
    HOST: Env.string('Interface the API listens on', { default: '0.0.0.0' }),
    PORT: Env.integer('Port the API listens on', { minimum: 1, maximum: 65_535, default: 3000 }),
    REDIS_COMMAND_TIMEOUT_MS: Env.integer('How long a request waits for Redis before answering 503', {
      minimum: 50,
      maximum: 30_000,
      default: 1000,
    }),
    API_BOOTSTRAP_ADMIN_KEY: Env.optionalString(
      'Admin API key accepted from start-up, to create the first keys; only its hash is kept in memory',
      { pattern: '^\\S{32,256}$' },
    ),
    API_KEY_PEPPER: Env.optionalString(
      'Secret mixed into the HMAC of stored API keys (keep it out of the database); changing it invalidates every key',
      { pattern: '^\\S{32,256}$' },
    ),
    API_RATE_LIMIT_PER_MINUTE: Env.integer(
      'Requests per minute per API key (token bucket, per API process)',
      { minimum: 1, maximum: 1_000_000, default: 600 },
    ),
    API_RATE_LIMIT_BURST: Env.integer(
      'Requests an API key may send at once before the per-minute rate applies',
      { minimum: 1, maximum: 100_000, default: 100 },
    ),
    API_PREAUTH_RATE_LIMIT_PER_SECOND: Env.integer(
      'Requests per second per client address, checked before the API key (per API process; /healthz exempt)',
      { minimum: 1, maximum: 100_000, default: 50 },
    ),
    API_PREAUTH_RATE_LIMIT_BURST: Env.integer(
      'Requests a client address may send at once before API_PREAUTH_RATE_LIMIT_PER_SECOND applies',
      { minimum: 1, maximum: 1_000_000, default: 200 },
    ),
    API_TRUST_PROXY: Env.optionalString(
      'Comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For (client address) and X-Forwarded-Proto (Secure cookies) are believed; unset: none',
      { pattern: '^[0-9A-Fa-f.:/]+(,[0-9A-Fa-f.:/]+)*$' },
    ),
    API_EXPORT_CONCURRENCY: Env.integer(
      'Exports streaming at once per API process (each holds a database connection)',
      { minimum: 1, maximum: 50, default: 4 },
    ),
    SCHEDULE_MIN_INTERVAL_SECONDS: Env.integer('Shortest interval between two runs of a scan schedule', {
      minimum: 1,
      maximum: 86_400,
      default: 300,
    }),
    WEB_SESSION_IDLE_MINUTES: Env.integer('Dashboard sessions end after this long without a request', {
      minimum: 1,
      maximum: 1440,
      default: 30,
    }),
    WEB_SESSION_MAX_HOURS: Env.integer('Dashboard sessions end this long after sign-in, however active', {
      minimum: 1,
      maximum: 168,
      default: 12,
    }),
  }),
]);

export const workerConfigSchema = Type.Composite([
  commonConfigSchema,
  Type.Object({
    WORKER_CONCURRENCY: Env.integer('Account jobs one worker process runs at once', {
      minimum: 1,
      maximum: 500,
      default: 8,
    }),
    WORKER_LOCK_MS: Env.integer(
      'How long a job stays locked to a worker that stopped renewing it (crash) before another takes it over',
      { minimum: 1_000, maximum: 600_000, default: 60_000 },
    ),
    WORKER_METRICS_PORT: Env.integer("Port of the worker's Prometheus /metrics endpoint; 0 turns it off", {
      minimum: 0,
      maximum: 65_535,
      default: 9464,
    }),
    WORKER_METRICS_HOST: Env.string(
      "Interface the worker's /metrics endpoint listens on: 0.0.0.0 (every interface, for containers) or 127.0.0.1",
      { default: '0.0.0.0' },
    ),
    ORG_MAX_CONCURRENT_ACCOUNTS: Env.integer(
      'Accounts of one organization scanned at once across all workers',
      {
        minimum: 1,
        maximum: 10_000,
        default: 200,
      },
    ),
    STORE_OUTAGE_MAX_WAIT_SECONDS: Env.integer(
      'How long account and finalize work waits for an unreachable Postgres before failing; 0 does not wait',
      { minimum: 0, maximum: 3_600, default: 300 },
    ),
    FINDINGS_RETENTION_SCANS: Env.integer(
      "Per organization, keep the per-scan findings of this many latest scans folded into the posture; older scans' findings are dropped (whole partitions) after each finalize, their summaries, lifecycle changes and the posture stay. 0 keeps every scan's findings",
      { minimum: 0, maximum: 100_000, default: 0 },
    ),
    SHUTDOWN_GRACE_MS: Env.integer('On SIGTERM, how long active jobs may run before they are released', {
      minimum: 0,
      maximum: 600_000,
      default: 30_000,
    }),
    WEBHOOK_RETRY_SCHEDULE: Env.string(
      'Delays before each retry of a failed webhook delivery; after the last the delivery is dead-lettered',
      { pattern: RETRY_SCHEDULE_PATTERN, default: '5s,5m,30m,2h,5h,10h,10h' },
    ),
    WEBHOOK_TIMEOUT_MS: Env.integer('Timeout of one webhook request (connect, send, answer)', {
      minimum: 100,
      maximum: 120_000,
      default: 10_000,
    }),
    WEBHOOK_CONCURRENCY_PER_ENDPOINT: Env.integer(
      'Deliveries in flight per webhook endpoint across all workers',
      { minimum: 1, maximum: 64, default: 4 },
    ),
    WEBHOOK_WORKER_CONCURRENCY: Env.integer(
      'Webhook jobs (fan-outs and endpoint drains) one worker runs at once',
      { minimum: 1, maximum: 500, default: 16 },
    ),
    WEBHOOK_SWEEP_INTERVAL_MS: Env.integer(
      'How often due retries and lost wake-ups of webhook deliveries are swept',
      { minimum: 100, maximum: 600_000, default: 5_000 },
    ),
  }),
]);

export type CommonConfig = Static<typeof commonConfigSchema>;
export type ApiConfig = Static<typeof apiConfigSchema>;
export type WorkerConfig = Static<typeof workerConfigSchema>;
