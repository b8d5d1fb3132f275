import { findCheck } from '@orgscan/checks';
import type { ExportFormat } from './export-format.js';

/** One JSON object per line: orgscan's own finding shape (the API's field names). */
export const ndjsonFormat: ExportFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'ndjson',
  line: (finding) =>
    `${JSON.stringify({
      fingerprint: finding.fingerprint,
      organizationId: finding.organizationId,
      accountId: finding.accountId,
      accountName: finding.accountName,
      region: finding.region,
      checkId: finding.checkId,
      title: findCheck(finding.checkId)?.title ?? null,
      severity: finding.severity,
      status: finding.status,
      muted: finding.muted,
      muteId: finding.muteId,
      recordState: finding.present ? 'active' : 'archived',
      resourceType: finding.resourceType,
      resourceId: finding.resourceId,
      message: finding.message,
      errorCode: finding.errorCode,
      evidence: finding.evidence,
      firstSeen: finding.firstSeen?.toISOString() ?? null,
      lastSeen: finding.lastSeen?.toISOString() ?? null,
      statusChangedAt: finding.statusChangedAt?.toISOString() ?? null,
      scanId: finding.scanId,
      observedAt: finding.observedAt.toISOString(),
    })}\n`,
};
