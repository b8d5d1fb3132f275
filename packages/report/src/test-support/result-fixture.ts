import type { ResultAccount, ResultFinding } from '../scan-result.js';
import type { ScanResultHead } from '../scan-result-json.js';
import { ScanTally } from '../scan-tally.js';

export const CHECK_IDS = [
  'iam-root-mfa-enabled',
  'iam-root-access-keys-absent',
  's3-bucket-public-access-blocked',
  'ec2-ebs-encryption-by-default-enabled',
];

function account(
  accountId: string,
  accountName: string,
  ouPath: string,
  status: ResultAccount['status'],
  overrides: Partial<ResultAccount> = {},
): ResultAccount {
  return {
    accountId,
    accountName,
    ouPath,
    ouIds: [
      'r-1',
      ...ouPath
        .split('/')
        .slice(1)
        .map((name) => `ou-${name.toLowerCase()}`),
    ],
    status,
    reason: null,
    regionsScanned: status === 'succeeded' ? ['eu-west-1', 'us-east-1'] : [],
    regionsNotEnabled: [],
    checksEvaluated: status === 'succeeded' ? CHECK_IDS.length : 0,
    findings: 0,
    errors: 0,
    apiCalls: 10,
    throttles: 0,
    durationMs: 1200,
    // Three global checks and one regional one in two regions: five cells, all judged unless overridden.
    cells: status === 'succeeded' ? { judged: 5, total: 5 } : null,
    ...overrides,
  };
}

export const ACCOUNTS: ResultAccount[] = [
  account('111111111111', 'management', 'Root', 'succeeded'),
  // Its ERROR in us-east-1 leaves one of its five cells not judged.
  account('444444444444', 'prod-web', 'Root/Workloads/Production', 'succeeded', {
    cells: { judged: 4, total: 5 },
  }),
  account('777777777777', 'dev-experiments', 'Root/Workloads/Development', 'failed', {
    reason: {
      category: 'assume-role-denied',
      detail: 'sts:AssumeRole failed with AccessDenied: not authorized',
    },
  }),
  account('888888888888', 'retired-app', 'Root/Suspended', 'skipped', {
    reason: { category: 'account-suspended', detail: 'Organizations reports the account as SUSPENDED' },
  }),
];

export function finding(overrides: Partial<ResultFinding> = {}): ResultFinding {
  return {
    fingerprint: `fp-${Math.random().toString(16).slice(2)}`,
    accountId: '444444444444',
    region: 'global',
    checkId: 'iam-root-mfa-enabled',
    severity: 'critical',
    status: 'FAIL',
    resourceType: 'AwsAccount',
    resourceId: 'arn:aws:iam::444444444444:root',
    message: 'The root user has no MFA device.',
    errorCode: null,
    evidence: null,
    muted: false,
    muteId: null,
    ...overrides,
  };
}

export const FINDINGS: ResultFinding[] = [
  finding({ fingerprint: 'a1' }),
  finding({
    fingerprint: 'a2',
    checkId: 'iam-root-access-keys-absent',
    message: 'Root has an active access key.',
  }),
  finding({
    fingerprint: 'a3',
    checkId: 'iam-root-mfa-enabled',
    accountId: '111111111111',
    resourceId: 'arn:aws:iam::111111111111:root',
    status: 'PASS',
    message: 'Root has MFA.',
  }),
  finding({
    fingerprint: 'a4',
    checkId: 's3-bucket-public-access-blocked',
    severity: 'high',
    region: 'eu-west-1',
    resourceType: 'AwsS3Bucket',
    resourceId: 'arn:aws:s3:::logs-</script><img src=x onerror=alert(1)>',
    message: 'Bucket "<b>logs</b>" is not blocked from public access.',
    muted: true,
    muteId: 'mute-1',
  }),
  finding({
    fingerprint: 'a5',
    checkId: 'ec2-ebs-encryption-by-default-enabled',
    severity: 'medium',
    region: 'us-east-1',
    status: 'ERROR',
    errorCode: 'AccessDenied',
    resourceType: 'AwsAccountRegion',
    resourceId: 'arn:aws:account::444444444444:account/us-east-1',
    message: 'Could not evaluate: ec2:GetEbsEncryptionByDefault failed with AccessDenied',
  }),
  finding({
    fingerprint: 'a6',
    checkId: 'ec2-ebs-encryption-by-default-enabled',
    severity: 'medium',
    region: 'eu-west-1',
    status: 'SKIPPED',
    message: 'Not applicable',
  }),
];

/** A finished scan of the fixture accounts and findings, with its totals and coverage counted. */
export function fixtureResult(findings: ResultFinding[] = FINDINGS): {
  head: ScanResultHead;
  tally: ScanTally;
  findings: ResultFinding[];
} {
  const accounts = ACCOUNTS.map((entry) => {
    const own = findings.filter((item) => item.accountId === entry.accountId);
    return { ...entry, findings: own.length, errors: own.filter((item) => item.status === 'ERROR').length };
  });
  const tally = new ScanTally(
    CHECK_IDS,
    new Map(accounts.map((entry) => [entry.accountId, entry.ouPath])),
    null,
  );
  for (const item of findings) tally.add(item);
  const head: ScanResultHead = {
    schema: 'orgscan.scan-result.v1',
    tool: { name: 'orgscan', version: '0.1.0' },
    scan: {
      id: '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21',
      organization: {
        id: 'o-abc1234567',
        name: 'Acme',
        awsOrganizationId: 'o-abc1234567',
        managementAccountId: '111111111111',
      },
      status: 'partial',
      incomplete: false,
      startedAt: '2026-01-03T00:00:00.000Z',
      finishedAt: '2026-01-03T00:01:00.000Z',
      checkIds: CHECK_IDS,
      regions: null,
      totals: tally.totals(),
      coverage: tally.coverage(accounts),
    },
    accounts,
  };
  return { head, tally, findings };
}

export async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
