import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AwsAccess,
  type AwsTransport,
  createSimulatedTransport,
  demoOrganization,
  type FaultRule,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import {
  cancelScan,
  createLogger,
  planScan,
  QueueUnavailableError,
  type ScanAccountJob,
  type ScanQueue,
  startScan,
} from '@orgscan/core';
import { OncePerScan, type ProcessorDeps, processPlanScan, processScanAccount } from '@orgscan/worker';
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

const logger = createLogger({ level: 'silent', name: 'test' });

/** The simulated demo organization, counting every AWS request sent. */
function simulatedAws(faults: FaultRule[] = []) {
  const inner = createSimulatedTransport({
    org: demoOrganization(),
    knobs: { latencyMs: 0, throttleRate: 0, faults },
    now: () => new Date(),
    sleep: (ms) => sleep(ms),
    random: seededRandom(1),
  });
  const sent = { count: 0 };
  const transport: AwsTransport = {
    openSession(identity) {
      const session = inner.openSession(identity);
      return {
        send: (region, service, command) => {
          sent.count += 1;
          return session.send(region, service, command);
        },
        close: () => session.close(),
      };
    },
  };
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    retry: { throttleAttempts: 2, transientAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 8,
    assumeRoleDurationSeconds: 3600,
    sleep: (ms) => sleep(ms),
    random: seededRandom(2),
    now: () => Date.now(),
  });
  return { aws, sent };
}

/** A queue that records what is enqueued; `failPlanning` makes adding the planning job fail. */
function recordingQueue(options: { failPlanning?: boolean } = {}) {
  const planning: string[] = [];
  const flows: { scanId: string; accounts: ScanAccountJob[] }[] = [];
  const queue = {
    assertAvailable: async () => {},
    enqueuePlanning: async (scanId: string) => {
      if (options.failPlanning) throw new QueueUnavailableError(new Error('connection lost'));
      planning.push(scanId);
    },
    enqueueScan: async (scanId: string, accounts: readonly ScanAccountJob[]) => {
      flows.push({ scanId, accounts: [...accounts] });
    },
  };
  return {
    queue: queue as Pick<ScanQueue, 'assertAvailable' | 'enqueuePlanning' | 'enqueueScan'>,
    planning,
    flows,
  };
}

function startDeps(queue: Pick<ScanQueue, 'assertAvailable' | 'enqueuePlanning'>) {
  return {
    store: db.store,
    queue,
    logger,
    configuredRegions: ['eu-west-1', 'us-east-1'],
    now: () => new Date(),
    newId: randomUUID,
  };
}

function planDeps(aws: AwsAccess, queue: Pick<ScanQueue, 'enqueueScan'>) {
  return { store: db.store, queue, aws, logger, partition: 'aws', now: () => new Date(), sleep };
}

function processorDeps(
  aws: AwsAccess,
  queue: Pick<ScanQueue, 'enqueueScan'>,
  fannedOut: string[] = [],
): ProcessorDeps {
  return {
    ...planDeps(aws, queue),
    homeRegion: 'us-east-1',
    otherPartitionsLogged: new OncePerScan(),
    scanQueue: queue,
    webhooks: {
      enqueueFanOut: async (scanId) => {
        fannedOut.push(scanId);
      },
    },
    expireFindings: (organizationId) => db.store.retention.apply(organizationId, 0, new Date()),
    // Store outages are the outage fault test's subject; here the store is always there.
    untilStoreAvailable: (operation) => operation(),
  };
}

async function countRows(scanId: string) {
  const { rows } = await db.pool.query<{ scans: number; accounts: number }>(
    `SELECT (SELECT count(*) FROM scans WHERE id = $1)::int AS scans,
            (SELECT count(*) FROM scan_accounts WHERE scan_id = $1)::int AS accounts`,
    [scanId],
  );
  return rows[0];
}

const started = (queue: Pick<ScanQueue, 'assertAvailable' | 'enqueuePlanning'>) =>
  startScan(startDeps(queue), {
    organizationId: 'default',
    trigger: 'api',
    selection: { checks: ['iam-root-mfa-enabled', 'cloudtrail-multi-region-trail-enabled'] },
    regions: ['us-east-1', 'ap-south-1'],
  });

