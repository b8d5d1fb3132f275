import { FindingsExpiredError, type ScanRecord } from '@orgscan/core';

/**
 * Routes that read a scan's own findings answer 410 Gone once the retention rule dropped them
 * (FINDINGS_RETENTION_SCANS), instead of an empty page that would read as "no findings".
 */
export function requireStoredFindings(scan: Pick<ScanRecord, 'id' | 'findingsExpiredAt'>): void {
  if (scan.findingsExpiredAt) throw new FindingsExpiredError(scan.id, scan.findingsExpiredAt);
}
