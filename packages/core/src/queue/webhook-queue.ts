import { Queue } from 'bullmq';
import {
  AUTOMATION_JOB_NAMES,
  deliverWebhookJobId,
  fanOutJobId,
  WEBHOOK_QUEUE,
  WEBHOOK_SWEEP_SCHEDULER_ID,
} from './automation-contracts.js';
import { type QueueConnectionOptions, QueueUnavailableError } from './scan-queue.js';

/**
 * Producer side of the webhooks queue. Deliveries themselves live in Postgres (the source of truth); jobs
 * only wake the workers: a fan-out per finalized scan, and per webhook a fixed number of drain slots that
 * deliver its due deliveries one after the other. A periodic sweep wakes drains for retries that came due
 * and for any wake-up that was lost, so a delivery can wait but never be forgotten.
 */
export class WebhookQueue {
  private readonly queue: Queue;

  constructor(options: QueueConnectionOptions) {
    this.queue = new Queue(WEBHOOK_QUEUE, { connection: options.connection, prefix: options.prefix });
    this.queue.on('error', options.onError);
  }

  /** finalize-scan's only webhook work: one job, deduplicated per scan. Building deliveries happens later. */
  async enqueueFanOut(scanId: string): Promise<void> {
    try {
      await this.queue.add(
        AUTOMATION_JOB_NAMES.fanOutWebhooks,
        { scanId },
        {
          jobId: fanOutJobId(scanId),
          attempts: 8,
          backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      );
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /**
   * Wakes `slots` drains of a webhook. A slot whose job already exists (waiting or running) is not added
   * again, which is what bounds the deliveries in flight per webhook across every worker process.
   */
  async wake(webhookId: string, slots: number): Promise<void> {
    try {
      await this.queue.addBulk(
        Array.from({ length: slots }, (_, slot) => ({
          name: AUTOMATION_JOB_NAMES.deliverWebhook,
          data: { webhookId, slot },
          opts: {
            jobId: deliverWebhookJobId(webhookId, slot),
            attempts: 3,
            backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
            // The id must be free again once the drain ends, or the slot could never be woken again.
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      );
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /** The periodic sweep (one scheduler whatever the number of workers). */
  async scheduleSweep(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(
      WEBHOOK_SWEEP_SCHEDULER_ID,
      { every: everyMs },
      {
        name: AUTOMATION_JOB_NAMES.sweepWebhooks,
        data: {},
        opts: { removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
