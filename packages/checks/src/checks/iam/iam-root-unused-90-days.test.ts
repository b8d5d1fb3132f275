import { describe, expect, it } from 'vitest';
import {
  activeKey,
  credentialReport,
  credentialReportRoot,
  daysAgo,
  evaluate,
  InventoryBuilder,
  inactiveKey,
} from '../../fixtures/index.js';
import type { CredentialReportEntry } from '../../inventory/iam.js';
import { iamRootUnused90Days } from './iam-root-unused-90-days.js';

const withRoot = (root: CredentialReportEntry | null) =>
  new InventoryBuilder().global('iam.credentialReport', credentialReport([], root)).build();

describe('iam-root-unused-90-days', () => {
  it('passes when root was never used', () => {
    const [finding] = evaluate(iamRootUnused90Days, withRoot(credentialReportRoot()));
    expect(finding).toMatchObject({ status: 'PASS', evidence: { lastUsedDaysAgo: null, windowDays: 90 } });
  });

  it('fails at 90 days and passes at 91 (password)', () => {
    expect(
      evaluate(iamRootUnused90Days, withRoot(credentialReportRoot({ passwordLastUsed: daysAgo(90) }))),
    ).toMatchObject([{ status: 'FAIL', evidence: { lastUsedDaysAgo: 90 } }]);
    expect(
      evaluate(iamRootUnused90Days, withRoot(credentialReportRoot({ passwordLastUsed: daysAgo(91) }))),
    ).toMatchObject([{ status: 'PASS', evidence: { lastUsedDaysAgo: 91 } }]);
  });

  it('fails on recent use of a root access key and names the credential', () => {
    const root = credentialReportRoot({
      passwordLastUsed: daysAgo(400),
      accessKeys: [inactiveKey(), activeKey(daysAgo(500), daysAgo(30))],
    });
    const [finding] = evaluate(iamRootUnused90Days, withRoot(root));
    expect(finding).toMatchObject({ status: 'FAIL', evidence: { lastUsedDaysAgo: 30 } });
    expect(finding?.message).toContain('access key 2 30 days ago');
  });

  it('is an ERROR, not a PASS, when the report has no root row', () => {
    expect(evaluate(iamRootUnused90Days, withRoot(null))).toMatchObject([
      { status: 'ERROR', errorCode: 'CredentialReportMissingRoot' },
    ]);
  });

  it('is an ERROR when the credential report cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.credentialReport', 'ReportInProgress').build();
    expect(evaluate(iamRootUnused90Days, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'ReportInProgress' },
    ]);
  });
});
