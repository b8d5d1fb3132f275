import type { AwsAccess } from '@orgscan/aws';
import type { Logger, Store, WebhookQueue } from '@orgscan/core';

/** What the processors need; built by createWorkerRuntime from configuration, by unit tests from fakes. */
export interface ProcessorDeps {
  readonly store: Store;
  readonly aws: AwsAccess;
  readonly logger: Logger;
  readonly partition: string;
  readonly homeRegion: string;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * Runs a store operation, waiting while Postgres is unreachable (STORE_OUTAGE_MAX_WAIT_SECONDS) instead
   * of failing the job: an outage must not use up an account's attempts (untilStoreAvailable).
   */
  readonly untilStoreAvailable: <T>(operation: () => Promise<T>) => Promise<T>;
  /** Where finalize-scan hands a finished scan to the webhooks (one job; deliveries are built later). */
  readonly webhooks: Pick<WebhookQueue, 'enqueueFanOut'>;
}
