import { type FindingStatus, findCheck, type Severity } from '@orgscan/checks';
import type { ResultFinding } from './scan-result.js';
import type { ScanResultHead } from './scan-result-json.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF result.kind: ERROR is "open" — the tool could not tell whether the rule holds. */
const KIND: Record<FindingStatus, string> = {
  PASS: 'pass',
  FAIL: 'fail',
  ERROR: 'open',
  SKIPPED: 'notApplicable',
  MANUAL: 'review',
};

const FAIL_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note',
};

/** GitHub code scanning ranks alerts by this CVSS-like score (rule property `security-severity`). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '0.0',
};

function rule(checkId: string) {
  const check = findCheck(checkId);
  if (!check) return { id: checkId, shortDescription: { text: checkId } };
  const requirements = Object.entries(check.compliance).flatMap(([framework, ids]) =>
    (ids ?? []).map((id) => `${framework}:${id}`),
  );
  return {
    id: check.id,
    name: check.id,
    shortDescription: { text: check.title },
    fullDescription: { text: check.title },
    helpUri: check.remediation.url,
    help: {
      text: check.remediation.cli
        ? `${check.remediation.text}\n\n${check.remediation.cli}`
        : check.remediation.text,
    },
    defaultConfiguration: { level: FAIL_LEVEL[check.severity] },
    properties: {
      severity: check.severity,
      'security-severity': SECURITY_SEVERITY[check.severity],
      service: check.service,
      scope: check.scope,
      tags: ['security', 'aws', check.service, ...requirements],
    },
  };
}

export interface SarifOptions {
  /** Why each mute accepts its findings (mute id → reason): a muted failure is a suppression with it. */
  readonly muteReasons?: ReadonlyMap<string, string>;
}

/**
 * SARIF 2.1.0: one run, the selected checks as rules, every finding as a result whose kind says what it
 * is (fail, pass, open for ERROR, review for MANUAL, notApplicable for SKIPPED); failures carry a level
 * from the check's severity, muted failures an accepted suppression, the resource a logical location, the
 * fingerprint a partial fingerprint. Accounts that could not be scanned are tool execution notifications.
 * Written as it streams, one result per line.
 */
export async function* sarifLog(
  head: ScanResultHead,
  findings: AsyncIterable<ResultFinding>,
  options: SarifOptions = {},
): AsyncGenerator<string> {
  const { scan } = head;
  const ruleIndex = new Map(scan.checkIds.map((checkId, index) => [checkId, index]));
  const names = new Map(head.accounts.map((account) => [account.accountId, account.accountName]));
  const opening = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'orgscan',
            version: head.tool.version,
            semanticVersion: head.tool.version,
            rules: scan.checkIds.map(rule),
          },
        },
        results: [],
      },
    ],
  };
  const text = JSON.stringify(opening);
  yield `${text.slice(0, -4)}\n`;
  let first = true;
  for await (const finding of findings) {
    const index = ruleIndex.get(finding.checkId);
    const result = {
      ruleId: finding.checkId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      kind: KIND[finding.status],
      level: finding.status === 'FAIL' ? FAIL_LEVEL[finding.severity] : 'none',
      message: { text: finding.message || finding.checkId },
      locations: [
        {
          logicalLocations: [{ fullyQualifiedName: finding.resourceId, kind: 'resource' }],
          properties: { accountId: finding.accountId, region: finding.region },
        },
      ],
      partialFingerprints: { 'orgscanFingerprint/v1': finding.fingerprint },
      ...(finding.muted
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                ...(finding.muteId && options.muteReasons?.get(finding.muteId)
                  ? { justification: options.muteReasons.get(finding.muteId) }
                  : {}),
                properties: { muteId: finding.muteId },
              },
            ],
          }
        : {}),
      properties: {
        status: finding.status,
        severity: finding.severity,
        accountId: finding.accountId,
        accountName: names.get(finding.accountId) ?? null,
        region: finding.region,
        resourceType: finding.resourceType,
        errorCode: finding.errorCode,
        ...(finding.evidence ? { evidence: finding.evidence } : {}),
      },
    };
    yield `${first ? '' : ',\n'}${JSON.stringify(result)}`;
    first = false;
  }
  const notifications = head.accounts
    .filter((account) => account.status === 'failed' || account.status === 'cancelled')
    .map((account) => ({
      level: account.status === 'failed' ? 'error' : 'warning',
      message: {
        text: `account ${account.accountId} (${account.accountName}) ${account.status}${account.reason ? `: ${account.reason.category} — ${account.reason.detail}` : ''}`,
      },
      properties: { accountId: account.accountId, status: account.status, reason: account.reason },
    }));
  const invocation = {
    executionSuccessful: !scan.incomplete && scan.status !== 'failed',
    startTimeUtc: scan.startedAt,
    ...(scan.finishedAt ? { endTimeUtc: scan.finishedAt } : {}),
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
  const properties = {
    scanId: scan.id,
    organization: scan.organization,
    status: scan.status,
    incomplete: scan.incomplete,
    regions: scan.regions,
    totals: scan.totals,
    coverage: scan.coverage,
  };
  yield `${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}],"properties":${JSON.stringify(properties)}}]}\n`;
}
