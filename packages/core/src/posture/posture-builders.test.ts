import { findFramework } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import type {
  AccountCheckTally,
  PostureAccount,
  StatusTally,
  SummaryTallies,
} from '../store/rollup-repository.js';
import { buildComplianceReport } from './compliance-report.js';
import { buildPostureSummary } from './posture-summary.js';

const tally = (
  accountId: string,
  checkId: string,
  counts: Partial<Omit<AccountCheckTally, 'accountId' | 'checkId'>>,
): AccountCheckTally => ({
  accountId,
  checkId,
  severityRank: 0,
  pass: 0,
  fail: 0,
  muted: 0,
  error: 0,
  skipped: 0,
  manual: 0,
  ...counts,
});

const account = (accountId: string, ouIds: string[], ouPath: string): PostureAccount => ({
  accountId,
  name: accountId,
  ouIds,
  ouPath,
  email: null,
  state: 'ACTIVE',
});

const PROD = account('111111111111', ['r-1', 'ou-w', 'ou-p'], 'Root/Workloads/Production');
const DEV = account('222222222222', ['r-1', 'ou-w', 'ou-d'], 'Root/Workloads/Development');
const SEC = account('333333333333', ['r-1', 'ou-s'], 'Root/Security');

/** What the rollups hold per account and per check, from account × check tallies. */
function summaryTallies(rows: readonly AccountCheckTally[]): SummaryTallies {
  const add = <K extends string>(
    map: Map<string, StatusTally & Record<K, string | number>>,
    key: string,
    seed: Record<K, string | number>,
    row: StatusTally,
  ) => {
    const current = map.get(key) ?? { pass: 0, fail: 0, muted: 0, error: 0, skipped: 0, manual: 0, ...seed };
    map.set(key, {
      ...current,
      pass: current.pass + row.pass,
      fail: current.fail + row.fail,
      muted: current.muted + row.muted,
      error: current.error + row.error,
      skipped: current.skipped + row.skipped,
      manual: current.manual + row.manual,
    });
  };
  const accounts = new Map();
  const checks = new Map();
  for (const row of rows) {
    add(accounts, row.accountId, { accountId: row.accountId }, row);
    add(checks, row.checkId, { checkId: row.checkId, severityRank: row.severityRank }, row);
  }
  return {
    byAccount: [...accounts.values()].map((row) => ({ ...row, failedBySeverity: [0, 0, 0, 0, 0] })),
    byCheck: [...checks.values()],
  };
}

describe('posture summary', () => {
  const rows = [
    tally(PROD.accountId, 'iam-root-mfa-enabled', { pass: 1 }),
    tally(PROD.accountId, 'iam-user-console-mfa-enabled', { fail: 2, muted: 1, pass: 1, severityRank: 1 }),
    tally(DEV.accountId, 'iam-root-mfa-enabled', { fail: 1 }),
    tally(SEC.accountId, 'iam-root-mfa-enabled', { error: 1 }),
  ];
  const summary = buildPostureSummary({
    accounts: [PROD, DEV, SEC],
    tallies: summaryTallies(rows),
    regions: [{ region: 'global', pass: 2, fail: 3, muted: 1, error: 1, skipped: 0, manual: 0 }],
  });

  it('counts muted failures apart, never as FAIL or in the pass rate', () => {
    expect(summary.totals).toEqual({
      total: 7,
      PASS: 2,
      FAIL: 3,
      ERROR: 1,
      SKIPPED: 0,
      MANUAL: 0,
      muted: 1,
      passRate: 0.4,
    });
    expect(summary.failedBySeverity).toMatchObject({ critical: 1, high: 2 });
  });

  it('rolls every account up into each OU above it, nested OUs included', () => {
    const byOu = Object.fromEntries(summary.byOu.map((ou) => [ou.path, [ou.accounts, ou.FAIL, ou.total]]));
    expect(byOu).toEqual({
      Root: [3, 3, 7],
      'Root/Security': [1, 0, 1],
      'Root/Workloads': [2, 3, 6],
      'Root/Workloads/Development': [1, 1, 1],
      'Root/Workloads/Production': [1, 2, 5],
    });
    expect(summary.byAccount.find((row) => row.accountId === PROD.accountId)?.passRate).toBe(0.5);
    expect(summary.byAccount.find((row) => row.accountId === SEC.accountId)?.passRate).toBeNull();
    expect(summary.evaluated).toMatchObject({
      accountsWithResults: 3,
      checksEvaluated: 2,
      checksWithErrors: 1,
    });
  });

  it('does not count the finding of a region denied by policy as a check evaluated', () => {
    const withDenied = buildPostureSummary({
      accounts: [PROD, DEV, SEC],
      tallies: summaryTallies([
        ...rows,
        tally(DEV.accountId, 'region-denied-by-policy', { skipped: 1, severityRank: 4 }),
      ]),
      regions: [{ region: 'global', pass: 2, fail: 3, muted: 1, error: 1, skipped: 0, manual: 0 }],
    });
    expect(withDenied.evaluated).toMatchObject({ checksEvaluated: 2, checksWithErrors: 1 });
  });
});

