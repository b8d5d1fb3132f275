import type { AwsAccess } from '@orgscan/aws';
import { checks as allChecks } from '@orgscan/checks';
import { collectOrganizationContext, enumerateScanAccounts } from '@orgscan/scanner';
import { NotFoundError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { ScanAccountJob } from '../queue/queue-contracts.js';
import type { ScanQueue } from '../queue/scan-queue.js';
import { computeScanSummary } from '../scans/compute-scan-summary.js';
import type { Store } from '../store/store.js';

export interface PlanScanDeps {
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'enqueueScan'>;
  readonly aws: AwsAccess;
  readonly logger: Logger;
  readonly partition: string;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}

export type PlanScanOutcome =
  | { readonly status: 'planned'; readonly accountsQueued: number; readonly accountsSkipped: number }
  /** The scan is no longer waiting for its plan (cancelled meanwhile, or already running). */
  | { readonly status: 'not-pending' };

/**
 * The first job of a scan: enumerates the organization live (Organizations, account tags when the scope
 * needs them), collects the management account's context for org-aware checks, records the accounts and
 * enqueues the scan's flow (one job per ACTIVE account in scope, then finalize). Throws AwsCallError when
 * Organizations cannot be read (the caller retries or fails the scan). Idempotent: a rerun after the plan
 * was recorded only enqueues the flow again (its job ids are fixed, so nothing runs twice); a scan
 * cancelled while it was planned is left as it is.
 */
export async function planScan(deps: PlanScanDeps, scanId: string): Promise<PlanScanOutcome> {
  const scan = await deps.store.scans.get(scanId);
  if (!scan) throw new NotFoundError('scan', scanId);
  if (scan.status !== 'pending') return { status: 'not-pending' };
  const organization = await deps.store.organizations.get(scan.organizationId);
  if (!organization) throw new NotFoundError('organization', scan.organizationId);

  if (scan.plannedAt === null) {
    const planned = await enumerateScanAccounts(deps.aws, {
      management: {
        roleArn: organization.managementRoleArn,
        externalId: organization.managementExternalId,
      },
      partition: deps.partition,
      memberRoleName: organization.memberRoleName,
      scope: organization.scope,
    });
    const orgContext = await collectOrganizationContext(deps.aws, {
      managementAccountId: planned.managementAccountId,
      partition: deps.partition,
      memberRoleName: organization.memberRoleName,
      externalId: organization.externalId,
      scanId,
      checks: allChecks.filter((check) => scan.checkIds.includes(check.id)),
      sleep: deps.sleep,
    });
    if (orgContext && 'error' in orgContext) {
      deps.logger.warn(
        { scanId, code: orgContext.error.code },
        'organization context unavailable: members judged alone',
      );
    }
    const now = deps.now();
    const recorded = await deps.store.transaction(async (tx) => {
      // Conditional on the scan still waiting for its plan: a cancel that came first wins.
      if (!(await tx.scans.recordPlan(scanId, { accountCount: planned.accounts.length, orgContext }, now))) {
        return false;
      }
      await tx.organizations.recordIdentity(
        organization.id,
        planned.organizationId,
        planned.managementAccountId,
      );
      await tx.accounts.upsertMany(organization.id, planned.organizationAccounts, now);
      await tx.scanAccounts.insertMany(scanId, planned.accounts, now);
      return true;
    });
    if (!recorded) return { status: 'not-pending' };
  }

  const accounts = await deps.store.scanAccounts.listForScan(scanId);
  const jobs: ScanAccountJob[] = accounts
    .filter((account) => account.status === 'pending')
    .map((account) => ({
      scanId,
      organizationId: organization.id,
      accountId: account.accountId,
      roleArn: account.roleArn,
    }));
  await deps.queue.enqueueScan(scanId, jobs);
  deps.logger.info(
    { scanId, organizationId: organization.id, accounts: accounts.length, queued: jobs.length },
    'scan planned',
  );
  return { status: 'planned', accountsQueued: jobs.length, accountsSkipped: accounts.length - jobs.length };
}

/**
 * Ends a scan that could not be planned (Organizations unreadable, its attempts spent) as failed, with the
 * reason. Returns false when the scan was no longer being planned (cancelled meanwhile).
 */
export async function failScanPlanning(
  deps: Pick<PlanScanDeps, 'store' | 'logger' | 'now'>,
  scanId: string,
  reason: string,
): Promise<boolean> {
  const scan = await deps.store.scans.get(scanId);
  if (!scan) return false;
  const { totals, coverage } = await computeScanSummary(deps.store, scan);
  const ended = await deps.store.scans.endUnplanned(scanId, 'failed', reason, totals, coverage, deps.now());
  if (ended) deps.logger.warn({ scanId, reason }, 'scan failed: it could not be planned');
  return ended;
}
