import { FlowProducer, Queue } from 'bullmq';
import {
  finalizeScanJobId,
  JOB_NAMES,
  planScanJobId,
  SCAN_QUEUE,
  type ScanAccountJob,
  scanAccountJobId,
} from './queue-contracts.js';
import type { RedisClient } from './redis-connection.js';

/** Redis did not answer in time: the request is refused (503) before anything is written. */
export class QueueUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the job queue (Redis) is unavailable', { cause });
    this.name = 'QueueUnavailableError';
  }
}

/** A producer queue's connection (shared, not owned: the caller closes it), key prefix and error sink. */
export interface QueueConnectionOptions {
  readonly connection: RedisClient;
  readonly prefix: string;
  /** Where the queue's connection errors go (ConnectionErrorLog); calls still fail on their own. */
  readonly onError: (error: Error) => void;
}

export interface ScanQueueOptions extends QueueConnectionOptions {
  /** How long to wait for Redis before declaring it unavailable. */
  readonly availabilityTimeoutMs: number;
  /** Attempts per account job (transient failures are retried with exponential backoff and jitter). */
  readonly accountAttempts: number;
}

const KEEP_COMPLETED = { age: 24 * 3600, count: 50_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };
/** Attempts of a plan-scan job: Organizations throttling or a 5xx is retried before the scan fails. */
export const PLANNING_ATTEMPTS = 4;

/** Producer side of the scans queue: one BullMQ flow per scan. */
export class ScanQueue {
  private readonly flows: FlowProducer;
  private readonly queue: Queue;

  constructor(private readonly options: ScanQueueOptions) {
    this.flows = new FlowProducer({ connection: options.connection, prefix: options.prefix });
    this.queue = new Queue(SCAN_QUEUE, { connection: options.connection, prefix: options.prefix });
    // Connection errors also surface through the calls below; without a listener they would crash.
    this.flows.on('error', options.onError);
    this.queue.on('error', options.onError);
  }

  /** Resolves when Redis answers a PING within the timeout; else throws QueueUnavailableError. */
  async assertAvailable(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.options.connection.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('Redis PING timed out')),
            this.options.availabilityTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      throw new QueueUnavailableError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Adds the job that plans a recorded scan (reads the organization from AWS, records the accounts, then
   * adds the scan's flow). Transient AWS failures are retried with backoff before the scan is failed.
   */
  async enqueuePlanning(scanId: string): Promise<void> {
    try {
      await this.queue.add(
        JOB_NAMES.planScan,
        { scanId },
        {
          jobId: planScanJobId(scanId),
          attempts: PLANNING_ATTEMPTS,
          backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        },
      );
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /**
   * Adds the scan's flow atomically: the finalize-scan parent and one scan-account child per account.
   * Children never block the parent when they fail (ignoreDependencyOnFailure), so finalize always runs.
   */
  async enqueueScan(scanId: string, accounts: readonly ScanAccountJob[], round = 0): Promise<void> {
    try {
      await this.flows.add({
        name: JOB_NAMES.finalizeScan,
        queueName: SCAN_QUEUE,
        data: { scanId },
        opts: {
          jobId: finalizeScanJobId(scanId, round),
          attempts: 5,
          backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        },
        children: accounts.map((account) => ({
          name: JOB_NAMES.scanAccount,
          queueName: SCAN_QUEUE,
          data: account,
          opts: {
            jobId: scanAccountJobId(scanId, account.accountId, round),
            attempts: this.options.accountAttempts,
            backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
            ignoreDependencyOnFailure: true,
            removeOnComplete: KEEP_COMPLETED,
            removeOnFail: KEEP_FAILED,
          },
        })),
      });
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /**
   * Removes the account jobs of a scan that have not started (waiting or delayed); running ones cannot be
   * removed and finish. Returns the account ids whose jobs were removed. Removing the last pending child
   * releases the finalize parent, which then records the scan as cancelled.
   */
  async removePendingAccountJobs(
    scanId: string,
    accountIds: readonly string[],
    round = 0,
  ): Promise<string[]> {
    try {
      const removed = await Promise.all(
        accountIds.map(async (accountId) => {
          const job = await this.queue.getJob(scanAccountJobId(scanId, accountId, round));
          if (!job) return null;
          const state = await job.getState();
          if (state !== 'waiting' && state !== 'delayed' && state !== 'prioritized') return null;
          try {
            await job.remove();
            return accountId;
          } catch {
            // Taken by a worker between the state read and the removal: it runs to its end.
            return null;
          }
        }),
      );
      return removed.filter((accountId): accountId is string => accountId !== null);
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /** Jobs waiting or running, for readiness and metrics. */
  async depth(): Promise<{ waiting: number; active: number; delayed: number; waitingChildren: number }> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'waiting-children');
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      waitingChildren: counts['waiting-children'] ?? 0,
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.flows.close(), this.queue.close()]);
  }
}
