/**
 * A scan's final status says how much of what was asked it saw:
 * - completed: every account to scan ran and every check × region cell was judged (coverage 1)
 * - incomplete: every account to scan ran, but some cells could not be judged (ERROR findings: data that
 *   could not be read); the scan's `coverage.cells` says how many were
 * - partial: some accounts failed (could not be entered), others ran
 * - failed: no account ran (or the organization could not be read)
 * - cancelled: stopped by a cancel; what finished is kept
 */
export const SCAN_STATUSES = [
  'pending',
  'running',
  'completed',
  'incomplete',
  'partial',
  'failed',
  'cancelled',
] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const FINAL_SCAN_STATUSES: ReadonlySet<ScanStatus> = new Set([
  'completed',
  'incomplete',
  'partial',
  'failed',
  'cancelled',
]);

export const ACCOUNT_SCAN_STATUSES = [
  'pending',
  'running',
  'succeeded',
  'failed',
  'skipped',
  'cancelled',
] as const;
export type AccountScanStatus = (typeof ACCOUNT_SCAN_STATUSES)[number];
export const FINAL_ACCOUNT_STATUSES: ReadonlySet<AccountScanStatus> = new Set([
  'succeeded',
  'failed',
  'skipped',
  'cancelled',
]);

/**
 * Why an account did not succeed, as a category a team can act on (the detail carries the AWS code):
 * - assume-role-denied: the member role is missing, does not trust the scanner, or the ExternalId differs
 * - assume-role-failed: STS could not be reached or kept throttling
 * - region-discovery-failed: the enabled regions could not be read, so nothing regional could be scanned
 * - account-suspended / account-not-active: Organizations reports the account as not ACTIVE (skipped)
 * - job-failed: the account job ended without a result (worker crash, store unavailable through all retries)
 * - cancelled: the scan was cancelled before the account ran
 * - out-of-scope: the organization's OU or tag scope excludes the account (skipped)
 */
export const ACCOUNT_REASON_CATEGORIES = [
  'assume-role-denied',
  'assume-role-failed',
  'region-discovery-failed',
  'account-suspended',
  'account-not-active',
  'job-failed',
  'cancelled',
  'out-of-scope',
] as const;
export type AccountReasonCategory = (typeof ACCOUNT_REASON_CATEGORIES)[number];
