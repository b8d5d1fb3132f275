import type { ReadResult } from './read-result.js';

/** One protection plan of a detector (GetDetector Features): S3_DATA_EVENTS, EKS_AUDIT_LOGS, RUNTIME_MONITORING... */
export interface GuardDutyFeature {
  readonly enabled: boolean;
  /** Its additional configuration by name (EKS_ADDON_MANAGEMENT, EC2_AGENT_MANAGEMENT...): enabled or not. */
  readonly additional: Readonly<Record<string, boolean>>;
}

/** What GetDetector says about a detector. */
export interface GuardDutyDetectorDetails {
  /** ENABLED or DISABLED (suspended). */
  readonly status: string;
  /** Features by name; a feature GetDetector does not list is not enabled. */
  readonly features: Readonly<Record<string, GuardDutyFeature>>;
}

/**
 * The GuardDuty detector of the region (ListDetectors, GetDetector): GuardDuty allows one per account and
 * region, so the slice is empty where GuardDuty was never enabled. GetDetector can fail on its own.
 */
export interface GuardDutyDetector {
  readonly id: string;
  readonly arn: string;
  readonly details: ReadResult<GuardDutyDetectorDetails>;
}
