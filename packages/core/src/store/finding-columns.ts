import type { Evidence, FindingStatus, Severity } from '@orgscan/checks';

/**
 * What one observation of a finding says, as every finding table stores it (findings, finding_state):
 * the identity (fingerprint and its parts) and the result. Scan rows, posture rows and export rows add
 * their own columns to these.
 */
export interface FindingFields {
  readonly fingerprint: string;
  readonly organizationId: string;
  readonly accountId: string;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly status: FindingStatus;
  readonly severity: Severity;
  readonly message: string;
  readonly errorCode: string | null;
  readonly evidence: Evidence | null;
}

/** The same columns as node-postgres returns them. */
export interface FindingColumns {
  fingerprint: string;
  organization_id: string;
  account_id: string;
  region: string;
  check_id: string;
  resource_id: string;
  resource_type: string;
  status: FindingStatus;
  severity: Severity;
  message: string;
  error_code: string | null;
  evidence: Evidence | null;
}

export function toFindingFields(row: FindingColumns): FindingFields {
  return {
    fingerprint: row.fingerprint,
    organizationId: row.organization_id,
    accountId: row.account_id,
    region: row.region,
    checkId: row.check_id,
    resourceId: row.resource_id,
    resourceType: row.resource_type,
    status: row.status,
    severity: row.severity,
    message: row.message,
    errorCode: row.error_code,
    evidence: row.evidence,
  };
}