describe('starting a scan (POST /v1/scans, scheduled scans)', () => {
  it('records the scan pending and unplanned, enqueues its planning job, and calls no AWS', async () => {
    const { queue, planning, flows } = recordingQueue();
    const scan = await started(queue);

    expect(planning).toEqual([scan.scanId]);
    expect(flows).toEqual([]);
    const stored = await db.store.scans.get(scan.scanId);
    expect(stored).toMatchObject({
      status: 'pending',
      plannedAt: null,
      accountCount: 0,
      regions: ['us-east-1'],
    });
    expect([...(stored?.checkIds ?? [])].sort()).toEqual([
      'cloudtrail-multi-region-trail-enabled',
      'iam-root-mfa-enabled',
    ]);
    expect(await countRows(scan.scanId)).toEqual({ scans: 1, accounts: 0 });
  });

  it('removes the scan when its planning job cannot be added', async () => {
    const { queue } = recordingQueue({ failPlanning: true });
    let scanId = '';
    await expect(
      startScan(
        { ...startDeps(queue), newId: () => (scanId = randomUUID()) },
        {
          organizationId: 'default',
          trigger: 'api',
        },
      ),
    ).rejects.toBeInstanceOf(QueueUnavailableError);
    expect(await countRows(scanId)).toEqual({ scans: 0, accounts: 0 });
  });

  it('refuses regions outside SCAN_REGIONS', async () => {
    const { queue } = recordingQueue();
    await expect(
      startScan(startDeps(queue), { organizationId: 'default', trigger: 'api', regions: ['ap-south-1'] }),
    ).rejects.toThrow(/none of the requested regions/);
  });
});

