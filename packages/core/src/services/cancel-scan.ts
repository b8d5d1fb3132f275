import { ConflictError, NotFoundError } from '../errors.js';
import type { ScanQueue } from '../queue/scan-queue.js';
import { computeScanSummary } from '../scans/compute-scan-summary.js';
import { FINAL_SCAN_STATUSES } from '../scans/scan-status.js';
import type { AuditHook } from '../store/audit-hook.js';
import type { Store } from '../store/store.js';

export interface CancelScanDeps {
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable' | 'removePendingAccountJobs'>;
  readonly now: () => Date;
}

export interface CancelledScan {
  readonly scanId: string;
  /** Accounts whose jobs were removed before they ran. */
  readonly accountsCancelled: number;
  /** Accounts being scanned right now: they finish and their results are kept. */
  readonly accountsRunning: number;
}

/**
 * Stops the remaining account jobs of a scan. Jobs not started yet are removed and their accounts marked
 * cancelled; running ones finish and keep their results. When the last job ends, finalize-scan records
 * the scan as `cancelled` with what finished. A scan still being planned has no account jobs yet: it ends
 * `cancelled` at once, and its planning job, finding it so, records and enqueues nothing.
 */
export async function cancelScan(
  deps: CancelScanDeps,
  scanId: string,
  audit?: AuditHook,
): Promise<CancelledScan> {
  const scan = await deps.store.scans.get(scanId);
  if (!scan) throw new NotFoundError('scan', scanId);
  if (FINAL_SCAN_STATUSES.has(scan.status))
    throw new ConflictError(`scan ${scanId} is already ${scan.status}`);
  await deps.queue.assertAvailable();

  if (scan.status === 'pending' && scan.plannedAt === null) {
    const { totals, coverage } = await computeScanSummary(deps.store, scan);
    const cancelled = await deps.store.transaction(async (tx) => {
      if (!(await tx.scans.endUnplanned(scanId, 'cancelled', null, totals, coverage, deps.now()))) {
        return false;
      }
      // In the same transaction: no audit entry, no cancellation.
      await audit?.(tx, scanId);
      return true;
    });
    // Planned in the meantime: its account jobs exist now, and are cancelled as any scan's.
    if (!cancelled) return cancelScan(deps, scanId, audit);
    return { scanId, accountsCancelled: 0, accountsRunning: 0 };
  }

  const unfinished = (await deps.store.scanAccounts.listForScan(scanId)).filter(
    (account) => account.status === 'pending' || account.status === 'running',
  );
  // The audit entry is written first, in the transaction that marks the accounts: when it cannot be
  // written, no job has been removed yet and nothing changes.
  return deps.store.transaction(async (tx) => {
    await audit?.(tx, scanId);
    const removed = await deps.queue.removePendingAccountJobs(
      scanId,
      unfinished.map((account) => account.accountId),
      scan.round,
    );
    // Accounts still `pending` have not started: their job is waiting (removed above), or not enqueued yet
    // (the planner recorded the plan and has not added the jobs), or just taken by a worker that has not
    // marked it running. Marked cancelled, each such job finds its account final and scans nothing.
    const notStarted = unfinished
      .filter((account) => account.status === 'pending')
      .map((account) => account.accountId);
    const cancelled = await tx.scanAccounts.markCancelled(scanId, { removed, notStarted }, deps.now());
    return { scanId, accountsCancelled: cancelled, accountsRunning: unfinished.length - cancelled };
  });
}