describe('compliance report', () => {
  const framework = findFramework('cis-aws-7.0.0')!;
  const report = buildComplianceReport({
    framework,
    accounts: [
      { account: PROD, outcome: 'evaluated' },
      { account: DEV, outcome: 'evaluated' },
      { account: SEC, outcome: 'unreachable' },
    ],
    accountChecks: [
      tally(PROD.accountId, 'iam-root-mfa-enabled', { pass: 1 }),
      tally(PROD.accountId, 'iam-credential-unused-45-days-disabled', { muted: 2, pass: 3 }),
      tally(DEV.accountId, 'iam-root-mfa-enabled', { fail: 1 }),
      tally(DEV.accountId, 'iam-credential-unused-45-days-disabled', { error: 1 }),
    ],
  });
  const cell = (accountId: string, requirement: string) =>
    report.accounts.find((row) => row.accountId === accountId)?.requirements[requirement];

  it('judges each requirement per account: FAIL, ERROR, NOT_EVALUATED, MANUAL, PASS', () => {
    expect(cell(PROD.accountId, '2.5')).toBe('PASS');
    expect(cell(PROD.accountId, '2.11')).toBe('PASS'); // muted failures are accepted
    expect(cell(DEV.accountId, '2.5')).toBe('FAIL');
    expect(cell(DEV.accountId, '2.11')).toBe('ERROR');
    expect(cell(PROD.accountId, '2.4')).toBe('NOT_EVALUATED'); // its check has no result
    expect(cell(PROD.accountId, '2.1.2')).toBe('MANUAL'); // no check decides it
    expect(cell(SEC.accountId, '2.5')).toBe('ERROR'); // the account could not be entered
    expect(cell(SEC.accountId, '2.1.2')).toBe('MANUAL');
  });

  it('gives each requirement the worst status of its accounts, with totals that add up', () => {
    const requirement = (id: string) => report.requirements.find((entry) => entry.id === id)!;
    expect(requirement('2.5')).toMatchObject({ status: 'FAIL', accounts: { PASS: 1, FAIL: 1, ERROR: 1 } });
    expect(requirement('2.1.2')).toMatchObject({ status: 'MANUAL', evaluation: 'manual', checks: [] });
    expect(requirement('2.1.2').guidance.length).toBeGreaterThan(20);
    expect(report.totals.accounts).toBe(3);
    const cells = Object.values(report.totals.accountRequirements).reduce((sum, count) => sum + count, 0);
    expect(cells).toBe(3 * framework.requirements.length);
    const requirements = Object.values(report.totals.requirements).reduce((sum, count) => sum + count, 0);
    expect(requirements).toBe(framework.requirements.length);
  });
});
