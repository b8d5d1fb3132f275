import {
  AUTOMATION_JOB_NAMES,
  type Logger,
  parseJobData,
  ScheduledScanJobSchema,
  type ScheduleRunOutcome,
  type StartedScan,
  type StartScanRequest,
  type Store,
  withClient,
} from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';

/** Arbitrary constant: the first key of the per-organization advisory lock of scheduled starts. */
const SCHEDULE_LOCK_CLASS = 7_302_114;

export interface ScheduledScanDeps {
  readonly store: Store;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * The start-scan service the API uses (trigger 'schedule'), creating the scan with the id given: the run
   * records that id first, so a rerun after a crash can tell whether its scan was created.
   */
  readonly startScan: (request: StartScanRequest, scanId: string) => Promise<StartedScan>;
}

/** The tick a scheduler job belongs to: BullMQ's own fire time of the iteration, not when a worker took it. */
export interface ScheduledJobLike {
  readonly data: unknown;
  readonly timestamp: number;
  readonly opts: { readonly prevMillis?: number | undefined; readonly delay?: number | undefined };
}

/**
 * One tick of a scan schedule. The tick's run is claimed in the database first ((schedule, tick) is
 * unique: a job that runs twice, or two workers, record one run). Overlap policy: if the organization's
 * previous scan has not finished, the run is skipped and recorded with the scan it waited for — runs never
 * pile up. Scheduled starts of one organization are serialized by an advisory lock, so two schedules
 * firing together cannot both see "nothing running". A start that fails is recorded (with the reason) and
 * not retried: the next tick is the retry.
 */
export async function processScheduledScan(
  job: ScheduledJobLike,
  deps: ScheduledScanDeps,
): Promise<ScheduleRunOutcome | 'ignored'> {
  let scheduleId: string;
  try {
    scheduleId = parseJobData(
      AUTOMATION_JOB_NAMES.scheduledScan,
      ScheduledScanJobSchema,
      job.data,
    ).scheduleId;
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  const { store } = deps;
  const schedule = await store.schedules.get(scheduleId);
  // A tick of a schedule deleted or disabled after the tick was queued.
  if (!schedule?.enabled) return 'ignored';

  const firedAt = new Date(job.opts.prevMillis ?? job.timestamp + (job.opts.delay ?? 0));
  const { run, claimed } = await store.schedules.claimRun({
    id: deps.newId(),
    scheduleId,
    firedAt,
    scanId: deps.newId(),
    at: deps.now(),
  });
  if (run.outcome !== 'pending') return run.outcome;
  const scanId = run.scanId as string;
  if (!claimed && (await store.scans.get(scanId))) {
    await store.schedules.settleRun(run.id, 'started', scanId, null, deps.now());
    return 'started';
  }

  return withClient(store.pool, async (client) => {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [
      SCHEDULE_LOCK_CLASS,
      schedule.organizationId,
    ]);
    try {
      // Another run of this very tick (a stalled job taken over) may have settled it while we waited.
      const current = await store.schedules.getRun(run.id);
      if (current && current.outcome !== 'pending') return current.outcome;
      const unfinished = await store.schedules.unfinishedScanOf(schedule.organizationId);
      if (unfinished) {
        const reason = `scan ${unfinished.id} of the organization is still ${unfinished.status}`;
        await store.schedules.settleRun(run.id, 'skipped', null, reason, deps.now());
        deps.logger.info(
          { scheduleId, scanId: unfinished.id },
          'scheduled scan skipped: the previous one is running',
        );
        return 'skipped';
      }
      try {
        const started = await deps.startScan(
          {
            organizationId: schedule.organizationId,
            trigger: 'schedule',
            selection: {
              checks: schedule.scope?.checks,
              frameworks: schedule.scope?.frameworks,
              services: schedule.scope?.services,
            },
            regions: schedule.scope?.regions,
          },
          scanId,
        );
        await store.schedules.settleRun(run.id, 'started', started.scanId, null, deps.now());
        return 'started';
      } catch (error) {
        const reason = (error as Error).message;
        await store.schedules.settleRun(run.id, 'failed', null, reason, deps.now());
        deps.logger.warn({ scheduleId, err: reason }, 'scheduled scan could not be started');
        return 'failed';
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
        SCHEDULE_LOCK_CLASS,
        schedule.organizationId,
      ]);
    }
  });
}
