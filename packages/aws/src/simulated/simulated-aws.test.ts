import { checks, runChecks } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { AwsAccess } from '../aws-access.js';
import { AwsCallError } from '../aws-error.js';
import { CallStats } from '../call-stats.js';
import { collectInventory } from '../collect-inventory.js';
import { unlimitedRateLimiter } from '../rate-limiter.js';
import { discoverRegions } from '../regions.js';
import { seededRandom } from '../seeded-random.js';
import { DEMO_ACCOUNTS, demoOrganization } from './demo-org.js';
import { parseSimulatedOrg } from './org-description.js';
import { createSimulatedTransport, type SimulatorKnobs } from './simulated-transport.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function access(knobs: Partial<SimulatorKnobs> = {}, org = demoOrganization()) {
  const transport = createSimulatedTransport({
    org,
    knobs: { latencyMs: 0, throttleRate: 0, faults: [], ...knobs },
    now: () => NOW,
    sleep: async () => {},
    random: seededRandom(7),
  });
  return new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 10, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 8,
    assumeRoleDurationSeconds: 3600,
    sleep: async () => {},
    random: seededRandom(11),
    now: () => NOW.getTime(),
  });
}

const member = (accountId: string) => ({
  accountId,
  roleArn: `arn:aws:iam::${accountId}:role/OrgScanReadOnly`,
  externalId: 'orgscan-demo-external-id',
  scanId: '00000000-0000-4000-8000-000000000001',
});

describe('simulated AWS with the demo organization', () => {
  it('is a valid description', () => {
    expect(() => parseSimulatedOrg(demoOrganization())).not.toThrow();
  });

  it('enumerates accounts with nested OU paths and states', async () => {
    const snapshot = await access().enumerateOrganization({ roleArn: null, externalId: null });
    expect(snapshot.organizationId).toBe('o-demo123456');
    expect(snapshot.accounts).toHaveLength(9);
    const byId = new Map(snapshot.accounts.map((account) => [account.id, account]));
    expect(byId.get(DEMO_ACCOUNTS.prodWeb)?.ouPath).toBe('Root/Workloads/Production');
    expect(byId.get(DEMO_ACCOUNTS.prodWeb)?.ouIds).toEqual([
      'r-demo1',
      'ou-demo1-workload1',
      'ou-demo1-producti1',
    ]);
    expect(byId.get(DEMO_ACCOUNTS.management)?.ouPath).toBe('Root');
    expect(byId.get(DEMO_ACCOUNTS.retiredApp)?.state).toBe('SUSPENDED');
  });

  it('denies AssumeRole for the account whose role is not assumable, and a wrong external id', async () => {
    const aws = access();
    await expect(
      aws.openMemberAccount(member(DEMO_ACCOUNTS.devExperiments), new CallStats()),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
    });
    await expect(
      aws.openMemberAccount({ ...member(DEMO_ACCOUNTS.prodWeb), externalId: 'wrong' }, new CallStats()),
    ).rejects.toBeInstanceOf(AwsCallError);
  });

  it('collects as the assumed account: its own posture, opted-in regions only', async () => {
    const stats = new CallStats();
    const session = await access().openMemberAccount(member(DEMO_ACCOUNTS.devSandbox), stats);
    try {
      const regions = await discoverRegions(session.api, 'us-east-1');
      expect(regions.enabled).toContain('eu-south-1');
      expect(regions.enabled).toHaveLength(18);
      expect(regions.notEnabled).not.toContain('eu-south-1');
      const inventory = await collectInventory({
        api: session.api,
        accountId: DEMO_ACCOUNTS.devSandbox,
        partition: 'aws',
        homeRegion: 'us-east-1',
        regions: regions.enabled,
        slices: checks.flatMap((check) => check.requires),
        sleep: async () => {},
      });
      const findings = runChecks({
        checks,
        inventory,
        account: {
          id: DEMO_ACCOUNTS.devSandbox,
          name: 'dev-sandbox',
          email: null,
          partition: 'aws',
          isManagementAccount: false,
        },
        org: { organizationId: 'o-demo123456', managementAccountId: DEMO_ACCOUNTS.management },
        now: NOW,
      });
      const status = (id: string) => findings.filter((f) => f.checkId === id).map((f) => f.status);
      expect(status('iam-root-mfa-enabled')).toEqual(['FAIL']);
      expect(status('iam-password-policy-length-14')).toEqual(['FAIL']);
      expect(status('iam-root-access-keys-absent')).toEqual(['PASS']);
      expect(stats.maxSameRequest()).toBe(1);
    } finally {
      session.close();
    }
  });

  it('retries injected throttling until the call succeeds, and counts the throttles', async () => {
    const stats = new CallStats();
    const session = await access({ throttleRate: 0.5 }).openMemberAccount(
      member(DEMO_ACCOUNTS.prodWeb),
      stats,
    );
    const regions = await discoverRegions(session.api, 'us-east-1');
    expect(regions.enabled).toHaveLength(17);
    session.close();
    expect(stats.calls).toBeGreaterThanOrEqual(2);
    expect(stats.throttles).toBe(stats.calls - 2);
  });
});
