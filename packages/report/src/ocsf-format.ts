import { findCheck, type Severity } from '@orgscan/checks';
import type { ExportContext, ExportFinding, ExportFormat } from './export-format.js';
import { partitionOf } from './export-format.js';

export const OCSF_VERSION = '1.3.0';

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY_ID: Record<Severity, number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME: Record<Severity, string> = {
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Finding activity: 1 Create (first observation), 2 Update, 3 Close (resolved or resource gone). */
function activity(finding: ExportFinding): { id: number; name: string } {
  if (!finding.present || (finding.status === 'PASS' && !finding.open)) return { id: 3, name: 'Close' };
  const firstObservation =
    finding.firstSeen !== null && finding.firstSeen.getTime() === finding.observedAt.getTime();
  return firstObservation ? { id: 1, name: 'Create' } : { id: 2, name: 'Update' };
}

/** Finding status: 1 New (failing), 3 Suppressed (muted), 4 Resolved (passing or gone), 99 Other. */
function findingStatus(finding: ExportFinding): { id: number; name: string } {
  if (finding.muted) return { id: 3, name: 'Suppressed' };
  if (!finding.present || finding.status === 'PASS') return { id: 4, name: 'Resolved' };
  if (finding.status === 'FAIL') return { id: 1, name: 'New' };
  return { id: 99, name: finding.status };
}

const ms = (date: Date | null) => (date ? date.getTime() : undefined);

/**
 * OCSF Detection Finding (class_uid 2004, category 2 Findings), one event per line. The check is the
 * analytic (a rule), the finding's fingerprint is finding_info.uid (stable across scans, so consumers can
 * update rather than duplicate), the account and organization go in cloud, the resource in resources, the
 * remediation and evidence in their objects; orgscan's own status, mute and compliance mapping in unmapped.
 */
export function toOcsf(finding: ExportFinding, context: ExportContext) {
  const check = findCheck(finding.checkId);
  const act = activity(finding);
  const status = findingStatus(finding);
  const title = check?.title ?? finding.checkId;
  return {
    activity_id: act.id,
    activity_name: act.name,
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2004,
    class_name: 'Detection Finding',
    type_uid: 2004 * 100 + act.id,
    type_name: `Detection Finding: ${act.name}`,
    time: finding.observedAt.getTime(),
    severity_id: SEVERITY_ID[finding.severity],
    severity: SEVERITY_NAME[finding.severity],
    status_id: status.id,
    status: status.name,
    message: finding.message,
    is_alert: finding.status === 'FAIL' && !finding.muted && finding.present,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'orgscan', vendor_name: 'orgscan', version: context.productVersion },
      uid: `${finding.fingerprint}:${finding.scanId}`,
      log_name: 'orgscan-findings',
    },
    finding_info: {
      uid: finding.fingerprint,
      title,
      desc: finding.message,
      types: ['Software and Configuration Checks'],
      created_time: ms(finding.firstSeen),
      first_seen_time: ms(finding.firstSeen),
      last_seen_time: ms(finding.lastSeen),
      modified_time: ms(finding.statusChangedAt),
      analytic: { uid: finding.checkId, name: title, type_id: 1, type: 'Rule', category: check?.service },
    },
    cloud: {
      provider: 'AWS',
      region: finding.region === 'global' ? undefined : finding.region,
      account: {
        uid: finding.accountId,
        name: finding.accountName ?? undefined,
        type_id: 10,
        type: 'AWS Account',
      },
      org: {
        uid: context.organization.awsOrganizationId ?? undefined,
        name: context.organization.name,
      },
    },
    resources: [
      {
        uid: finding.resourceId,
        type: finding.resourceType,
        region: finding.region === 'global' ? undefined : finding.region,
        cloud_partition: partitionOf(finding.resourceId),
      },
    ],
    remediation: check ? { desc: check.remediation.text, references: [check.remediation.url] } : undefined,
    evidences: finding.evidence ? [{ data: finding.evidence }] : undefined,
    unmapped: {
      orgscan_status: finding.status,
      error_code: finding.errorCode,
      muted: finding.muted,
      mute_id: finding.muteId,
      record_state: finding.present ? 'active' : 'archived',
      organization_id: finding.organizationId,
      scan_id: finding.scanId,
      compliance: check?.compliance ?? {},
    },
  };
}

export const ocsfFormat: ExportFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'ocsf.ndjson',
  line: (finding, context) => `${JSON.stringify(toOcsf(finding, context))}\n`,
};
