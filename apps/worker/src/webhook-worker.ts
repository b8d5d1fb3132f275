import type { RedisClient } from '@orgscan/core';
import { AUTOMATION_JOB_NAMES, WEBHOOK_QUEUE } from '@orgscan/core';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { WebhookDeps } from './delivery/webhook-deps.js';
import { processDeliverWebhook } from './processors/deliver-webhook.js';
import { processFanOutWebhooks } from './processors/fan-out-webhooks.js';
import { processSweepWebhooks } from './processors/sweep-webhooks.js';

export interface WebhookWorkerOptions extends Omit<WebhookDeps, 'closing'> {
  readonly connection: RedisClient;
  readonly prefix: string;
  /** Webhook jobs (fan-outs, drains, sweeps) this process runs at once. */
  readonly concurrency: number;
}

export interface WebhookWorker {
  readonly worker: Worker;
  /** Drains stop after the delivery in hand; undelivered ones stay due for the next drain, anywhere. */
  close(): Promise<void>;
}

/** Runs the webhooks queue: fan-outs of finalized scans, drains of each webhook's deliveries, the sweep. */
export function buildWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  let closing = false;
  const deps: WebhookDeps = { ...options, closing: () => closing };
  const worker = new Worker(
    WEBHOOK_QUEUE,
    async (job: Job) => {
      switch (job.name) {
        case AUTOMATION_JOB_NAMES.fanOutWebhooks:
          return processFanOutWebhooks(job, deps);
        case AUTOMATION_JOB_NAMES.deliverWebhook:
          return processDeliverWebhook(job, deps);
        case AUTOMATION_JOB_NAMES.sweepWebhooks:
          return processSweepWebhooks(deps);
        default:
          throw new UnrecoverableError(`unknown job name ${job.name}`);
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency },
  );
  worker.on('failed', (job, error) => {
    options.logger.warn({ jobId: job?.id, job: job?.name, err: error.message }, 'webhook job failed');
  });
  worker.on('error', (error) => options.logger.error({ err: error.message }, 'webhook worker error'));
  return {
    worker,
    async close() {
      closing = true;
      await worker.close();
    },
  };
}
