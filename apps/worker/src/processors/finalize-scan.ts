import {
  type AccountScanStatus,
  computeScanSummary,
  FINAL_SCAN_STATUSES,
  FinalizeScanJobSchema,
  JOB_NAMES,
  parseJobData,
  type ScanStatus,
} from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import type { ProcessorDeps } from '../worker-deps.js';
import { applyScanToPosture } from './apply-posture.js';

/**
 * Runs once every account job of the scan has finished (the flow's parent): accounts whose job ended
 * without a result become failed, totals and coverage are rolled up, and the scan gets its final status.
 * Idempotent: a final scan is left as it is.
 */
export async function processFinalizeScan(
  job: { readonly data: unknown },
  deps: ProcessorDeps,
): Promise<ScanStatus> {
  let data: { scanId: string };
  try {
    data = parseJobData(JOB_NAMES.finalizeScan, FinalizeScanJobSchema, job.data);
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  // Idempotent as a whole, so a Postgres outage at any step runs it again from the start once the store
  // is back, instead of spending the job's few attempts.
  return deps.untilStoreAvailable(() => finalizeScan(data.scanId, deps));
}

async function finalizeScan(scanId: string, deps: ProcessorDeps): Promise<ScanStatus> {
  const data = { scanId };
  const { store } = deps;
  const scan = await store.scans.get(data.scanId);
  if (!scan) throw new UnrecoverableError(`scan ${data.scanId} does not exist`);
  if (FINAL_SCAN_STATUSES.has(scan.status)) {
    // A rerun after a crash between finishing and the posture update (or a scan cancelled elsewhere).
    await applyScanToPosture(deps, data.scanId);
    await expireOldFindings(deps, scan.organizationId);
    await deps.webhooks.enqueueFanOut(data.scanId);
    return scan.status;
  }

  await store.scanAccounts.failUnfinished(
    data.scanId,
    { category: 'job-failed', detail: 'the account job ended without recording a result' },
    deps.now(),
  );
  const { totals, coverage } = await computeScanSummary(store, scan);
  const status = finalStatus(coverage);
  await store.scans.finish(data.scanId, status, totals, coverage, deps.now());
  await applyScanToPosture(deps, data.scanId);
  await expireOldFindings(deps, scan.organizationId);
  // Only enqueued here: building and sending deliveries never holds up the scan's completion.
  await deps.webhooks.enqueueFanOut(data.scanId);
  deps.logger.info(
    {
      scanId: data.scanId,
      status,
      findings: totals.findings,
      accounts: coverage.accounts,
      cellsJudged: coverage.cells?.judged,
      cellsTotal: coverage.cells?.total,
    },
    'scan finished',
  );
  return status;
}

/**
 * The retention rule, once the scan is in the posture (it never expires a scan not yet folded in).
 * Housekeeping: a failure is logged and left to the next finalize, it never fails the scan.
 */
async function expireOldFindings(deps: ProcessorDeps, organizationId: string): Promise<void> {
  try {
    const outcome = await deps.expireFindings(organizationId);
    if (outcome.expired.length > 0 || outcome.dropped > 0 || outcome.deferred > 0) {
      deps.logger.info({ organizationId, ...outcome }, 'expired scan findings dropped');
    }
  } catch (error) {
    deps.logger.error(
      { organizationId, err: (error as Error).message },
      'findings retention failed: old scans keep their findings until the next finalize',
    );
  }
}

/**
 * cancelled: accounts were cancelled (what finished is kept); failed: accounts failed and none succeeded;
 * partial: some failed, some succeeded. When no account failed, `completed` is kept for full coverage: a
 * scan whose accounts all ran but left cells not judged (ERROR findings) ends `incomplete`, so hundreds of
 * unreadable answers are never shown as a plain success. A scan without cell counts (recorded before
 * coverage existed) is judged on its accounts alone.
 */
export function finalStatus(coverage: {
  readonly accounts: Readonly<Record<AccountScanStatus, number>>;
  readonly cells: { readonly judged: number; readonly total: number } | null;
}): ScanStatus {
  const { accounts, cells } = coverage;
  if (accounts.cancelled > 0) return 'cancelled';
  if (accounts.failed > 0) return accounts.succeeded > 0 ? 'partial' : 'failed';
  return cells && cells.judged < cells.total ? 'incomplete' : 'completed';
}
