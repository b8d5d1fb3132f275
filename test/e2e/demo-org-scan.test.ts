import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { JOB_NAMES } from '@orgscan/core';
import { processScanAccount } from '@orgscan/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

const {
  management,
  securityTooling,
  logArchive,
  prodWeb,
  prodData,
  devSandbox,
  devExperiments,
  retiredApp,
  sharedServices,
} = DEMO_ACCOUNTS;

const acct = (id: string) => `arn:aws::${id}:account`;
const user = (id: string, name: string) => `arn:aws:iam::${id}:user/${name}`;
const key = (id: string, name: string, slot: number) => `${user(id, name)}/access-key-${slot}`;

/** The demo organization's planted posture, written out by hand: [account, check, resource, status]. */
const EXPECTED: [string, string, string, string][] = [
  [management, 'iam-root-mfa-enabled', acct(management), 'PASS'],
  [management, 'iam-root-access-keys-absent', acct(management), 'PASS'],
  [management, 'iam-password-policy-length-14', acct(management), 'PASS'],
  [management, 'iam-password-policy-reuse-24', acct(management), 'PASS'],
  [management, 'iam-user-console-mfa-enabled', user(management, 'alice'), 'PASS'],
  [management, 'iam-access-key-rotated-90-days', key(management, 'alice', 1), 'PASS'],
  [management, 'iam-credential-unused-45-days-disabled', user(management, 'alice'), 'PASS'],

  [securityTooling, 'iam-root-mfa-enabled', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-root-access-keys-absent', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-password-policy-length-14', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-password-policy-reuse-24', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-user-console-mfa-enabled', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-access-key-rotated-90-days', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-credential-unused-45-days-disabled', acct(securityTooling), 'PASS'],

  [logArchive, 'iam-root-mfa-enabled', acct(logArchive), 'PASS'],
  [logArchive, 'iam-root-access-keys-absent', acct(logArchive), 'PASS'],
  [logArchive, 'iam-password-policy-length-14', acct(logArchive), 'FAIL'],
  [logArchive, 'iam-password-policy-reuse-24', acct(logArchive), 'FAIL'],
  [logArchive, 'iam-user-console-mfa-enabled', acct(logArchive), 'PASS'],
  [logArchive, 'iam-access-key-rotated-90-days', key(logArchive, 'log-reader', 1), 'PASS'],
  [logArchive, 'iam-credential-unused-45-days-disabled', user(logArchive, 'log-reader'), 'PASS'],

  [prodWeb, 'iam-root-mfa-enabled', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-root-access-keys-absent', acct(prodWeb), 'FAIL'],
  [prodWeb, 'iam-password-policy-length-14', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-password-policy-reuse-24', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-user-console-mfa-enabled', user(prodWeb, 'deployer'), 'FAIL'],
  [prodWeb, 'iam-user-console-mfa-enabled', user(prodWeb, 'bob'), 'PASS'],
  [prodWeb, 'iam-access-key-rotated-90-days', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-credential-unused-45-days-disabled', user(prodWeb, 'deployer'), 'PASS'],
  [prodWeb, 'iam-credential-unused-45-days-disabled', user(prodWeb, 'bob'), 'PASS'],

  [prodData, 'iam-root-mfa-enabled', acct(prodData), 'PASS'],
  [prodData, 'iam-root-access-keys-absent', acct(prodData), 'PASS'],
  [prodData, 'iam-password-policy-length-14', acct(prodData), 'PASS'],
  [prodData, 'iam-password-policy-reuse-24', acct(prodData), 'PASS'],
  [prodData, 'iam-user-console-mfa-enabled', user(prodData, 'carol'), 'PASS'],
  [prodData, 'iam-access-key-rotated-90-days', key(prodData, 'etl', 1), 'FAIL'],
  [prodData, 'iam-credential-unused-45-days-disabled', user(prodData, 'etl'), 'FAIL'],
  [prodData, 'iam-credential-unused-45-days-disabled', user(prodData, 'carol'), 'FAIL'],

  [devSandbox, 'iam-root-mfa-enabled', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-root-access-keys-absent', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-password-policy-length-14', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-password-policy-reuse-24', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-user-console-mfa-enabled', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-access-key-rotated-90-days', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-credential-unused-45-days-disabled', acct(devSandbox), 'PASS'],

  [sharedServices, 'iam-root-mfa-enabled', acct(sharedServices), 'ERROR'],
  [sharedServices, 'iam-root-access-keys-absent', acct(sharedServices), 'ERROR'],
  [sharedServices, 'iam-password-policy-length-14', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-password-policy-reuse-24', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-user-console-mfa-enabled', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-access-key-rotated-90-days', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-credential-unused-45-days-disabled', acct(sharedServices), 'PASS'],
];

interface FindingBody {
  fingerprint: string;
  accountId: string;
  checkId: string;
  resourceId: string;
  status: string;
  errorCode: string | null;
  region: string;
}

async function allFindings(baseUrl: string, scanId: string, query = ''): Promise<FindingBody[]> {
  const findings: FindingBody[] = [];
  let cursor: string | null = null;
  do {
    const url = `${baseUrl}/v1/scans/${scanId}/findings?limit=7${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: FindingBody[]; nextCursor: string | null };
    findings.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return findings;
}

describe('end to end: a scan of the demo organization over HTTP', () => {
  let orgscan: InProcessOrgscan;
  let scanId: string;
  // biome-ignore lint/suspicious/noExplicitAny: the scan body is checked field by field below
  let scan: any;

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
    const response = await fetch(`${orgscan.baseUrl}/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(202);
    const started = (await response.json()) as {
      id: string;
      accountCount: number;
      accountsQueued: number;
      accountsSkipped: number;
    };
    expect(response.headers.get('location')).toBe(`/v1/scans/${started.id}`);
    expect(started).toMatchObject({ accountCount: 9, accountsQueued: 8, accountsSkipped: 1 });
    scanId = started.id;
    scan = await waitFor('the scan to reach a final status', async () => {
      const body = (await (await fetch(`${orgscan.baseUrl}/v1/scans/${scanId}`)).json()) as {
        status: string;
      };
      return ['completed', 'partial', 'failed'].includes(body.status) ? body : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await orgscan?.close();
  });

  it('ends partial: one account could not be entered, the others were scanned', () => {
    expect(scan.status).toBe('partial');
    expect(scan.progress).toEqual({
      pending: 0,
      running: 0,
      succeeded: 7,
      failed: 1,
      skipped: 1,
      cancelled: 0,
    });
    expect(scan.coverage.accounts).toMatchObject({ total: 9, succeeded: 7, failed: 1, skipped: 1 });
    expect(scan.coverage.checksSelected).toBe(7);
    expect(scan.coverage.checksWithErrors).toBe(2);
    expect(scan.totals.findings).toBe(EXPECTED.length);
    expect(scan.finishedAt).not.toBeNull();
  });

  it('records the denied-role account as failed with its reason, and the suspended one as skipped', () => {
    const byId = new Map(scan.accounts.map((account: { accountId: string }) => [account.accountId, account]));
    expect(byId.get(devExperiments)).toMatchObject({
      status: 'failed',
      ouPath: 'Root/Workloads/Development',
      reason: { category: 'assume-role-denied' },
    });
    expect((byId.get(devExperiments) as { reason: { detail: string } }).reason.detail).toContain(
      'AccessDenied',
    );
    expect(byId.get(retiredApp)).toMatchObject({
      status: 'skipped',
      reason: { category: 'account-suspended' },
    });
    expect(byId.get(devSandbox)).toMatchObject({ status: 'succeeded', reason: null });
    expect((byId.get(devSandbox) as { regionsScanned: string[] }).regionsScanned).toContain('eu-south-1');
    expect((byId.get(prodWeb) as { regionsNotEnabled: string[] }).regionsNotEnabled).toContain('eu-south-1');
  });

  it('stores exactly the planted posture, and nothing for accounts that were not entered', async () => {
    const findings = await allFindings(orgscan.baseUrl, scanId);
    const actual = findings.map((f) => [f.accountId, f.checkId, f.resourceId, f.status]);
    const order = (rows: string[][]) => rows.map((row) => row.join(' ')).sort();
    expect(order(actual)).toEqual(order(EXPECTED));
    expect(findings.filter((f) => f.accountId === devExperiments || f.accountId === retiredApp)).toEqual([]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    const errors = findings.filter((f) => f.status === 'ERROR');
    expect(errors.every((f) => f.errorCode === 'CredentialReportMissingRoot')).toBe(true);
  });

  it('filters findings by status, account and check', async () => {
    const failed = await allFindings(orgscan.baseUrl, scanId, '&status=FAIL&accountId=' + prodData);
    expect(failed.map((f) => [f.checkId, f.resourceId]).sort()).toEqual(
      [
        ['iam-access-key-rotated-90-days', key(prodData, 'etl', 1)],
        ['iam-credential-unused-45-days-disabled', user(prodData, 'carol')],
        ['iam-credential-unused-45-days-disabled', user(prodData, 'etl')],
      ].sort(),
    );
    const rootMfa = await allFindings(
      orgscan.baseUrl,
      scanId,
      '&checkId=iam-root-mfa-enabled&status=FAIL&status=ERROR',
    );
    expect(rootMfa.map((f) => f.accountId).sort()).toEqual([devSandbox, sharedServices].sort());
  });

  it('leaves the stored findings identical when the same account job runs twice', async () => {
    const before = await allFindings(orgscan.baseUrl, scanId, `&accountId=${prodData}`);
    const job = {
      name: JOB_NAMES.scanAccount,
      data: {
        scanId,
        organizationId: 'default',
        accountId: prodData,
        roleArn: `arn:aws:iam::${prodData}:role/OrgScanReadOnly`,
      },
      attemptsMade: 0,
      opts: { attempts: 3 },
    };
    // The scan is final, so a late duplicate does nothing; reopen it to force a real second run.
    await orgscan.database.pool.query(`UPDATE scans SET status = 'running' WHERE id = $1`, [scanId]);
    await expect(processScanAccount(job, orgscan.processorDeps)).resolves.toMatchObject({
      outcome: 'succeeded',
    });
    await expect(processScanAccount(job, orgscan.processorDeps)).resolves.toMatchObject({
      outcome: 'succeeded',
    });
    const after = await allFindings(orgscan.baseUrl, scanId, `&accountId=${prodData}`);
    expect(after).toEqual(before);
    const { rows } = await orgscan.database.pool.query(
      'SELECT count(*)::int AS count FROM findings WHERE scan_id = $1 AND account_id = $2',
      [scanId, prodData],
    );
    expect(rows[0].count).toBe(before.length);
  });
});
