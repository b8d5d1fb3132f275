import { AwsCallError } from '@orgscan/aws';
import {
  failScanPlanning,
  JOB_NAMES,
  NotFoundError,
  PlanScanJobSchema,
  type PlanScanOutcome,
  parseJobData,
  planScan,
} from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import type { ProcessorDeps } from '../worker-deps.js';
import type { AccountJob } from './scan-account.js';

export type PlanScanResult = PlanScanOutcome | { readonly status: 'failed'; readonly reason: string };

/**
 * The first job of every scan: plans it (planScan: Organizations, the management account's context, the
 * accounts recorded, the account jobs enqueued), outside the HTTP request that started it. Throttling and
 * transient AWS errors are retried by BullMQ; when they persist through the last attempt, or Organizations
 * denies the call, the scan ends `failed` with the reason (the failing operation, its AWS code, message),
 * and its webhooks are told (scan.completed) as for any scan that ends.
 */
export async function processPlanScan(job: AccountJob, deps: ProcessorDeps): Promise<PlanScanResult> {
  let scanId: string;
  try {
    scanId = parseJobData(JOB_NAMES.planScan, PlanScanJobSchema, job.data).scanId;
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  try {
    // Idempotent (the plan is recorded once, the flow has fixed ids): a Postgres outage plans again from
    // the start once the store is back, without spending one of the job's attempts.
    return await deps.untilStoreAvailable(() =>
      planScan(
        {
          store: deps.store,
          queue: deps.scanQueue,
          aws: deps.aws,
          logger: deps.logger,
          partition: deps.partition,
          now: deps.now,
          sleep: deps.sleep,
        },
        scanId,
      ),
    );
  } catch (error) {
    if (error instanceof NotFoundError) throw new UnrecoverableError(error.message);
    const retryable =
      !(error instanceof AwsCallError) || error.kind === 'throttled' || error.kind === 'transient';
    if (retryable && !isLastAttempt) throw error;
    const reason =
      error instanceof AwsCallError
        ? `the organization could not be read: ${error.operation} failed with ${error.code}: ${error.message}`
        : `the scan could not be planned: ${(error as Error).message}`;
    await deps.untilStoreAvailable(() => failScanPlanning(deps, scanId, reason));
    // A scan that could not even start is news for the integrations too (a scheduled scan failing
    // unattended): scan.completed goes out with status failed and the reason. Enqueued whether this run or
    // an earlier one (whose enqueue failed) ended the scan: the fan-out is idempotent.
    await deps.webhooks.enqueueFanOut(scanId);
    return { status: 'failed', reason };
  }
}
