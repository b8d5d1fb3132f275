import { ConflictError, NotFoundError } from '../errors.js';
import type { ScanQueue } from '../queue/scan-queue.js';
import { computeScanSummary } from '../scans/compute-scan-summary.js';
import { FINAL_SCAN_STATUSES } from '../scans/scan-status.js';
import type { AuditHook } from '../store/audit-hook.js';
import type { Store } from '../store/store.js';

export interface RetryScanDeps {
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable' | 'enqueueScan'>;
  readonly now: () => Date;
}

export interface RetriedScan {
  readonly scanId: string;
  readonly round: number;
  readonly accountsQueued: number;
}

/**
 * Re-runs only the accounts of a finished scan that failed, as a new round of the same scan: their jobs get
 * round-suffixed ids, the scan runs again and is finalized again with everything it now has. If the round
 * cannot be queued, the accounts are failed again and the scan finished again, so nothing stays pending.
 */
export async function retryFailedAccounts(
  deps: RetryScanDeps,
  scanId: string,
  audit?: AuditHook,
): Promise<RetriedScan> {
  const scan = await deps.store.scans.get(scanId);
  if (!scan) throw new NotFoundError('scan', scanId);
  if (!FINAL_SCAN_STATUSES.has(scan.status))
    throw new ConflictError(`scan ${scanId} is still ${scan.status}`);
  const failed = (await deps.store.scanAccounts.listForScan(scanId)).filter(
    (account) => account.status === 'failed',
  );
  if (failed.length === 0) throw new ConflictError(`scan ${scanId} has no failed account to retry`);
  await deps.queue.assertAvailable();

  const { round, accounts } = await deps.store.transaction(async (tx) => {
    const reopened = await tx.scans.reopenForRound(scanId);
    if (reopened === null) throw new ConflictError(`scan ${scanId} changed state; retry again`);
    await audit?.(tx, scanId);
    return { round: reopened, accounts: await tx.scanAccounts.resetFailedForRetry(scanId) };
  });

  const jobs = accounts.map((account) => ({
    scanId,
    organizationId: scan.organizationId,
    accountId: account.accountId,
    roleArn: account.roleArn,
  }));
  try {
    await deps.queue.enqueueScan(scanId, jobs, round);
  } catch (error) {
    const at = deps.now();
    await deps.store.scanAccounts.failUnfinished(
      scanId,
      { category: 'job-failed', detail: 'the retry could not be queued (Redis unavailable)' },
      at,
    );
    const { totals, coverage } = await computeScanSummary(deps.store, scan);
    await deps.store.scans.finish(scanId, scan.status, totals, coverage, at);
    throw error;
  }
  return { scanId, round, accountsQueued: jobs.length };
}