describe('planning a scan (the plan-scan job)', () => {
  it('records accounts with OU paths and the organization, then enqueues only ACTIVE ones', async () => {
    const { queue, flows } = recordingQueue();
    const { aws, sent } = simulatedAws();
    const scan = await started(queue);

    const outcome = await planScan(planDeps(aws, queue), scan.scanId);

    expect(outcome).toEqual({ status: 'planned', accountsQueued: 8, accountsSkipped: 1 });
    expect(sent.count).toBeGreaterThan(0);
    expect(flows).toHaveLength(1);
    expect(flows[0]?.accounts.map((account) => account.accountId)).not.toContain('888888888888');
    expect(flows[0]?.accounts[0]?.roleArn).toBe('arn:aws:iam::111111111111:role/OrgScanReadOnly');
    const stored = await db.store.scans.get(scan.scanId);
    expect(stored).toMatchObject({ status: 'pending', accountCount: 9, plannedAt: expect.any(Date) });
    // cloudtrail-multi-region-trail-enabled reads the management account's context: collected while planning.
    expect(stored?.orgContext).not.toBeNull();
    expect(await db.store.accounts.get('default', '444444444444')).toMatchObject({
      ouPath: 'Root/Workloads/Production',
      state: 'ACTIVE',
    });
    expect(await db.store.organizations.get('default')).toMatchObject({
      awsOrganizationId: 'o-demo123456',
      managementAccountId: '111111111111',
    });
  });

  it('planned again (a retried job), calls no AWS and enqueues the same flow, recording nothing twice', async () => {
    const { queue, flows } = recordingQueue();
    const first = simulatedAws();
    const scan = await started(queue);
    await planScan(planDeps(first.aws, queue), scan.scanId);
    const again = simulatedAws();

    await planScan(planDeps(again.aws, queue), scan.scanId);

    expect(again.sent.count).toBe(0);
    expect(flows).toHaveLength(2);
    expect(flows[1]).toEqual(flows[0]);
    expect(await countRows(scan.scanId)).toEqual({ scans: 1, accounts: 9 });
  });

  it('a scan cancelled while it waits for planning ends cancelled, and its planning records and enqueues nothing', async () => {
    const { queue, flows } = recordingQueue();
    const scan = await started(queue);

    const cancelled = await cancelScan(
      {
        store: db.store,
        queue: { assertAvailable: async () => {}, removePendingAccountJobs: async () => [] },
        now: () => new Date(),
      },
      scan.scanId,
    );
    expect(cancelled).toEqual({ scanId: scan.scanId, accountsCancelled: 0, accountsRunning: 0 });
    expect(await db.store.scans.get(scan.scanId)).toMatchObject({
      status: 'cancelled',
      finishedAt: expect.any(Date),
    });

    const { aws, sent } = simulatedAws();
    await expect(planScan(planDeps(aws, queue), scan.scanId)).resolves.toEqual({ status: 'not-pending' });
    expect(sent.count).toBe(0);
    expect(flows).toEqual([]);
    expect(await countRows(scan.scanId)).toEqual({ scans: 1, accounts: 0 });
  });

  it('a cancel that lands after the plan is recorded but before its account jobs exist still cancels every account', async () => {
    const { queue, flows } = recordingQueue();
    const scan = await started(queue);
    const cancelDeps = {
      store: db.store,
      // No account job exists yet: there is nothing in the queue to remove.
      queue: { assertAvailable: async () => {}, removePendingAccountJobs: async () => [] },
      now: () => new Date(),
    };
    let cancelled: Awaited<ReturnType<typeof cancelScan>> | undefined;
    const cancellingFirst = {
      enqueueScan: async (scanId: string, accounts: readonly ScanAccountJob[]) => {
        cancelled = await cancelScan(cancelDeps, scanId);
        await queue.enqueueScan(scanId, accounts);
      },
    };
    const { aws } = simulatedAws();

    await planScan(planDeps(aws, cancellingFirst), scan.scanId);

    const queued = flows[0]?.accounts ?? [];
    expect(queued.length).toBeGreaterThan(0);
    expect(cancelled).toEqual({ scanId: scan.scanId, accountsCancelled: queued.length, accountsRunning: 0 });
    // The jobs enqueued after the cancel find their account cancelled and scan nothing.
    const { aws: memberAws, sent } = simulatedAws();
    const result = await processScanAccount(
      { data: queued[0], attemptsMade: 0, opts: { attempts: 3 } },
      processorDeps(memberAws, queue),
    );
    expect(result).toMatchObject({ outcome: 'not-run' });
    expect(sent.count).toBe(0);
    const accounts = await db.store.scanAccounts.listForScan(scan.scanId);
    // Every account is cancelled, except those the plan skipped (not ACTIVE) that never had a job.
    expect(
      accounts.filter((account) => account.status !== 'skipped').map((account) => account.status),
    ).toEqual(queued.map(() => 'cancelled'));
  });

  it('ends the scan failed, naming the operation and the AWS code, when Organizations denies ListAccounts', async () => {
    const { queue, flows } = recordingQueue();
    const { aws } = simulatedAws([
      { operation: 'organizations:ListAccounts', code: 'AccessDeniedException', httpStatus: 400 },
    ]);
    const scan = await started(queue);
    const fannedOut: string[] = [];

    const result = await processPlanScan(
      { data: { scanId: scan.scanId }, attemptsMade: 0, opts: { attempts: 4 } },
      processorDeps(aws, queue, fannedOut),
    );

    expect(result).toMatchObject({ status: 'failed' });
    // Its webhooks hear of it (scan.completed, status failed), as of any scan that ends.
    expect(fannedOut).toEqual([scan.scanId]);
    const stored = await db.store.scans.get(scan.scanId);
    expect(stored).toMatchObject({ status: 'failed', finishedAt: expect.any(Date), accountCount: 0 });
    expect(stored?.failureReason).toContain('organizations:ListAccounts failed with AccessDeniedException');
    expect(flows).toEqual([]);
  });

  it('leaves throttling to the job retries, and fails the scan only on the last attempt', async () => {
    const { queue } = recordingQueue();
    const { aws } = simulatedAws([
      { operation: 'organizations:ListRoots', code: 'TooManyRequestsException' },
    ]);
    const scan = await started(queue);
    const job = (attemptsMade: number) => ({
      data: { scanId: scan.scanId },
      attemptsMade,
      opts: { attempts: 4 },
    });

    const fannedOut: string[] = [];
    await expect(processPlanScan(job(0), processorDeps(aws, queue, fannedOut))).rejects.toMatchObject({
      code: 'TooManyRequestsException',
    });
    expect(fannedOut).toEqual([]);
    expect(await db.store.scans.get(scan.scanId)).toMatchObject({ status: 'pending', plannedAt: null });

    await expect(processPlanScan(job(3), processorDeps(aws, queue))).resolves.toMatchObject({
      status: 'failed',
    });
    const stored = await db.store.scans.get(scan.scanId);
    expect(stored?.status).toBe('failed');
    expect(stored?.failureReason).toContain('TooManyRequestsException');
  });
});
