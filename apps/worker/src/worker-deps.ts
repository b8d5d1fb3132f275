import type { AwsAccess } from '@orgscan/aws';
import type { Logger, RetentionOutcome, ScanQueue, Store, WebhookQueue } from '@orgscan/core';
import type { OncePerScan } from './once-per-scan.js';

/** What the processors need; built by createWorkerRuntime from configuration, by unit tests from fakes. */
export interface ProcessorDeps {
  readonly store: Store;
  readonly aws: AwsAccess;
  readonly logger: Logger;
  readonly partition: string;
  readonly homeRegion: string;
  /** Scans whose regions of other partitions were already logged by this process. */
  readonly otherPartitionsLogged: OncePerScan;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * Runs a store operation, waiting while Postgres is unreachable (STORE_OUTAGE_MAX_WAIT_SECONDS) instead
   * of failing the job: an outage must not use up an account's attempts (untilStoreAvailable).
   */
  readonly untilStoreAvailable: <T>(operation: () => Promise<T>) => Promise<T>;
  /** Where plan-scan adds the scan's flow (its account jobs and finalize). */
  readonly scanQueue: Pick<ScanQueue, 'enqueueScan'>;
  /** Where finalize-scan hands a finished scan to the webhooks (one job; deliveries are built later). */
  readonly webhooks: Pick<WebhookQueue, 'enqueueFanOut'>;
  /**
   * Applies the findings retention rule (FINDINGS_RETENTION_SCANS) to an organization once a scan of it
   * was folded into the posture: older scans' findings partitions are dropped.
   */
  readonly expireFindings: (organizationId: string) => Promise<RetentionOutcome>;
}
