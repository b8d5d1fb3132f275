import { describe, expect, it } from 'vitest';
import { FINDINGS, finding, fixtureResult } from './test-support/result-fixture.js';

describe('ScanTally', () => {
  it('counts findings by status, open failures by severity, and muted failures apart', () => {
    const { head } = fixtureResult();
    expect(head.scan.totals).toEqual({
      findings: 6,
      byStatus: { PASS: 1, FAIL: 3, ERROR: 1, SKIPPED: 1, MANUAL: 0 },
      failedBySeverity: { critical: 2, high: 0, medium: 0, low: 0, informational: 0 },
      muted: 1,
    });
  });

  it('says what the scan covered: accounts by status, regions, checks evaluated and with errors', () => {
    const { head } = fixtureResult();
    expect(head.scan.coverage).toEqual({
      accounts: { total: 4, pending: 0, running: 0, succeeded: 2, failed: 1, skipped: 1, cancelled: 0 },
      regionsScanned: ['eu-west-1', 'us-east-1'],
      checksSelected: 4,
      checksEvaluated: 4,
      checksWithErrors: 1,
      // The succeeded accounts' own cells (5 + 4 of 5 judged) and the failed account's estimated 5: three
      // global checks and one regional over the two regions scanned. The skipped account counts none.
      cells: { judged: 9, total: 15, ratio: 0.6, notScannedPerAccount: 5 },
    });
  });

  it('counts the finding of a region denied by policy in the totals, not as a check evaluated', () => {
    const { head } = fixtureResult([
      ...FINDINGS,
      finding({
        fingerprint: 'a7',
        checkId: 'region-denied-by-policy',
        severity: 'informational',
        region: 'sa-east-1',
        status: 'SKIPPED',
        errorCode: 'AccessDenied',
        resourceType: 'AwsAccountRegion',
        resourceId: 'arn:aws:account::444444444444:account/sa-east-1',
        message: 'Region sa-east-1 not evaluated: an organization policy denies the scanner calls there',
      }),
    ]);
    expect(head.scan.totals.byStatus.SKIPPED).toBe(2);
    expect(head.scan.coverage).toMatchObject({ checksSelected: 4, checksEvaluated: 4 });
  });

  it('has no cell figure when a succeeded account does not say its cells (a result saved before cells)', () => {
    const { head, tally } = fixtureResult();
    const accounts = head.accounts.map(({ cells: _cells, ...account }) => account);
    expect(tally.coverage(accounts).cells).toBeNull();
  });

  it('groups open failures by OU and by check, worst first', () => {
    const { tally } = fixtureResult();
    expect(tally.failuresByOu()).toEqual([
      {
        ouPath: 'Root/Workloads/Production',
        failures: { critical: 2, high: 0, medium: 0, low: 0, informational: 0 },
        total: 2,
      },
    ]);
    expect(tally.failingChecks().map((check) => [check.checkId, check.failures, check.accounts])).toEqual([
      ['iam-root-access-keys-absent', 1, 1],
      ['iam-root-mfa-enabled', 1, 1],
    ]);
  });

  it('maps accounts × sections, skipped accounts left out, errors apart from failures', () => {
    const { tally, head } = fixtureResult();
    const { sections, rows } = tally.heatmap(head.accounts);
    expect(sections).toEqual(['2 Identity and Access Management', '3 Storage', '6 Networking']);
    expect(rows.map((row) => row.accountId)).toEqual(['444444444444', '111111111111', '777777777777']);
    expect(rows[0]).toMatchObject({ failures: [2, 0, 0], errors: [0, 0, 1] });
  });

  it('judges compliance like the service: an account that could not be entered is ERROR, a mute does not fail', () => {
    const { tally, head } = fixtureResult();
    const cis = tally
      .compliance(head.accounts)
      .find((entry) => entry.framework.id === 'cis-aws-7.0.0')!.report;
    const statusOf = (accountId: string, requirement: string) =>
      cis.accounts.find((account) => account.accountId === accountId)?.requirements[requirement];
    expect(statusOf('444444444444', '2.5')).toBe('FAIL');
    expect(statusOf('111111111111', '2.5')).toBe('PASS');
    expect(statusOf('777777777777', '2.5')).toBe('ERROR');
    expect(statusOf('444444444444', '3.1.4')).not.toBe('FAIL');
    expect(cis.accounts.map((account) => account.accountId)).not.toContain('888888888888');
  });
});
