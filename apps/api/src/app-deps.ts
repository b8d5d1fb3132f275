import type { Logger, ScanQueue, StartedScan, StartScanRequest, Store } from '@orgscan/core';

/** Everything the API needs, passed in: server.ts builds it from configuration, tests from real parts. */
export interface AppDeps {
  readonly logger: Logger;
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable'>;
  readonly startScan: (request: StartScanRequest) => Promise<StartedScan>;
  /** Organization used when a request names none. */
  readonly defaultOrganizationId: string;
  /** How long readiness waits for each dependency. */
  readonly readinessTimeoutMs: number;
}
