import { SEVERITIES, type Severity } from '@orgscan/checks';
import type { ScanResultHead } from '@orgscan/report';

/** The open (unmuted) failures at or above `threshold`: what --fail-on counts. */
export function failuresAtOrAbove(head: ScanResultHead, threshold: Severity): number {
  const worstFirst = SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1);
  return worstFirst.reduce((sum, severity) => sum + head.scan.totals.failedBySeverity[severity], 0);
}
