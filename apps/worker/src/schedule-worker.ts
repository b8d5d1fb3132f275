import type { RedisClient } from '@orgscan/core';
import { AUTOMATION_JOB_NAMES, SCHEDULE_QUEUE } from '@orgscan/core';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { processScheduledScan, type ScheduledScanDeps } from './processors/scheduled-scan.js';

export interface ScheduleWorkerOptions extends ScheduledScanDeps {
  readonly connection: RedisClient;
  readonly prefix: string;
}

/** Runs the ticks of the scan schedules (the schedules queue). Any number of workers may run one. */
export function buildScheduleWorker(options: ScheduleWorkerOptions): Worker {
  const worker = new Worker(
    SCHEDULE_QUEUE,
    async (job: Job) => {
      if (job.name !== AUTOMATION_JOB_NAMES.scheduledScan) {
        throw new UnrecoverableError(`unknown job name ${job.name}`);
      }
      return processScheduledScan(job, options);
    },
    // Starting a scan enumerates the organization: a few at once is plenty.
    { connection: options.connection, prefix: options.prefix, concurrency: 2 },
  );
  worker.on('failed', (job, error) => {
    options.logger.warn({ jobId: job?.id, err: error.message }, 'scheduled scan job failed');
  });
  worker.on('error', (error) => options.logger.error({ err: error.message }, 'schedule worker error'));
  return worker;
}
