import {
  ACCOUNT_REGION_RESOURCE_TYPE,
  ACCOUNT_RESOURCE_TYPE,
  findCheck,
  findFramework,
  type Severity,
} from '@orgscan/checks';
import {
  type ExportContext,
  type ExportFinding,
  type ExportFormat,
  partitionOf,
  truncate,
} from './export-format.js';

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  informational: 'INFORMATIONAL',
};

/**
 * Compliance.Status: PASSED / FAILED; NOT_AVAILABLE when it could not be checked (ERROR) or does not apply
 * (SKIPPED); WARNING when a human must decide (MANUAL).
 */
const COMPLIANCE_STATUS = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  ERROR: 'NOT_AVAILABLE',
  SKIPPED: 'NOT_AVAILABLE',
  MANUAL: 'WARNING',
} as const;

const CIS_TYPE =
  'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark';
const BEST_PRACTICE_TYPE = 'Software and Configuration Checks/AWS Security Best Practices';

/** Requirement labels for Compliance.RelatedRequirements (at most 32). */
function relatedRequirements(checkId: string): string[] {
  const check = findCheck(checkId);
  if (!check) return [];
  return Object.entries(check.compliance)
    .flatMap(([frameworkId, ids]) => {
      const name = findFramework(frameworkId)?.name ?? frameworkId;
      return (ids ?? []).map((id) => `${name}/${id}`);
    })
    .slice(0, 32);
}

/**
 * Resources[0] without Partition and Region. An account (or a regional setting of it) is written the way
 * Security Hub writes its own account-level control findings: Type AwsAccount, Id `AWS::::Account:<id>`, the
 * region in Resources[].Region; the finding's Id (its fingerprint) keeps each region's finding distinct.
 * Other resources keep their ARN; a type outside the ASFF list is `Other`.
 */
function asffResource(finding: ExportFinding): { Type: string; Id: string } {
  if (
    finding.resourceType === ACCOUNT_RESOURCE_TYPE ||
    finding.resourceType === ACCOUNT_REGION_RESOURCE_TYPE
  ) {
    return { Type: 'AwsAccount', Id: `AWS::::Account:${finding.accountId}` };
  }
  return {
    Type: /^Aws[A-Za-z0-9]+$/.test(finding.resourceType) ? finding.resourceType : 'Other',
    Id: finding.resourceId,
  };
}

/**
 * AWS Security Finding Format, ready for securityhub:BatchImportFindings (which takes at most 100 findings
 * per call: batching is the importer's job, e.g. `split -l 100`). Id is stable per finding so a re-import
 * updates it; ProductArn is the importing account's default custom-integration product.
 */
export function toAsff(finding: ExportFinding, context: ExportContext) {
  if (!context.securityHub) throw new Error('ASFF needs the Security Hub account and region');
  const { accountId: hubAccount, region: hubRegion } = context.securityHub;
  const partition = partitionOf(finding.resourceId);
  const check = findCheck(finding.checkId);
  const region = finding.region === 'global' ? hubRegion : finding.region;
  const requirements = relatedRequirements(finding.checkId);
  const observed = finding.observedAt.toISOString();
  const productFields: Record<string, string> = {
    'orgscan/CheckId': finding.checkId,
    'orgscan/Status': finding.status,
    'orgscan/Fingerprint': finding.fingerprint,
    'orgscan/OrganizationId': finding.organizationId,
    'orgscan/ScanId': finding.scanId,
    // The stored resource id (an ARN), which Resources[].Id may not carry (accounts: AWS::::Account:<id>);
    // ProductFields values hold at most 2048 characters.
    'orgscan/ResourceId': truncate(finding.resourceId, 2048),
  };
  if (finding.errorCode) productFields['orgscan/ErrorCode'] = truncate(finding.errorCode, 256);
  if (finding.muteId) productFields['orgscan/MuteId'] = finding.muteId;
  return {
    SchemaVersion: '2018-10-08',
    Id: `orgscan/${finding.organizationId}/${finding.fingerprint}`,
    ProductArn: `arn:${partition}:securityhub:${hubRegion}:${hubAccount}:product/${hubAccount}/default`,
    ProductName: 'orgscan',
    CompanyName: 'orgscan',
    GeneratorId: `orgscan/${finding.checkId}`,
    AwsAccountId: finding.accountId,
    AwsAccountName: finding.accountName ?? undefined,
    Region: region,
    Types: [check?.compliance['cis-aws-7.0.0'] ? CIS_TYPE : BEST_PRACTICE_TYPE],
    FirstObservedAt: finding.firstSeen?.toISOString() ?? observed,
    LastObservedAt: finding.lastSeen?.toISOString() ?? observed,
    CreatedAt: finding.firstSeen?.toISOString() ?? observed,
    UpdatedAt: observed,
    Severity: { Label: SEVERITY_LABEL[finding.severity], Original: finding.severity },
    Title: truncate(check?.title ?? finding.checkId, 256),
    Description: truncate(finding.message || (check?.title ?? finding.checkId), 1024),
    Remediation: check
      ? { Recommendation: { Text: truncate(check.remediation.text, 512), Url: check.remediation.url } }
      : undefined,
    ProductFields: productFields,
    Resources: [
      {
        ...asffResource(finding),
        Partition: partition,
        Region: region,
      },
    ],
    Compliance: {
      Status: COMPLIANCE_STATUS[finding.status],
      ...(requirements.length > 0 ? { RelatedRequirements: requirements } : {}),
    },
    Workflow: {
      Status: finding.muted
        ? 'SUPPRESSED'
        : !finding.present || finding.status === 'PASS'
          ? 'RESOLVED'
          : 'NEW',
    },
    RecordState: finding.present ? 'ACTIVE' : 'ARCHIVED',
  };
}

export const asffFormat: ExportFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'asff.ndjson',
  line: (finding, context) => `${JSON.stringify(toAsff(finding, context))}\n`,
};
