import { JOB_NAMES, SCAN_QUEUE } from '@orgscan/core';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { processFinalizeScan } from './processors/finalize-scan.js';
import { processScanAccount } from './processors/scan-account.js';
import type { ProcessorDeps } from './worker-deps.js';

export interface WorkerOptions extends ProcessorDeps {
  readonly connection: Redis;
  readonly prefix: string;
  /** Jobs (accounts) this process runs at once. */
  readonly concurrency: number;
}

export interface ScanWorker {
  readonly worker: Worker;
  /**
   * Stops taking jobs and waits for active ones; after `graceMs` the remaining jobs are abandoned to be
   * picked up again by another worker once their lock expires (at-least-once, idempotent writes).
   */
  close(graceMs: number): Promise<'drained' | 'forced'>;
}

export function buildWorker(options: WorkerOptions): ScanWorker {
  const worker = new Worker(
    SCAN_QUEUE,
    async (job: Job) => {
      switch (job.name) {
        case JOB_NAMES.scanAccount:
          return processScanAccount(job, options);
        case JOB_NAMES.finalizeScan:
          return processFinalizeScan(job, options);
        default:
          throw new UnrecoverableError(`unknown job name ${job.name}`);
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: 60_000,
      stalledInterval: 30_000,
      maxStalledCount: 2,
    },
  );
  worker.on('failed', (job, error) => {
    options.logger.warn(
      { jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err: error.message },
      'job failed',
    );
  });
  worker.on('error', (error) => options.logger.error({ err: error.message }, 'worker error'));

  return {
    worker,
    async close(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        worker.close().then(() => 'drained' as const),
        new Promise<'forced'>((resolve) => {
          timer = setTimeout(() => resolve('forced'), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (outcome === 'forced') await worker.close(true);
      return outcome;
    },
  };
}
