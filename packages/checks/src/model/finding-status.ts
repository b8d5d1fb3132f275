/**
 * What a finding says about one resource. Never silent: data that could not be read is ERROR, not PASS.
 * - PASS: evaluated, compliant
 * - FAIL: evaluated, not compliant
 * - ERROR: could not be evaluated (AccessDenied, SCP deny, throttled out, timeout), with the AWS error code
 * - SKIPPED: not applicable by fact (service not available in the region)
 * - MANUAL: needs a human; carries guidance
 */
export const FINDING_STATUSES = ['PASS', 'FAIL', 'ERROR', 'SKIPPED', 'MANUAL'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** When one resource gets several results, the most alarming one wins. */
const STATUS_WEIGHT: Record<FindingStatus, number> = { FAIL: 4, ERROR: 3, MANUAL: 2, PASS: 1, SKIPPED: 0 };

export function worseStatus(a: FindingStatus, b: FindingStatus): FindingStatus {
  return STATUS_WEIGHT[a] >= STATUS_WEIGHT[b] ? a : b;
}
