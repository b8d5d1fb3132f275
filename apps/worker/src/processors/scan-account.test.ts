import { Writable } from 'node:stream';
import {
  AwsAccess,
  AwsCallError,
  type AwsTransport,
  createSimulatedTransport,
  type FaultRule,
  generateOrganization,
  type SimulatedOrg,
  seededRandom,
  unlimitedRateLimiter,
} from '@orgscan/aws';
import { checks } from '@orgscan/checks';
import { type AccountScanStatus, createLogger, type ScanStatus, untilStoreAvailable } from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { OncePerScan } from '../once-per-scan.js';
import { FakeScanStore } from '../test-support/fake-scan-store.js';
import { storeOutageClock } from '../test-support/store-outage-clock.js';
import type { ProcessorDeps } from '../worker-deps.js';
import { processScanAccount } from './scan-account.js';

const SCAN_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';
const NOW = new Date('2026-04-01T02:00:00Z');
// Two members in two regions; the second one's scanning role cannot be assumed.
const ORG = generateOrganization({ accounts: 2, regions: 2, deniedRoleRate: 0.5 });
const MEMBER = ORG.accounts.find((account) => account.name === 'member-0')!.id;
const DENIED = ORG.accounts.find((account) => account.name === 'member-1')!.id;
const ALL_CHECKS = checks.map((check) => check.id);

/** Counts AWS sessions opened and still open, to see that every path closes what it opened. */
function countingSessions(inner: AwsTransport) {
  const sessions = { opened: 0, open: 0 };
  const transport: AwsTransport = {
    openSession(identity) {
      const session = inner.openSession(identity);
      sessions.opened += 1;
      sessions.open += 1;
      let closed = false;
      return {
        send: (region, service, command) => session.send(region, service, command),
        close() {
          if (!closed) sessions.open -= 1;
          closed = true;
          session.close();
        },
      };
    },
  };
  return { transport, sessions };
}

interface Setup {
  readonly faults?: readonly FaultRule[];
  readonly scanStatus?: ScanStatus;
  readonly accountStatus?: AccountScanStatus;
  readonly checkIds?: readonly string[];
  readonly org?: SimulatedOrg;
  /** Where log lines go (parsed JSON); absent: nothing is logged. */
  readonly logLines?: Record<string, unknown>[];
}

function collecting(lines: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
}

/** The processor's deps: the simulated organization behind the real AwsAccess, the store in memory. */
function setup(options: Setup = {}) {
  const store = new FakeScanStore();
  store.addScan({
    id: SCAN_ID,
    organizationId: 'default',
    checkIds: options.checkIds ?? ALL_CHECKS,
    status: options.scanStatus ?? 'running',
  });
  store.addOrganization('default', ORG.externalId, ORG.managementAccountId);
  store.addAccount(SCAN_ID, MEMBER, options.accountStatus ?? 'pending');
  store.addAccount(SCAN_ID, DENIED);
  const { transport, sessions } = countingSessions(
    createSimulatedTransport({
      org: options.org ?? ORG,
      knobs: { latencyMs: 0, throttleRate: 0, faults: options.faults ?? [] },
      now: () => NOW,
      sleep: async () => {},
      random: seededRandom(1),
    }),
  );
  const aws = new AwsAccess({
    transport,
    limiter: unlimitedRateLimiter,
    // Throttles and transient errors are retried inside the AWS layer before the processor sees them.
    retry: { throttleAttempts: 2, transientAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    homeRegion: 'us-east-1',
    maxConcurrentCallsPerAccount: 8,
    assumeRoleDurationSeconds: 3600,
    sleep: async () => {},
    random: seededRandom(2),
    now: () => NOW.getTime(),
  });
  const outage = storeOutageClock();
  const deps: ProcessorDeps = {
    store: store.asStore(),
    aws,
    logger: options.logLines
      ? createLogger({ level: 'info', name: 'test', destination: collecting(options.logLines) })
      : createLogger({ level: 'silent', name: 'test' }),
    partition: 'aws',
    homeRegion: 'us-east-1',
    otherPartitionsLogged: new OncePerScan(),
    now: () => NOW,
    sleep: async () => {},
    untilStoreAvailable: (operation) => untilStoreAvailable(operation, outage.policy),
    scanQueue: {
      enqueueScan: async () => {
        throw new Error('only a plan-scan job enqueues account jobs');
      },
    },
    webhooks: {
      enqueueFanOut: async () => {
        throw new Error('an account job never enqueues webhooks');
      },
    },
    expireFindings: async () => {
      throw new Error('an account job never applies the retention rule');
    },
  };
  return { store, deps, sessions, outage };
}

/** Attempt `attemptsMade + 1` of `attempts` of an account's job. */
function job(accountId: string, attemptsMade = 0, attempts = 3) {
  return {
    data: {
      scanId: SCAN_ID,
      organizationId: 'default',
      accountId,
      roleArn: `arn:aws:iam::${accountId}:role/${ORG.memberRoleName}`,
    },
    attemptsMade,
    opts: { attempts },
  };
}

/** The error the processor rejected with. */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the job to fail');
}

