import type { RedisClient } from '@orgscan/core';
import { type AccountSlots, JOB_NAMES, SCAN_QUEUE, type WorkerMetrics } from '@orgscan/core';
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import { processFinalizeScan } from './processors/finalize-scan.js';
import { processPlanScan } from './processors/plan-scan.js';
import { processScanAccount } from './processors/scan-account.js';
import type { ProcessorDeps } from './worker-deps.js';

export interface WorkerOptions extends ProcessorDeps {
  readonly connection: RedisClient;
  readonly prefix: string;
  /** Jobs (accounts) this process runs at once. */
  readonly concurrency: number;
  /** A job whose worker stops renewing its lock (crash) is taken over after this long. */
  readonly lockMs?: number;
  /** Where job outcomes and durations are counted; absent: not counted. */
  readonly metrics?: WorkerMetrics;
  /** The per-organization cap on accounts scanned at once; absent: no cap beyond concurrency. */
  readonly accountSlots?: AccountSlots;
  /** How long an account job waits before trying again for a slot of its organization. */
  readonly slotRetryDelayMs?: number;
}

export interface ScanWorker {
  readonly worker: Worker;
  /**
   * Stops taking jobs and waits for active ones. After `graceMs` the jobs still running are handed back to
   * the queue (moved to wait, lock released) so another worker takes them at once; the caller then exits
   * the process. Writes are idempotent, so a job restarted elsewhere loses nothing and duplicates nothing.
   */
  close(graceMs: number): Promise<'drained' | 'handed-over'>;
}

/**
 * Runs an account job inside one of its organization's slots. Without a free slot the job goes back to
 * the delayed set (not counted as an attempt) and is tried again a little later.
 */
async function withOrganizationSlot<T>(
  job: Job,
  token: string | undefined,
  options: WorkerOptions,
  run: () => Promise<T>,
): Promise<T> {
  const slots = options.accountSlots;
  const organizationId = (job.data as { organizationId?: unknown }).organizationId;
  if (!slots || typeof organizationId !== 'string' || !job.id) return run();
  if (!(await slots.tryTake(organizationId, job.id))) {
    const delay = (options.slotRetryDelayMs ?? 2_000) * (0.5 + Math.random());
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError();
  }
  try {
    return await run();
  } finally {
    await slots.release(organizationId, job.id).catch(() => {});
  }
}

export function buildWorker(options: WorkerOptions): ScanWorker {
  // Jobs running in this process with their lock tokens, to hand them back on shutdown.
  const running = new Map<string, { job: Job; token: string | undefined }>();
  const worker = new Worker(
    SCAN_QUEUE,
    async (job: Job, token?: string) => {
      if (job.id) running.set(job.id, { job, token });
      try {
        return await processJob(job, token);
      } finally {
        if (job.id) running.delete(job.id);
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockMs ?? 60_000,
      // Check for stalled jobs twice per lock period so a crashed worker's jobs move on promptly.
      stalledInterval: Math.round((options.lockMs ?? 60_000) / 2),
      maxStalledCount: 2,
    },
  );

  async function processJob(job: Job, token: string | undefined) {
    switch (job.name) {
      case JOB_NAMES.scanAccount:
        return withOrganizationSlot(job, token, options, () => processScanAccount(job, options));
      case JOB_NAMES.finalizeScan:
        return processFinalizeScan(job, options);
      case JOB_NAMES.planScan:
        return processPlanScan(job, options);
      default:
        throw new UnrecoverableError(`unknown job name ${job.name}`);
    }
  }
  worker.on('failed', (job, error) => {
    options.logger.warn(
      { jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err: error.message },
      'job failed',
    );
  });
  worker.on('error', (error) => options.logger.error({ err: error.message }, 'worker error'));
  const { metrics } = options;
  if (metrics) {
    const finished = (job: Job | undefined, outcome: 'completed' | 'failed') => {
      if (!job) return;
      metrics.activeJobs.dec();
      metrics.jobs.inc({ job: job.name, outcome });
      if (job.processedOn && job.finishedOn) {
        metrics.jobSeconds.observe({ job: job.name }, (job.finishedOn - job.processedOn) / 1000);
      }
    };
    worker.on('active', () => metrics.activeJobs.inc());
    worker.on('completed', (job) => finished(job, 'completed'));
    worker.on('failed', (job) => finished(job, 'failed'));
  }

  return {
    worker,
    async close(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        worker.close().then(() => 'drained' as const),
        new Promise<'handed-over'>((resolve) => {
          timer = setTimeout(() => resolve('handed-over'), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (outcome === 'drained') return outcome;
      await Promise.all(
        [...running.values()].map(({ job, token }) =>
          job.moveToWait(token).catch((error: Error) => {
            options.logger.warn(
              { jobId: job.id, err: error.message },
              'could not hand a job back; it will stall over',
            );
          }),
        ),
      );
      options.logger.warn({ jobs: running.size }, 'grace period over: running jobs handed back to the queue');
      await worker.close(true);
      return 'handed-over';
    },
  };
}
