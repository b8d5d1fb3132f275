import { Writable } from 'node:stream';
import type { AwsAccess } from '@orgscan/aws';
import type { Finding } from '@orgscan/checks';
import { type AccountScanStatus, createLogger, type ScanStatus, untilStoreAvailable } from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { OncePerScan } from '../once-per-scan.js';
import { FakeScanStore } from '../test-support/fake-scan-store.js';
import { storeOutageClock } from '../test-support/store-outage-clock.js';
import type { ProcessorDeps } from '../worker-deps.js';
import { finalStatus, processFinalizeScan } from './finalize-scan.js';

const SCAN_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';
const NOW = new Date('2026-04-01T03:00:00Z');

const counts = (partial: Partial<Record<AccountScanStatus, number>>): Record<AccountScanStatus, number> => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  skipped: 0,
  cancelled: 0,
  ...partial,
});

function finding(accountId: string, checkId: string, status: Finding['status']): Finding {
  return {
    checkId,
    accountId,
    region: 'global',
    status,
    severity: 'high',
    resourceId: accountId,
    resourceType: 'AwsAccount',
    message: status,
    errorCode: status === 'ERROR' ? 'AccessDenied' : null,
    evidence: null,
  };
}

/**
 * A scan whose accounts ended as `accounts` say; succeeded ones have stored findings and their cells: one of
 * their three cells has an ERROR (not judged), unless `clean`.
 */
function setup(
  accounts: readonly AccountScanStatus[],
  scanStatus: ScanStatus = 'running',
  { clean = false } = {},
) {
  const store = new FakeScanStore();
  store.addScan({ id: SCAN_ID, organizationId: 'default', checkIds: ['a', 'b', 'c'], status: scanStatus });
  accounts.forEach((status, index) => {
    const accountId = String(100_000_000_000 + index);
    store.addAccount(SCAN_ID, accountId, status);
    if (status === 'succeeded') {
      Object.assign(store.account(SCAN_ID, accountId) as object, {
        regionsScanned: ['eu-west-1', 'us-east-1'],
        outcome: { cells: { judged: clean ? 3 : 2, total: 3 } },
      });
      store.findings.set(`${SCAN_ID}/${accountId}`, [
        finding(accountId, 'a', 'FAIL'),
        finding(accountId, 'b', 'PASS'),
        finding(accountId, 'c', clean ? 'PASS' : 'ERROR'),
      ]);
    }
  });
  const events: string[] = [];
  const fanOuts: string[] = [];
  /** Organizations the retention rule was applied to, in order. */
  const retained: string[] = [];
  const outage = storeOutageClock();
  const deps: ProcessorDeps = {
    store: store.asStore(),
    aws: {} as AwsAccess,
    logger: createLogger({ level: 'silent', name: 'test' }),
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
      enqueueFanOut: async (scanId) => {
        events.push('webhooks.enqueueFanOut');
        fanOuts.push(scanId);
      },
    },
    expireFindings: async (organizationId) => {
      // The retention rule runs on a folded scan only: the posture was applied before it.
      expect(store.applied).toContain(SCAN_ID);
      retained.push(organizationId);
      return { expired: [], dropped: 0, deferred: 0 };
    },
  };
  /** Every write and the fan-out, in the order they happened. */
  const order = () => [...store.writes.map((write) => write.op), ...events];
  return { store, deps, fanOuts, events, order, outage, retained };
}