describe('scan-account processor', () => {
  it('scans the account and writes its findings and its status together, in one transaction', async () => {
    const { store, deps, sessions } = setup();
    const result = await processScanAccount(job(MEMBER), deps);

    const stored = store.findings.get(`${SCAN_ID}/${MEMBER}`) ?? [];
    expect(result).toEqual({ accountId: MEMBER, outcome: 'succeeded', findings: stored.length });
    expect(stored.length).toBeGreaterThan(ALL_CHECKS.length);
    expect(new Set(stored.map((finding) => finding.accountId))).toEqual(new Set([MEMBER]));
    expect(store.writes.map(({ scope, op }) => `${scope}: ${op}`)).toEqual([
      'transaction 1: findings.replaceForAccount',
      'transaction 1: scanAccounts.markSucceeded',
    ]);
    expect(store.account(SCAN_ID, MEMBER)).toMatchObject({
      status: 'succeeded',
      reason: null,
      outcome: {
        regionsScanned: ORG.regions.map((region) => region.name).sort(),
        regionsNotEnabled: [],
        checksEvaluated: ALL_CHECKS.length,
        findingsCount: stored.length,
        errorCount: stored.filter((finding) => finding.status === 'ERROR').length,
      },
    });
    expect(store.scans.get(SCAN_ID)?.status).toBe('running');
    expect(sessions.open).toBe(0);
  });

  it('evaluates only the checks the scan selected', async () => {
    const { store, deps } = setup({ checkIds: ['iam-root-mfa-enabled'] });
    await processScanAccount(job(MEMBER), deps);
    const stored = store.findings.get(`${SCAN_ID}/${MEMBER}`) ?? [];
    expect(new Set(stored.map((finding) => finding.checkId))).toEqual(new Set(['iam-root-mfa-enabled']));
    expect(store.account(SCAN_ID, MEMBER)?.outcome?.checksEvaluated).toBe(1);
  });

  it('AssumeRole denied: the account fails at once with its reason, and the job is not retried', async () => {
    const { store, deps, sessions } = setup();
    const error = await failureOf(processScanAccount(job(DENIED, 0, 3), deps));
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect(error.message).toBe('AssumeRole denied: AccessDenied');
    expect(store.account(SCAN_ID, DENIED)).toMatchObject({
      status: 'failed',
      reason: { category: 'assume-role-denied', detail: expect.stringContaining('AccessDenied') },
    });
    expect(store.findings.has(`${SCAN_ID}/${DENIED}`)).toBe(false);
    expect(sessions.open).toBe(0);
  });

  it.each([
    ['throttled', 'Throttling'],
    ['transient', 'ServiceUnavailable'],
  ])(
    'AssumeRole %s: retried by the queue, and the account is marked failed only on the last attempt',
    async (kind, code) => {
      const faults = [{ operation: 'sts:AssumeRole', code, httpStatus: 503 }];
      const early = setup({ faults });
      const first = await failureOf(processScanAccount(job(MEMBER, 0, 3), early.deps));
      expect(first).toBeInstanceOf(AwsCallError);
      expect(first).not.toBeInstanceOf(UnrecoverableError);
      expect((first as AwsCallError).kind).toBe(kind);
      expect(early.store.account(SCAN_ID, MEMBER)?.status).toBe('running');
      expect(early.store.writes).toEqual([]);

      const last = setup({ faults });
      const final = await failureOf(processScanAccount(job(MEMBER, 2, 3), last.deps));
      expect(final).toBeInstanceOf(AwsCallError);
      expect(final).not.toBeInstanceOf(UnrecoverableError);
      expect(last.store.account(SCAN_ID, MEMBER)).toMatchObject({
        status: 'failed',
        reason: { category: 'assume-role-failed', detail: expect.stringContaining(code) },
      });
      expect(last.sessions.open).toBe(0);
    },
  );

  it('DescribeRegions denied: the account fails at once (region discovery), not retried', async () => {
    const { store, deps, sessions } = setup({
      faults: [{ operation: 'ec2:DescribeRegions', code: 'UnauthorizedOperation' }],
    });
    const error = await failureOf(processScanAccount(job(MEMBER, 0, 3), deps));
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect(error.message).toBe('DescribeRegions denied: UnauthorizedOperation');
    expect(store.account(SCAN_ID, MEMBER)).toMatchObject({
      status: 'failed',
      reason: {
        category: 'region-discovery-failed',
        detail: expect.stringContaining('UnauthorizedOperation'),
      },
    });
    expect(store.findings.size).toBe(0);
    expect(sessions.open).toBe(0);
  });

  it('DescribeRegions unavailable: retried, and marked failed only on the last attempt', async () => {
    const faults = [{ operation: 'ec2:DescribeRegions', code: 'ServiceUnavailable', httpStatus: 503 }];
    const early = setup({ faults });
    const first = await failureOf(processScanAccount(job(MEMBER, 1, 3), early.deps));
    expect(first).not.toBeInstanceOf(UnrecoverableError);
    expect(early.store.account(SCAN_ID, MEMBER)?.status).toBe('running');

    const last = setup({ faults });
    const final = await failureOf(processScanAccount(job(MEMBER, 2, 3), last.deps));
    expect(final).not.toBeInstanceOf(UnrecoverableError);
    expect(last.store.account(SCAN_ID, MEMBER)?.reason?.category).toBe('region-discovery-failed');
    expect(last.sessions.open).toBe(0);
  });

  it.each(['findings.replaceForAccount', 'scanAccounts.markSucceeded'] as const)(
    'a store failure in the final write (%s) propagates and records nothing, not even success',
    async (op) => {
      const { store, deps, sessions } = setup();
      const lost = new Error('Connection terminated unexpectedly');
      store.failing.set(op, lost);
      await expect(processScanAccount(job(MEMBER, 2, 3), deps)).rejects.toBe(lost);
      expect(store.findings.has(`${SCAN_ID}/${MEMBER}`)).toBe(false);
      // Still running: finalize records it as job-failed if no retry succeeds.
      expect(store.account(SCAN_ID, MEMBER)).toMatchObject({ status: 'running', outcome: null });
      expect(store.writes.some((write) => write.op === 'scanAccounts.markFailed')).toBe(false);
      expect(sessions.open).toBe(0);
    },
  );

  it.each(['findings.replaceForAccount', 'scanAccounts.markSucceeded'] as const)(
    'a Postgres outage at %s is waited out: the findings are written once it ends, no attempt is spent',
    async (op) => {
      const { store, deps, sessions, outage } = setup();
      store.failing.set(
        op,
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      );
      // Postgres comes back after the 16th wait: past a minute on the backoff (250 ms doubling, 5 s cap).
      outage.endAfter(16, () => store.failing.delete(op));
      const result = await processScanAccount(job(MEMBER, 0, 3), deps);
      expect(result.outcome).toBe('succeeded');
      expect(outage.waitedMs()).toBeGreaterThan(60_000);
      expect(store.account(SCAN_ID, MEMBER)?.status).toBe('succeeded');
      expect(store.findings.get(`${SCAN_ID}/${MEMBER}`)?.length).toBe(result.findings);
      expect(sessions.open).toBe(0);
    },
  );

  it('an outage longer than STORE_OUTAGE_MAX_WAIT_SECONDS fails the attempt as before', async () => {
    const { store, deps, outage } = setup();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    store.failing.set('findings.replaceForAccount', refused);
    await expect(processScanAccount(job(MEMBER, 0, 3), deps)).rejects.toBe(refused);
    expect(outage.waitedMs()).toBe(300_000);
  });

  it.each(['completed', 'partial', 'failed', 'cancelled'] as const)(
    'a %s scan is not scanned again: not-run, no AWS call, nothing written',
    async (scanStatus) => {
      const { store, deps, sessions } = setup({ scanStatus });
      expect(await processScanAccount(job(MEMBER), deps)).toEqual({
        accountId: MEMBER,
        outcome: 'not-run',
        findings: 0,
      });
      expect(sessions.opened).toBe(0);
      expect(store.writes).toEqual([]);
      expect(store.account(SCAN_ID, MEMBER)?.status).toBe('pending');
    },
  );

  it('scans only the regions of its partition when the endpoint also lists GovCloud and China, and says so once per scan', async () => {
    const otherPartitions = ['cn-north-1', 'us-gov-west-1'];
    const org: SimulatedOrg = {
      ...ORG,
      regions: [...ORG.regions, ...otherPartitions.map((name) => ({ name, optIn: false }))],
    };
    const logLines: Record<string, unknown>[] = [];
    const { store, deps } = setup({ org, logLines });

    await processScanAccount(job(MEMBER), deps);
    const account = store.account(SCAN_ID, MEMBER);
    expect(account?.status).toBe('succeeded');
    expect(account?.regionsScanned).toEqual(ORG.regions.map((region) => region.name).sort());
    // Another account job of the same scan (here the same account, run again) meets the same list.
    store.addAccount(SCAN_ID, MEMBER, 'pending');
    await processScanAccount(job(MEMBER), deps);

    const findingRegions = new Set((store.findings.get(`${SCAN_ID}/${MEMBER}`) ?? []).map((f) => f.region));
    for (const region of otherPartitions) expect(findingRegions).not.toContain(region);
    const notices = logLines.filter(
      (line) => line.msg === 'regions outside the partition of the home region are ignored',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ scanId: SCAN_ID, partition: 'aws', ignoredRegions: otherPartitions });
  });

  it('an account cancelled meanwhile is not scanned', async () => {
    const { store, deps, sessions } = setup({ accountStatus: 'cancelled' });
    expect((await processScanAccount(job(MEMBER), deps)).outcome).toBe('not-run');
    expect(sessions.opened).toBe(0);
    expect(store.account(SCAN_ID, MEMBER)?.status).toBe('cancelled');
  });

  it('refuses a payload that is not a scan-account job, or a scan that does not exist, without retries', async () => {
    const { store, deps, sessions } = setup();
    const invalid = { ...job(MEMBER), data: { scanId: SCAN_ID, accountId: MEMBER, secretAccessKey: 'x' } };
    await expect(processScanAccount(invalid, deps)).rejects.toBeInstanceOf(UnrecoverableError);
    const unknownScan = job(MEMBER);
    const missing = {
      ...unknownScan,
      data: { ...unknownScan.data, scanId: '00000000-0000-4000-8000-000000000009' },
    };
    await expect(processScanAccount(missing, deps)).rejects.toThrow(UnrecoverableError);
    expect(sessions.opened).toBe(0);
    expect(store.writes).toEqual([]);
  });
});
