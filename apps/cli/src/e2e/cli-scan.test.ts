import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks } from '@orgscan/checks';
import { ScanResultSchema, toAsff, toOcsf } from '@orgscan/report';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifProblems } from '../../../../packages/report/src/test-support/sarif-validator.js';
import { parseCsv } from '../test-support/csv.js';
import { type CliRun, runCli, workDirectory } from '../test-support/run-cli.js';

const cwd = workDirectory();
const out = join(cwd, 'out');
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const ndjson = (name: string) =>
  read(name)
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('orgscan scan --demo: every format', { timeout: 180_000 }, () => {
  let run: CliRun;

  beforeAll(async () => {
    run = await runCli(
      ['scan', '--demo', '--format', 'summary,json,ndjson,csv,ocsf,asff,sarif,html', '-o', out],
      { cwd },
    );
  }, 120_000);

  it('exits 0, prints the summary on stdout and progress on stderr', () => {
    expect(run.stderr).toContain('Scanning o-demo123456: 8 account(s) to scan, 1 skipped');
    expect(run.stderr).toMatch(/accounts 8\/8 done, 0 running, 1 failed/);
    expect(run.stdout).toContain('Status partial: 7 of 9 accounts scanned, 1 failed, 1 skipped');
    expect(run.stdout).toMatch(/Coverage \d+ % judged \([\d,]+ of [\d,]+ check × region cells\)/);
    expect(run.stdout).toMatch(/dev-experiments[\s\S]*assume-role-denied/);
    expect(run.code).toBe(0);
  });

  it('writes the JSON result, valid against the result schema, with the same statuses and reasons as the service', () => {
    const result = JSON.parse(read('result.json'));
    const check = TypeCompiler.Compile(ScanResultSchema);
    expect([...check.Errors(result)].slice(0, 3)).toEqual([]);
    expect(result.scan).toMatchObject({
      status: 'partial',
      incomplete: false,
      organization: { awsOrganizationId: 'o-demo123456' },
    });
    const accounts = Object.fromEntries(
      result.accounts.map((account: { accountId: string }) => [account.accountId, account]),
    );
    expect(accounts[DEMO_ACCOUNTS.devExperiments]).toMatchObject({
      status: 'failed',
      reason: { category: 'assume-role-denied', detail: expect.stringContaining('AccessDenied') },
    });
    expect(accounts[DEMO_ACCOUNTS.retiredApp]).toMatchObject({
      status: 'skipped',
      reason: { category: 'account-suspended' },
    });
    // Coverage: the succeeded accounts' own cells, plus the failed account's estimated cells, none judged.
    const succeeded = (result.accounts as Array<{ status: string; cells: { judged: number; total: number } }>)
      .filter((account) => account.status === 'succeeded')
      .map((account) => account.cells);
    const { cells } = result.scan.coverage;
    expect(cells.judged).toBe(succeeded.reduce((sum, own) => sum + own.judged, 0));
    expect(cells.total).toBe(succeeded.reduce((sum, own) => sum + own.total, 0) + cells.notScannedPerAccount);
    expect(cells.notScannedPerAccount).toBeGreaterThan(0);
    expect(accounts[DEMO_ACCOUNTS.devExperiments].cells).toBeNull();
    const findings = result.findings as Array<{
      accountId: string;
      resourceId: string;
      status: string;
      errorCode: string | null;
      region: string;
    }>;
    expect(findings).toHaveLength(result.scan.totals.findings);
    expect(findings.some((finding) => finding.accountId === DEMO_ACCOUNTS.devExperiments)).toBe(false);
    // dev-sandbox's SCP-denied sa-east-1: recorded on the account, one SKIPPED finding, nothing evaluated.
    expect(accounts[DEMO_ACCOUNTS.devSandbox]).toMatchObject({
      status: 'succeeded',
      regionsDeniedByPolicy: [
        {
          region: 'sa-east-1',
          code: 'AccessDenied',
          message: expect.stringContaining('service control policy'),
        },
      ],
    });
    expect(accounts[DEMO_ACCOUNTS.devSandbox].regionsScanned).not.toContain('sa-east-1');
    const denied = findings.filter(
      (finding) => finding.accountId === DEMO_ACCOUNTS.devSandbox && finding.region === 'sa-east-1',
    );
    expect(denied).toEqual([
      expect.objectContaining({
        checkId: 'region-denied-by-policy',
        status: 'SKIPPED',
        errorCode: 'AccessDenied',
      }),
    ]);
    // The account-wide verdicts it used to turn into ERROR AccessDenied are judged: what stays ERROR is the
    // bucket that lives there (listed, but unreadable).
    const accessDenied = findings.filter(
      (finding) => finding.errorCode === 'AccessDenied' && finding.status === 'ERROR',
    );
    expect(accessDenied.length).toBeGreaterThan(0);
    expect(
      accessDenied.filter((finding) => finding.resourceId !== 'arn:aws:s3:::dev-sandbox-sa-archive'),
    ).toEqual([]);
  });

  it('writes NDJSON and CSV with one record per finding', () => {
    const total = JSON.parse(read('result.json')).scan.totals.findings;
    expect(ndjson('findings.ndjson')).toHaveLength(total);
    const rows = parseCsv(read('findings.csv'));
    const [header, ...records] = rows;
    expect(header).toEqual(
      expect.arrayContaining(['fingerprint', 'account_id', 'check_id', 'severity', 'status', 'resource_id']),
    );
    expect(records).toHaveLength(total);
    for (const record of records) expect(record).toHaveLength(header!.length);
    expect(new Set(records.map((record) => record[header!.indexOf('status')]))).toEqual(
      new Set(['PASS', 'FAIL', 'ERROR', 'MANUAL', 'SKIPPED']),
    );
  });

  it('writes OCSF and ASFF with the shapes the API exports', () => {
    const [ocsf] = ndjson('findings.ocsf.ndjson');
    const [asff] = ndjson('findings.asff.ndjson');
    const sample = {
      fingerprint: 'f',
      organizationId: 'o-demo123456',
      accountId: '444444444444',
      accountName: 'prod-web',
      region: 'global',
      checkId: 'iam-root-mfa-enabled',
      resourceId: 'arn:aws:iam::444444444444:root',
      resourceType: 'AwsAccount',
      status: 'FAIL' as const,
      severity: 'critical' as const,
      message: 'm',
      errorCode: null,
      evidence: null,
      muted: false,
      muteId: null,
      open: true,
      present: true,
      firstSeen: new Date(),
      lastSeen: new Date(),
      statusChangedAt: null,
      scanId: 's',
      observedAt: new Date(),
    };
    const context = {
      organization: { id: 'o', name: 'o', awsOrganizationId: 'o' },
      securityHub: { accountId: '111111111111', region: 'us-east-1' },
      productVersion: '0.1.0',
    };
    const keys = (value: object) => Object.keys(JSON.parse(JSON.stringify(value))).sort();
    expect(keys(ocsf)).toEqual(keys(toOcsf(sample, context)));
    expect(ocsf).toMatchObject({ class_uid: 2004, category_uid: 2, metadata: { version: '1.3.0' } });
    expect(keys(asff)).toEqual(keys(toAsff(sample, context)));
    expect(asff).toMatchObject({
      SchemaVersion: '2018-10-08',
      ProductArn: expect.stringContaining(`:${DEMO_ACCOUNTS.management}:product/`),
    });
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const log = JSON.parse(read('results.sarif'));
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(checks.length);
    expect(log.runs[0].results.length).toBe(JSON.parse(read('result.json')).scan.totals.findings);
  });

  it('writes one self-contained HTML file', () => {
    const html = read('report.html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('denied by policy: sa-east-1');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:/i);
  });

  it('re-renders the saved result into other formats', async () => {
    const again = join(cwd, 'again');
    const rerun = await runCli(
      ['report', join(out, 'result.json'), '--format', 'sarif,html,csv', '-o', again],
      { cwd },
    );
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toBe('');
    expect(sarifProblems(JSON.parse(readFileSync(join(again, 'results.sarif'), 'utf8')))).toEqual([]);
    expect(readFileSync(join(again, 'findings.csv'), 'utf8')).toBe(read('findings.csv'));
    const gated = await runCli(
      ['report', join(out, 'result.json'), '--format', 'summary', '--fail-on', 'critical'],
      { cwd },
    );
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('Status partial');
  });
});

describe('orgscan scan: gating with --fail-on and mutes', { timeout: 180_000 }, () => {
  it('exits 1 when an open failure at or above the severity exists, and says how many', async () => {
    const run = await runCli(
      [
        'scan',
        '--demo',
        '--services',
        'iam',
        '--format',
        'json',
        '-o',
        join(cwd, 'gate'),
        '--fail-on',
        'critical',
        '-q',
      ],
      { cwd },
    );
    expect(run.stderr).toMatch(/--fail-on critical: 2 open failure\(s\) at critical or above/);
    expect(run.code).toBe(1);
  });

  it('does not count muted failures, honours expiry, and records the mute in the reports', async () => {
    const mutes = join(cwd, 'mutes.yaml');
    writeFileSync(
      mutes,
      [
        'mutes:',
        '  - id: RISK-1',
        '    checkId: iam-root-mfa-enabled',
        `    accountId: "${DEMO_ACCOUNTS.devSandbox}"`,
        '    reason: Sandbox root is sealed in the safe',
        '    owner: secops@example.com',
        '    expiresAt: 2999-01-01T00:00:00Z',
        '  - id: RISK-2',
        '    checkId: iam-root-access-keys-absent',
        '    ouId: ou-demo1-workload1',
        '    resourcePattern: "arn:aws:*:account"',
        '    reason: Key rotation in progress',
        '    owner: secops@example.com',
        '    expiresAt: 2999-01-01T00:00:00Z',
        '  - id: RISK-OLD',
        '    checkId: iam-user-console-mfa-enabled',
        '    reason: Expired long ago',
        '    owner: secops@example.com',
        '    expiresAt: 2001-01-01T00:00:00Z',
      ].join('\n'),
    );
    const dir = join(cwd, 'muted');
    const run = await runCli(
      [
        'scan',
        '--demo',
        '--services',
        'iam',
        '--format',
        'json,sarif',
        '-o',
        dir,
        '--mutes',
        mutes,
        '--fail-on',
        'critical',
      ],
      { cwd },
    );
    expect(run.stderr).toContain('Mute RISK-OLD expired on 2001-01-01T00:00:00.000Z');
    expect(run.code).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect(result.scan.totals.failedBySeverity.critical).toBe(0);
    expect(result.scan.totals.muted).toBe(2);
    const muted = result.findings.filter((finding: { muted: boolean }) => finding.muted);
    expect(muted.map((finding: { muteId: string }) => finding.muteId).sort()).toEqual(['RISK-1', 'RISK-2']);
    expect(result.findings.some((finding: { muteId: string | null }) => finding.muteId === 'RISK-OLD')).toBe(
      false,
    );
    const sarif = JSON.parse(readFileSync(join(dir, 'results.sarif'), 'utf8'));
    const suppressed = sarif.runs[0].results.filter(
      (entry: { suppressions?: unknown[] }) => entry.suppressions,
    );
    expect(suppressed).toHaveLength(2);
    expect(suppressed[0].suppressions[0].justification).toMatch(/owner: secops@example.com/);
    const high = await runCli(
      [
        'scan',
        '--demo',
        '--services',
        'iam',
        '--format',
        'summary',
        '--mutes',
        mutes,
        '--fail-on',
        'high',
        '-q',
      ],
      { cwd },
    );
    expect(high.code).toBe(1);
  });
});
