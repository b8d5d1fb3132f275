import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { REGION_DENIED_BY_POLICY_CHECK_ID } from '@orgscan/checks';
import { acctRegion, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

/**
 * A region an organization policy denies is recorded once for the account and yields exactly one finding,
 * SKIPPED with the AWS code; no check evaluates it. Only dev-sandbox has one (SCPs never apply to the
 * management account).
 */
export const EXPECTED_REGIONS_DENIED: ExpectedFinding[] = [
  [
    DEMO_ACCOUNTS.devSandbox,
    REGION_DENIED_BY_POLICY_CHECK_ID,
    acctRegion(DEMO_ACCOUNTS.devSandbox, SCP_DENIED_REGION),
    'SKIPPED',
  ],
];

/** Not a check of the registry: the finding a denied region yields. */
export const REGIONS_DENIED_CHECKS: string[] = [REGION_DENIED_BY_POLICY_CHECK_ID];
