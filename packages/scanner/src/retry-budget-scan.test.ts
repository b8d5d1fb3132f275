import { DEFAULT_RETRY_BUDGET, DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { scanMemberAccount } from './member-account.js';
import { SCAN_ID, simulatedAws } from './test-support/simulated-aws.js';

/**
 * An endpoint that answers one operation with a 5xx every time, in every region: what each retry of it
 * costs is a request that cannot succeed. The account scan's retry budget bounds them.
 */
describe('an operation that always fails with 500, in a whole account scan', () => {
  it('spends at most the retry budget on it (plus what successes earned back)', async () => {
    const { aws } = simulatedAws({
      faults: [
        {
          accountId: DEMO_ACCOUNTS.prodWeb,
          operation: 'ec2:DescribeSecurityGroups',
          code: 'InternalError',
          httpStatus: 500,
        },
      ],
    });
    const outcome = await scanMemberAccount(aws, {
      accountId: DEMO_ACCOUNTS.prodWeb,
      roleArn: `arn:aws:iam::${DEMO_ACCOUNTS.prodWeb}:role/OrgScanReadOnly`,
      externalId: 'orgscan-demo-external-id',
      scanId: SCAN_ID,
      accountName: 'prod-web',
      accountEmail: null,
      organizationId: 'o-demo123456',
      managementAccountId: DEMO_ACCOUNTS.management,
      orgContext: null,
      regionAllowList: null,
      checks,
      partition: 'aws',
      homeRegion: 'us-east-1',
      now: () => new Date('2026-01-01T00:00:00Z'),
      sleep: async () => {},
      attempts: 1,
      retryDelayMs: () => 0,
    });
    expect(outcome.status).toBe('succeeded');
    if (outcome.status !== 'succeeded') return;
    const { stats } = outcome;
    const failing = stats.byOperation.get('ec2:DescribeSecurityGroups') ?? 0;
    const regions = outcome.regionsScanned.length;
    const successes = stats.calls - stats.errors - stats.retries;
    const retryShare = stats.retries / stats.calls;
    const figures =
      `${stats.calls} requests, ${stats.retries} retries (${(retryShare * 100).toFixed(1)} %), ` +
      `${failing} DescribeSecurityGroups requests for ${regions} regions`;

    // Every region still asked once, and judged ERROR with the code.
    expect(failing).toBeGreaterThanOrEqual(regions);
    const sgFindings = outcome.findings.filter((finding) => finding.errorCode === 'InternalError');
    expect(sgFindings.length).toBeGreaterThanOrEqual(regions);
    expect(stats.retries).toBeLessThanOrEqual(
      DEFAULT_RETRY_BUDGET.capacity + Math.ceil(successes * DEFAULT_RETRY_BUDGET.refillPerSuccess),
    );
    expect(failing, figures).toBeLessThan(regions * 2);
    // Without the budget: 34 retries of 437 requests (7.8 %).
    expect(retryShare, figures).toBeLessThan(0.05);
  });
});
