import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { findCheck } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { type AccountScanEvent, type AccountToScan, scanAccounts } from './scan-accounts.js';
import { SCAN_ID, simulatedAws } from './test-support/simulated-aws.js';

const accounts: AccountToScan[] = [
  DEMO_ACCOUNTS.prodWeb,
  DEMO_ACCOUNTS.prodData,
  DEMO_ACCOUNTS.devSandbox,
  DEMO_ACCOUNTS.devExperiments,
].map((accountId) => ({
  accountId,
  accountName: accountId,
  email: null,
  ouPath: 'Root',
  ouIds: ['r-demo1'],
  roleArn: `arn:aws:iam::${accountId}:role/OrgScanReadOnly`,
  status: 'pending',
  reasonCategory: null,
  reasonDetail: null,
}));

function settings(overrides: Partial<Parameters<typeof scanAccounts>[2]> = {}) {
  return {
    scanId: SCAN_ID,
    organizationId: 'o-demo123456',
    managementAccountId: DEMO_ACCOUNTS.management,
    orgContext: null,
    checks: [findCheck('iam-root-mfa-enabled')!],
    regionAllowList: null,
    externalId: 'orgscan-demo-external-id',
    partition: 'aws',
    homeRegion: 'us-east-1',
    concurrency: 2,
    attempts: 1,
    retryBaseDelayMs: 0,
    now: () => new Date(),
    sleep: async () => {},
    stop: new AbortController().signal,
    abandon: new AbortController().signal,
    ...overrides,
  };
}

describe('scanning accounts in this process', () => {
  it('ends every account in one event, at most `concurrency` at once', async () => {
    const { aws } = simulatedAws();
    const events: AccountScanEvent[] = [];
    let running = 0;
    let maxRunning = 0;
    await scanAccounts(aws, accounts, settings(), (event) => {
      events.push(event);
      if (event.type === 'started') maxRunning = Math.max(maxRunning, ++running);
      if (event.type === 'finished') running -= 1;
    });
    expect(maxRunning).toBe(2);
    const finished = events.filter((event) => event.type === 'finished');
    expect(finished).toHaveLength(4);
    const outcome = (id: string) => finished.find((event) => event.account.accountId === id)?.outcome.status;
    expect(outcome(DEMO_ACCOUNTS.devSandbox)).toBe('succeeded');
    expect(outcome(DEMO_ACCOUNTS.devExperiments)).toBe('failed');
  });

  it('stops starting accounts once stopped, reporting the rest cancelled; running ones finish', async () => {
    const { aws } = simulatedAws();
    const stop = new AbortController();
    const events: AccountScanEvent[] = [];
    await scanAccounts(aws, accounts, settings({ concurrency: 1, stop: stop.signal }), (event) => {
      events.push(event);
      if (event.type === 'started') stop.abort();
    });
    expect(events.map((event) => event.type)).toEqual([
      'started',
      'finished',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('does not wait for running accounts once abandoned', async () => {
    const { aws } = simulatedAws();
    const abandon = new AbortController();
    const events: AccountScanEvent[] = [];
    await scanAccounts(
      aws,
      accounts.slice(0, 2),
      settings({ concurrency: 2, abandon: abandon.signal }),
      (event) => {
        events.push(event);
        if (event.type === 'started') abandon.abort();
      },
    );
    expect(
      events
        .filter((event) => event.type === 'cancelled')
        .map((event) => event.type === 'cancelled' && event.started),
    ).toContain(true);
    expect(events.some((event) => event.type === 'finished')).toBe(false);
  });
});
