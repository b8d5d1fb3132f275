import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks, REGION_DENIED_BY_POLICY_CHECK_ID } from '@orgscan/checks';
import { JOB_NAMES } from '@orgscan/core';
import { processScanAccount } from '@orgscan/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';
import { key, user } from './expected/expected-finding.js';
import { EXPECTED, EXPECTED_GROUPS } from './expected/index.js';

const { prodWeb, prodData, devSandbox, devExperiments, retiredApp, sharedServices } = DEMO_ACCOUNTS;

interface FindingBody {
  fingerprint: string;
  accountId: string;
  checkId: string;
  resourceId: string;
  status: string;
  errorCode: string | null;
  region: string;
}

async function allFindings(
  api: Pick<InProcessOrgscan, 'fetch'>,
  scanId: string,
  query = '',
): Promise<FindingBody[]> {
  const findings: FindingBody[] = [];
  let cursor: string | null = null;
  do {
    // The largest page: the demo scan stores tens of thousands of findings, still read over many pages,
    // so every cursor is followed (the paging itself is tested page by page in the integration tests).
    const path = `/v1/scans/${scanId}/findings?limit=1000${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await api.fetch(path);
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
    const response = await orgscan.fetch(`/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(202);
    const started = (await response.json()) as { id: string; status: string };
    expect(response.headers.get('location')).toBe(`/v1/scans/${started.id}`);
    expect(started.status).toBe('pending');
    scanId = started.id;
    // Planning (the organization, the management account's context across its regions) is the scan's first
    // job, no longer done before the POST answers: the wait covers it.
    scan = await waitFor(
      'the scan to reach a final status',
      async () => {
        const body = (await (await orgscan.fetch(`/v1/scans/${scanId}`)).json()) as {
          status: string;
        };
        return ['completed', 'incomplete', 'partial', 'failed'].includes(body.status) ? body : undefined;
      },
      { timeoutMs: 50_000 },
    );
    // Planned by the worker: 9 accounts, the suspended one skipped.
    expect(scan).toMatchObject({ accountCount: 9, progress: { skipped: 1 } });
  }, 90_000);

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
    expect(scan.coverage.checksSelected).toBe(checks.length);
    expect(scan.totals.findings).toBe(EXPECTED.length);
    expect(scan.finishedAt).not.toBeNull();
  });

  it("says which share of each account's and the scan's check × region cells were judged", async () => {
    const findings = await allFindings(orgscan, scanId);
    const cell = (finding: FindingBody) => `${finding.accountId} ${finding.checkId} ${finding.region}`;
    const errored = new Set(findings.filter((finding) => finding.status === 'ERROR').map(cell));
    let judged = 0;
    let total = 0;
    const ratios: number[] = [];
    for (const account of scan.accounts.filter((entry: { status: string }) => entry.status === 'succeeded')) {
      // Every evaluated cell has at least one finding; a cell is not judged when one of them is ERROR.
      const own = checks.reduce(
        (sum, check) => sum + (check.scope === 'global' ? 1 : account.regionsScanned.length),
        0,
      );
      const notJudged = [...errored].filter((key) => key.startsWith(`${account.accountId} `)).length;
      expect(account.coverage).toEqual({
        judged: own - notJudged,
        total: own,
        ratio: (own - notJudged) / own,
      });
      judged += own - notJudged;
      total += own;
      ratios.push(account.coverage.ratio);
    }
    // The demo has unreadable data (ERROR): some account judged less than all its cells.
    expect(Math.min(...ratios)).toBeLessThan(1);
    const perFailed = scan.coverage.cells.notScannedPerAccount;
    expect(
      scan.accounts.find((account: { accountId: string }) => account.accountId === devExperiments),
    ).toMatchObject({
      coverage: { judged: 0, total: perFailed, ratio: 0 },
    });
    expect(scan.coverage.cells).toEqual({
      judged,
      total: total + perFailed,
      ratio: judged / (total + perFailed),
      notScannedPerAccount: perFailed,
    });
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
    // Its SCP-denied region is recorded once with the AWS error, and not counted as scanned.
    expect((byId.get(devSandbox) as { regionsScanned: string[] }).regionsScanned).not.toContain('sa-east-1');
    expect(byId.get(devSandbox)).toMatchObject({
      regionsDeniedByPolicy: [
        {
          region: 'sa-east-1',
          code: 'AccessDenied',
          message: expect.stringContaining('explicit deny in a service control policy'),
        },
      ],
    });
    expect(byId.get(prodWeb)).toMatchObject({ regionsDeniedByPolicy: [] });
    expect((byId.get(prodWeb) as { regionsNotEnabled: string[] }).regionsNotEnabled).toContain('eu-south-1');
  });

  it('stores findings only of the checks the expectations cover, and every check is covered', async () => {
    const covered = new Set(EXPECTED_GROUPS.flatMap((group) => group.checks));
    expect([...covered].sort()).toEqual(
      [...checks.map((check) => check.id), REGION_DENIED_BY_POLICY_CHECK_ID].sort(),
    );
    const findings = await allFindings(orgscan, scanId);
    expect(findings.filter((f) => !covered.has(f.checkId))).toEqual([]);
    expect(findings.filter((f) => f.accountId === devExperiments || f.accountId === retiredApp)).toEqual([]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    expect(findings).toHaveLength(EXPECTED.length);
  });

  it.each(EXPECTED_GROUPS.map((group) => [group.name, group] as const))(
    'stores exactly the planted posture for the %s checks',
    async (_name, group) => {
      const findings = (await allFindings(orgscan, scanId)).filter((f) => group.checks.includes(f.checkId));
      const order = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join(' ')).sort();
      expect(order(findings.map((f) => [f.accountId, f.checkId, f.resourceId, f.status]))).toEqual(
        order(group.findings),
      );
    },
  );

  it('reports the credential report without a root row as an ERROR with its code', async () => {
    const errors = await allFindings(
      orgscan,
      scanId,
      '&status=ERROR&checkId=iam-root-mfa-enabled&checkId=iam-root-access-keys-absent',
    );
    expect(errors.map((f) => [f.accountId, f.errorCode])).toEqual([
      [sharedServices, 'CredentialReportMissingRoot'],
      [sharedServices, 'CredentialReportMissingRoot'],
    ]);
  });

  it('filters findings by status, account and check', async () => {
    const failed = await allFindings(
      orgscan,
      scanId,
      `&status=FAIL&accountId=${prodData}&checkId=iam-access-key-rotated-90-days&checkId=iam-credential-unused-45-days-disabled`,
    );
    expect(failed.map((f) => [f.checkId, f.resourceId]).sort()).toEqual(
      [
        ['iam-access-key-rotated-90-days', key(prodData, 'etl', 1)],
        ['iam-credential-unused-45-days-disabled', user(prodData, 'carol')],
        ['iam-credential-unused-45-days-disabled', user(prodData, 'etl')],
      ].sort(),
    );
    const rootMfa = await allFindings(
      orgscan,
      scanId,
      '&checkId=iam-root-mfa-enabled&status=FAIL&status=ERROR',
    );
    expect(rootMfa.map((f) => f.accountId).sort()).toEqual([devSandbox, sharedServices].sort());
  });

  it('leaves the stored findings identical when the same account job runs twice', async () => {
    const before = await allFindings(orgscan, scanId, `&accountId=${prodData}`);
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
    const after = await allFindings(orgscan, scanId, `&accountId=${prodData}`);
    expect(after).toEqual(before);
    const { rows } = await orgscan.database.pool.query(
      'SELECT count(*)::int AS count FROM findings WHERE scan_id = $1 AND account_id = $2',
      [scanId, prodData],
    );
    expect(rows[0].count).toBe(before.length);
  });
});
