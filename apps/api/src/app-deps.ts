import type {
  AuditHook,
  CancelledScan,
  DestinationPolicy,
  Logger,
  RetriedScan,
  ScanQueue,
  ScheduleQueue,
  SecretBox,
  StartedScan,
  StartScanRequest,
  Store,
  WebhookQueue,
} from '@orgscan/core';
import type { Registry } from 'prom-client';
import type { AuthSettings } from './http/auth.js';
import type { ClientRateLimitSettings } from './http/client-rate-limiter.js';

/** Everything the API needs, passed in: createApiRuntime builds it from configuration, unit tests from fakes. */
export interface AppDeps {
  readonly logger: Logger;
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable'>;
  readonly startScan: (request: StartScanRequest) => Promise<StartedScan>;
  /**
   * Stops a scan's remaining account jobs (the scan ends cancelled, keeping what finished). `audit` is
   * written in the transaction of the change (as StartScanRequest.audit is).
   */
  readonly cancelScan: (scanId: string, audit?: AuditHook) => Promise<CancelledScan>;
  /** Re-runs only the failed accounts of a finished scan; `audit` as for cancelScan. */
  readonly retryScan: (scanId: string, audit?: AuditHook) => Promise<RetriedScan>;
  /** Prometheus registry served at GET /metrics. */
  readonly metrics: Registry;
  /** Organization used when a request names none. */
  readonly defaultOrganizationId: string;
  /** How long readiness waits for each dependency. */
  readonly readinessTimeoutMs: number;
  /** API keys: the bootstrap key's hash, the pepper, per-key rate limits. */
  readonly auth: AuthSettings;
  /**
   * Requests per client address before authentication (API_PREAUTH_RATE_LIMIT_*); absent: the defaults of
   * the configuration (PREAUTH_RATE_LIMIT_DEFAULTS).
   */
  readonly preAuthRateLimit?: ClientRateLimitSettings;
  /**
   * Proxies whose X-Forwarded-For (client address) and X-Forwarded-Proto (Secure cookies, CSRF origin) are
   * believed (API_TRUST_PROXY); absent or empty: the socket.
   */
  readonly trustProxy?: readonly string[];
  /** Exports streaming at once (each holds a database connection). */
  readonly exportConcurrency: number;
  /** Scan schedules: their BullMQ job schedulers, and the shortest interval a cron may have. */
  readonly schedules: {
    readonly queue: Pick<ScheduleQueue, 'upsert' | 'remove'>;
    readonly minIntervalSeconds: number;
  };
  /** Webhooks: the key sealing their secrets (null: none configured), where they may point, waking drains. */
  readonly webhooks: {
    readonly secrets: SecretBox | null;
    readonly destinations: DestinationPolicy;
    readonly queue: Pick<WebhookQueue, 'wake'>;
  };
  readonly now: () => Date;
  readonly newId: () => string;
  /** Where the built dashboard is (default: apps/web/dist); without index.html there, it is not served. */
  readonly dashboardRoot?: string;
}
