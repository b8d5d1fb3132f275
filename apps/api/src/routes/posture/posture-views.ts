import { findCheck } from '@orgscan/checks';
import type { FindingObservation, PostureFinding } from '@orgscan/core';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function postureFindingView(finding: PostureFinding) {
  const check = findCheck(finding.checkId);
  return {
    fingerprint: finding.fingerprint,
    organizationId: finding.organizationId,
    accountId: finding.accountId,
    accountName: finding.accountName,
    region: finding.region,
    checkId: finding.checkId,
    service: check?.service ?? null,
    title: check?.title ?? null,
    resourceId: finding.resourceId,
    resourceType: finding.resourceType,
    status: finding.status,
    severity: finding.severity,
    message: finding.message,
    errorCode: finding.errorCode,
    evidence: finding.evidence ? { ...finding.evidence } : null,
    open: finding.open,
    recordState: finding.present ? ('active' as const) : ('archived' as const),
    muted: finding.muted,
    muteId: finding.muteId,
    firstSeen: finding.firstSeen.toISOString(),
    lastSeen: finding.lastSeen.toISOString(),
    statusChangedAt: finding.statusChangedAt.toISOString(),
    firstFailedAt: iso(finding.firstFailedAt),
    resolvedAt: iso(finding.resolvedAt),
    lastScanId: finding.lastScanId,
    ticketRefs: [...finding.ticketRefs],
  };
}

export function observationView(observation: FindingObservation) {
  return {
    scanId: observation.scanId,
    scanCreatedAt: observation.scanCreatedAt.toISOString(),
    status: observation.status,
    severity: observation.severity,
    message: observation.message,
    errorCode: observation.errorCode,
    change: observation.change,
    muted: observation.muted,
  };
}
