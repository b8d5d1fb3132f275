import type {
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

/** Everything the API needs, passed in: server.ts builds it from configuration, tests from real parts. */
export interface AppDeps {
  readonly logger: Logger;
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable'>;
  readonly startScan: (request: StartScanRequest) => Promise<StartedScan>;
  /** Stops a scan's remaining account jobs (the scan ends cancelled, keeping what finished). */
  readonly cancelScan: (scanId: string) => Promise<CancelledScan>;
  /** Re-runs only the failed accounts of a finished scan. */
  readonly retryScan: (scanId: string) => Promise<RetriedScan>;
  /** Prometheus registry served at GET /metrics. */
  readonly metrics: Registry;
  /** Organization used when a request names none. */
  readonly defaultOrganizationId: string;
  /** How long readiness waits for each dependency. */
  readonly readinessTimeoutMs: number;
  /** API keys: the bootstrap key's hash, the pepper, per-key rate limits. */
  readonly auth: AuthSettings;
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
  /** Proxies whose X-Forwarded-* headers are believed (Fastify trustProxy); default: none. */
  readonly trustProxy?: boolean | string;
  /** Where the built dashboard is (default: apps/web/dist); without index.html there, it is not served. */
  readonly dashboardRoot?: string;
}