describe('finalStatus', () => {
  const full = { judged: 10, total: 10 };
  it.each([
    [counts({ succeeded: 3 }), full, 'completed'],
    [counts({ succeeded: 2, skipped: 2 }), full, 'completed'],
    [counts({ skipped: 1 }), { judged: 0, total: 0 }, 'completed'],
    [counts({}), { judged: 0, total: 0 }, 'completed'],
    [counts({ succeeded: 3 }), { judged: 9, total: 10 }, 'incomplete'],
    [counts({ succeeded: 1, skipped: 2 }), { judged: 0, total: 10 }, 'incomplete'],
    [counts({ succeeded: 3 }), null, 'completed'],
    [counts({ succeeded: 2, failed: 1 }), { judged: 5, total: 10 }, 'partial'],
    [counts({ succeeded: 1, failed: 1, skipped: 1 }), { judged: 5, total: 10 }, 'partial'],
    [counts({ failed: 2 }), { judged: 0, total: 10 }, 'failed'],
    [counts({ failed: 1, skipped: 3 }), { judged: 0, total: 10 }, 'failed'],
    [counts({ succeeded: 1, cancelled: 1 }), { judged: 5, total: 10 }, 'cancelled'],
    [counts({ failed: 2, cancelled: 1 }), { judged: 0, total: 10 }, 'cancelled'],
    [counts({ succeeded: 1, failed: 1, cancelled: 1 }), { judged: 5, total: 10 }, 'cancelled'],
  ] as const)('%o with cells %o → %s', (accounts, cells, expected) => {
    expect(finalStatus({ accounts, cells })).toBe(expected);
  });
});

