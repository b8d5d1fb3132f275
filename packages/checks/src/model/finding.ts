import type { Evidence } from './check-result.js';
import type { FindingStatus } from './finding-status.js';
import type { Severity } from './severity.js';

/** One evaluated result, as stored: a check's result plus where it comes from. */
export interface Finding {
  readonly checkId: string;
  readonly accountId: string;
  /** 'global' for global checks. */
  readonly region: string;
  readonly status: FindingStatus;
  readonly severity: Severity;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly message: string;
  readonly errorCode: string | null;
  readonly evidence: Evidence | null;
}

export const GLOBAL_REGION = 'global';
