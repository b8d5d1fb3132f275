import type { AccountContext } from './check-definition.js';
import type { Finding } from './finding.js';
import { accountRegionResource } from './resource.js';

/**
 * A region where an organization policy (a service control policy) denied every call the scan made:
 * many organizations deny the regions they do not use. Like a region the account has not enabled, it is
 * recorded for the account and not evaluated: its checks do not run there and account-wide checks judge
 * from the other regions.
 */
export interface RegionDenial {
  readonly region: string;
  /** The AWS error code of the denial (AccessDenied, AccessDeniedException, UnauthorizedOperation…). */
  readonly code: string;
  /** The AWS message of the first denial, which names the policy type ("…in a service control policy"). */
  readonly message: string;
}

/**
 * Check id of the one finding a denied region yields. It is not a check of the registry (no compliance
 * requirement asks for it): it states a fact about the scan's reach, like a region not enabled does in the
 * account's record, so that finding views and exports show the region was not evaluated.
 */
export const REGION_DENIED_BY_POLICY_CHECK_ID = 'region-denied-by-policy';

/**
 * The finding of a denied region. SKIPPED, not ERROR: the organization chose, by policy, that nothing runs
 * there, so there is nothing to evaluate and nothing to fix in the scanner's access; ERROR would mark every
 * account of an organization following this best practice as failing to be read, scan after scan. The AWS
 * error code and message are kept so the denial stays visible (finding, account record, coverage).
 */
export function regionDeniedFinding(account: AccountContext, denial: RegionDenial): Finding {
  const resource = accountRegionResource(account.partition, account.id, denial.region);
  return {
    checkId: REGION_DENIED_BY_POLICY_CHECK_ID,
    accountId: account.id,
    region: denial.region,
    status: 'SKIPPED',
    severity: 'informational',
    resourceId: resource.id,
    resourceType: resource.type,
    message:
      `Region ${denial.region} not evaluated: an organization policy denies the scanner's calls there ` +
      `(${denial.code}: ${denial.message})`,
    errorCode: denial.code,
    evidence: null,
  };
}
