import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AwsAccess,
  createSimulatedTransport,
  demoOrganization,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import { createLogger, QueueUnavailableError, type ScanQueue, startScan } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.store.organizations.upsert({
    id: 'default',
    name: 'Default',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: 'orgscan-demo-external-id',
  });
});
afterAll(async () => {
  await db?.drop();
});

const aws = new AwsAccess({
  transport: createSimulatedTransport({
    org: demoOrganization(),
    knobs: { latencyMs: 0, throttleRate: 0, faults: [] },
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    random: seededRandom(1),
  }),
  limiter: unlimitedRateLimiter,
  retry: { throttleAttempts: 3, transientAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  homeRegion: 'us-east-1',
  maxConcurrentCallsPerAccount: 8,
  assumeRoleDurationSeconds: 3600,
  sleep: (ms) => sleep(ms),
  random: seededRandom(2),
  now: () => Date.now(),
});

function deps(queue: Pick<ScanQueue, 'assertAvailable' | 'enqueueScan'>) {
  return {
    store: db.store,
    queue: queue as ScanQueue,
    aws,
    logger: createLogger({ level: 'silent', name: 'test' }),
    partition: 'aws',
    configuredRegions: ['eu-west-1', 'us-east-1'],
    now: () => new Date(),
    newId: randomUUID,
    sleep: (ms: number) => sleep(ms),
  };
}

describe('start-scan service', () => {
  it('removes what it wrote when the flow cannot be added after the rows were written', async () => {
    const queue = {
      assertAvailable: async () => {},
      enqueueScan: async () => {
        throw new QueueUnavailableError(new Error('connection lost'));
      },
    };
    await expect(
      startScan(deps(queue), { organizationId: 'default', trigger: 'api' }),
    ).rejects.toBeInstanceOf(QueueUnavailableError);
    const { rows } = await db.pool.query(
      'SELECT (SELECT count(*) FROM scans)::int AS scans, (SELECT count(*) FROM scan_accounts)::int AS accounts',
    );
    expect(rows[0]).toEqual({ scans: 0, accounts: 0 });
  });

  it('records accounts with OU paths, queues only ACTIVE ones, and keeps the region allow-list within configuration', async () => {
    const queued: { scanId: string; accounts: { accountId: string; roleArn: string }[] }[] = [];
    const queue = {
      assertAvailable: async () => {},
      enqueueScan: async (scanId: string, accounts: readonly { accountId: string; roleArn: string }[]) => {
        queued.push({ scanId, accounts: [...accounts] });
      },
    };
    const started = await startScan(deps(queue), {
      organizationId: 'default',
      trigger: 'api',
      selection: { checks: ['iam-root-mfa-enabled'] },
      regions: ['us-east-1', 'ap-south-1'],
    });
    expect(started).toMatchObject({ accountCount: 9, accountsQueued: 8, accountsSkipped: 1 });
    expect(queued[0]?.accounts.map((account) => account.accountId)).not.toContain('888888888888');
    expect(queued[0]?.accounts[0]?.roleArn).toBe('arn:aws:iam::111111111111:role/OrgScanReadOnly');
    const scan = await db.store.scans.get(started.scanId);
    expect(scan).toMatchObject({
      checkIds: ['iam-root-mfa-enabled'],
      regions: ['us-east-1'],
      status: 'pending',
    });
    const account = await db.store.accounts.get('default', '444444444444');
    expect(account).toMatchObject({ ouPath: 'Root/Workloads/Production', state: 'ACTIVE' });
    const organization = await db.store.organizations.get('default');
    expect(organization).toMatchObject({
      awsOrganizationId: 'o-demo123456',
      managementAccountId: '111111111111',
    });
  });

  it('refuses regions outside SCAN_REGIONS before touching AWS', async () => {
    const queue = { assertAvailable: async () => {}, enqueueScan: async () => {} };
    await expect(
      startScan(deps(queue), { organizationId: 'default', trigger: 'api', regions: ['ap-south-1'] }),
    ).rejects.toThrow(/none of the requested regions/);
  });
});
