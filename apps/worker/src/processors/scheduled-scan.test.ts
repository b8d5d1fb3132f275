import {
  createLogger,
  OrganizationsUnavailableError,
  type ScheduleRecord,
  type ScheduleRunRecord,
  type StartScanRequest,
  type Store,
} from '@orgscan/core';
import { describe, expect, it } from 'vitest';
import { processScheduledScan, type ScheduledScanDeps } from './scheduled-scan.js';

const SCHEDULE_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';
const TICK = Date.parse('2026-04-01T02:00:00Z');

function schedule(overrides: Partial<ScheduleRecord> = {}): ScheduleRecord {
  return {
    id: SCHEDULE_ID,
    organizationId: 'default',
    name: 'nightly',
    cron: '0 2 * * *',
    timezone: 'UTC',
    scope: { services: ['iam'], regions: ['eu-west-1'] },
    enabled: true,
    createdBy: 'test',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    lastRun: null,
    ...overrides,
  };
}

/** Schedules, runs and scans in memory, with the calls the processor makes. */
function fakes(
  options: { schedule?: ScheduleRecord | null; unfinished?: { id: string; status: string } | null } = {},
) {
  const runs = new Map<string, ScheduleRunRecord>();
  const scans = new Set<string>();
  const started: Array<{ request: StartScanRequest; scanId: string }> = [];
  let ids = 0;
  const store = {
    pool: {
      connect: async () => ({
        query: async () => ({ rows: [] }),
        release: () => {},
        on: () => {},
        off: () => {},
      }),
    },
    schedules: {
      get: async () => (options.schedule === undefined ? schedule() : options.schedule),
      claimRun: async (run: { id: string; scheduleId: string; firedAt: Date; scanId: string; at: Date }) => {
        const key = `${run.scheduleId}@${run.firedAt.toISOString()}`;
        const existing = runs.get(key);
        if (existing) return { run: existing, claimed: false };
        const created: ScheduleRunRecord = { ...run, outcome: 'pending', reason: null, recordedAt: run.at };
        runs.set(key, created);
        return { run: created, claimed: true };
      },
      getRun: async (id: string) => [...runs.values()].find((run) => run.id === id) ?? null,
      settleRun: async (
        id: string,
        outcome: ScheduleRunRecord['outcome'],
        scanId: string | null,
        reason: string | null,
      ) => {
        for (const [key, run] of runs) if (run.id === id) runs.set(key, { ...run, outcome, scanId, reason });
      },
      unfinishedScanOf: async () => options.unfinished ?? null,
    },
    scans: { get: async (id: string) => (scans.has(id) ? { id } : null) },
  } as unknown as Store;
  const deps: ScheduledScanDeps = {
    store,
    logger: createLogger({ level: 'silent', name: 'test' }),
    now: () => new Date(TICK + 5),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    startScan: async (request, scanId) => {
      started.push({ request, scanId });
      scans.add(scanId);
      return {
        scanId,
        organizationId: request.organizationId,
        accountCount: 1,
        accountsQueued: 1,
        accountsSkipped: 0,
      };
    },
  };
  return { deps, runs, scans, started };
}

const tick = { data: { scheduleId: SCHEDULE_ID }, timestamp: TICK - 60_000, opts: { prevMillis: TICK } };

describe('scheduled-scan processor', () => {
  it('starts the scan with the schedule scope, under the scan id the run recorded first', async () => {
    const { deps, runs, started } = fakes();
    expect(await processScheduledScan(tick, deps)).toBe('started');
    const [run] = [...runs.values()];
    expect(run).toMatchObject({ outcome: 'started', firedAt: new Date(TICK) });
    expect(started).toEqual([
      {
        scanId: run?.scanId,
        request: {
          organizationId: 'default',
          trigger: 'schedule',
          selection: { checks: undefined, frameworks: undefined, services: ['iam'] },
          regions: ['eu-west-1'],
        },
      },
    ]);
  });

  it('records a tick once: a job that runs twice starts nothing more', async () => {
    const { deps, runs, started } = fakes();
    await processScheduledScan(tick, deps);
    expect(await processScheduledScan(tick, deps)).toBe('started');
    expect(started).toHaveLength(1);
    expect(runs.size).toBe(1);
  });

  it('settles a run left pending by a crash after its scan was created, without starting another', async () => {
    const { deps, runs, scans, started } = fakes();
    const { run } = await deps.store.schedules.claimRun({
      id: 'r1',
      scheduleId: SCHEDULE_ID,
      firedAt: new Date(TICK),
      scanId: 'scan-created-before-the-crash',
      at: new Date(TICK),
    });
    scans.add(run.scanId as string);
    expect(await processScheduledScan(tick, deps)).toBe('started');
    expect(started).toEqual([]);
    expect([...runs.values()][0]).toMatchObject({
      outcome: 'started',
      scanId: 'scan-created-before-the-crash',
    });
  });

  it('skips the tick while the previous scan of the organization is unfinished, naming it', async () => {
    const { deps, runs, started } = fakes({ unfinished: { id: 'scan-9', status: 'running' } });
    expect(await processScheduledScan(tick, deps)).toBe('skipped');
    expect(started).toEqual([]);
    expect([...runs.values()][0]).toMatchObject({
      outcome: 'skipped',
      scanId: null,
      reason: 'scan scan-9 of the organization is still running',
    });
  });

  it('records a start that fails, with the reason, and does not throw (the next tick retries)', async () => {
    const { deps, runs } = fakes();
    const failing: ScheduledScanDeps = {
      ...deps,
      startScan: async () => {
        throw new OrganizationsUnavailableError('AccessDeniedException', 'organizations:ListAccounts', false);
      },
    };
    expect(await processScheduledScan(tick, failing)).toBe('failed');
    expect([...runs.values()][0]).toMatchObject({
      outcome: 'failed',
      reason: expect.stringContaining('AccessDeniedException'),
    });
  });

  it('ignores a tick of a schedule disabled or deleted meanwhile', async () => {
    for (const current of [schedule({ enabled: false }), null]) {
      const { deps, runs } = fakes({ schedule: current });
      expect(await processScheduledScan(tick, deps)).toBe('ignored');
      expect(runs.size).toBe(0);
    }
  });
});