describe('finalize-scan processor', () => {
  it.each([
    [['succeeded', 'succeeded', 'skipped'], 'incomplete'],
    [['succeeded', 'failed'], 'partial'],
    [['failed', 'failed'], 'failed'],
    [['succeeded', 'cancelled', 'pending'], 'cancelled'],
  ] as const)(
    'accounts %j end the scan %s: totals, coverage, then the posture, then the webhooks',
    async (accounts, expected) => {
      const { store, deps, fanOuts, order, retained } = setup(accounts);
      expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe(expected);

      const scan = store.scans.get(SCAN_ID);
      const succeeded = accounts.filter((status) => status === 'succeeded').length;
      expect(scan).toMatchObject({ status: expected, finishedAt: NOW });
      expect(scan?.totals).toMatchObject({
        findings: 3 * succeeded,
        byStatus: { FAIL: succeeded, PASS: succeeded, ERROR: succeeded, SKIPPED: 0, MANUAL: 0 },
        failedBySeverity: { high: succeeded },
      });
      expect(scan?.coverage).toMatchObject({
        accounts: { total: accounts.length, succeeded },
        regionsScanned: succeeded > 0 ? ['eu-west-1', 'us-east-1'] : [],
        checksSelected: 3,
        checksEvaluated: succeeded > 0 ? 2 : 0,
        checksWithErrors: succeeded > 0 ? 1 : 0,
      });
      // Two of each succeeded account's three cells judged; a failed or cancelled account (a pending one is
      // failed by finalize) counts 3 cells (checks a, b, c are not in the registry: one cell each), none
      // judged; a skipped one counts none.
      const notScanned = accounts.filter((status) => status !== 'succeeded' && status !== 'skipped').length;
      const total = 3 * succeeded + 3 * notScanned;
      expect(scan?.coverage?.cells).toEqual({
        judged: 2 * succeeded,
        total,
        ratio: (2 * succeeded) / total,
        notScannedPerAccount: 3,
      });
      expect(order()).toEqual(['scans.finish', 'lifecycle.applyScan', 'webhooks.enqueueFanOut']);
      expect(store.applied).toEqual([SCAN_ID]);
      expect(fanOuts).toEqual([SCAN_ID]);
      expect(retained).toEqual(['default']);
    },
  );

  it('ends `completed` only when every cell of every account was judged', async () => {
    const { store, deps } = setup(['succeeded', 'succeeded', 'skipped'], 'running', { clean: true });
    expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe('completed');
    expect(store.scans.get(SCAN_ID)?.coverage?.cells).toMatchObject({ judged: 6, total: 6, ratio: 1 });
  });

  it('fails the accounts whose job ended without a result, so none stays pending or running', async () => {
    const { store, deps } = setup(['succeeded', 'running', 'pending', 'skipped']);
    expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe('partial');
    const statuses = [0, 1, 2, 3].map((index) => store.account(SCAN_ID, String(100_000_000_000 + index)));
    expect(statuses.map((account) => account?.status)).toEqual(['succeeded', 'failed', 'failed', 'skipped']);
    expect(statuses[1]?.reason?.category).toBe('job-failed');
    expect(store.scans.get(SCAN_ID)?.coverage?.accounts).toMatchObject({ failed: 2, pending: 0, running: 0 });
  });

  it.each(['completed', 'incomplete', 'partial', 'failed', 'cancelled'] as const)(
    'a rerun on a %s scan keeps it as it is, re-applies the posture and re-enqueues the fan-out',
    async (status) => {
      const { store, deps, fanOuts, order, retained } = setup(['succeeded', 'pending'], status);
      for (let run = 0; run < 2; run += 1) {
        expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe(status);
      }
      expect(store.scans.get(SCAN_ID)).toMatchObject({ status, totals: null, finishedAt: null });
      expect(store.account(SCAN_ID, '100000000001')?.status).toBe('pending');
      expect(order()).toEqual([
        'lifecycle.applyScan',
        'lifecycle.applyScan',
        'webhooks.enqueueFanOut',
        'webhooks.enqueueFanOut',
      ]);
      expect(store.applied).toEqual([SCAN_ID]);
      expect(fanOuts).toEqual([SCAN_ID, SCAN_ID]);
      expect(retained).toEqual(['default', 'default']);
    },
  );

  it('a failing retention rule is logged and never fails the scan or holds back its webhooks', async () => {
    const { store, deps, fanOuts } = setup(['succeeded'], 'running', { clean: true });
    const lines: string[] = [];
    const failing: ProcessorDeps = {
      ...deps,
      logger: createLogger({
        level: 'info',
        name: 'test',
        destination: new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      }),
      expireFindings: () => Promise.reject(new Error('permission denied for table findings_1')),
    };
    expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, failing)).toBe('completed');
    expect(store.applied).toEqual([SCAN_ID]);
    expect(fanOuts).toEqual([SCAN_ID]);
    expect(
      lines.some((line) => line.includes('findings retention failed') && line.includes('permission denied')),
    ).toBe(true);
  });

  it('a store failure while finishing propagates: no posture update, no webhooks (the job is retried)', async () => {
    const { store, deps, fanOuts } = setup(['succeeded']);
    const lost = new Error('Connection terminated unexpectedly');
    store.failing.set('scans.finish', lost);
    await expect(processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).rejects.toBe(lost);
    expect(store.scans.get(SCAN_ID)?.status).toBe('running');
    expect(store.applied).toEqual([]);
    expect(fanOuts).toEqual([]);
  });

  it('a Postgres outage while finishing is waited out: finalize runs again once the store is back', async () => {
    const { store, deps, fanOuts, outage } = setup(['succeeded'], 'running', { clean: true });
    store.failing.set(
      'scans.finish',
      Object.assign(new Error('the database system is shutting down'), { code: '57P01' }),
    );
    outage.endAfter(16, () => store.failing.delete('scans.finish'));
    expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe('completed');
    expect(outage.waitedMs()).toBeGreaterThan(60_000);
    expect(store.applied).toEqual([SCAN_ID]);
    expect(fanOuts).toEqual([SCAN_ID]);
  });

  it('a fan-out that cannot be enqueued fails the job; its retry only enqueues it', async () => {
    const { store, deps, fanOuts } = setup(['succeeded'], 'running', { clean: true });
    const down = { ...deps, webhooks: { enqueueFanOut: () => Promise.reject(new Error('Redis is down')) } };
    await expect(processFinalizeScan({ data: { scanId: SCAN_ID } }, down)).rejects.toThrow('Redis is down');
    expect(store.scans.get(SCAN_ID)?.status).toBe('completed');
    expect(await processFinalizeScan({ data: { scanId: SCAN_ID } }, deps)).toBe('completed');
    expect(store.writes.filter((write) => write.op === 'scans.finish')).toHaveLength(1);
    expect(fanOuts).toEqual([SCAN_ID]);
  });

  it('refuses an invalid payload or an unknown scan without retries', async () => {
    const { deps, order } = setup(['succeeded']);
    await expect(processFinalizeScan({ data: { scan: SCAN_ID } }, deps)).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
    await expect(
      processFinalizeScan({ data: { scanId: '00000000-0000-4000-8000-000000000009' } }, deps),
    ).rejects.toBeInstanceOf(UnrecoverableError);
    expect(order()).toEqual([]);
  });
});
