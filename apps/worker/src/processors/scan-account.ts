import { CallStats } from '@orgscan/aws';
import { checks as allChecks } from '@orgscan/checks';
import { FINAL_SCAN_STATUSES, JOB_NAMES, parseJobData, ScanAccountJobSchema } from '@orgscan/core';
import { type AccountFailure, enterMemberAccount, evaluateMemberAccount } from '@orgscan/scanner';
import { UnrecoverableError } from 'bullmq';
import type { ProcessorDeps } from '../worker-deps.js';

export interface ScanAccountResult {
  readonly accountId: string;
  readonly outcome: 'succeeded' | 'failed' | 'not-run';
  readonly findings: number;
}

/** The part of a BullMQ job the processor reads (kept small so it is easy to drive in tests). */
export interface AccountJob {
  readonly data: unknown;
  readonly attemptsMade: number;
  readonly opts: { readonly attempts?: number | undefined };
}

/**
 * Scans one member account: assume the role, discover enabled regions, collect only the slices the scan's
 * checks require, evaluate, and store the findings together with the account's status in one transaction
 * (so a rerun replaces, never duplicates). Failures get a categorised reason; AccessDenied on AssumeRole is
 * final (UnrecoverableError), transient errors are retried by BullMQ.
 */
export async function processScanAccount(job: AccountJob, deps: ProcessorDeps): Promise<ScanAccountResult> {
  let data: ReturnType<typeof parseJobData<typeof ScanAccountJobSchema>>;
  try {
    data = parseJobData(JOB_NAMES.scanAccount, ScanAccountJobSchema, job.data);
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  const { store, logger } = deps;
  // Every store call waits out a Postgres outage: each is safe to repeat (reads, idempotent status
  // updates, one transaction that replaces the account's findings).
  const durable = deps.untilStoreAvailable;
  const log = logger.child({ scanId: data.scanId, accountId: data.accountId });
  const notRun: ScanAccountResult = { accountId: data.accountId, outcome: 'not-run', findings: 0 };

  const scan = await durable(() => store.scans.get(data.scanId));
  if (!scan) throw new UnrecoverableError(`scan ${data.scanId} does not exist`);
  if (FINAL_SCAN_STATUSES.has(scan.status)) return notRun;
  if (!(await durable(() => store.scanAccounts.markRunning(data.scanId, data.accountId, deps.now())))) {
    return notRun;
  }
  await durable(() => store.scans.markRunning(data.scanId, deps.now()));

  const startedAt = deps.now();
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const stats = new CallStats();
  const fail = async ({ category, detail, error }: AccountFailure) => {
    await durable(() =>
      store.scanAccounts.markFailed(
        data.scanId,
        data.accountId,
        { category, detail },
        { apiCalls: stats.calls, throttles: stats.throttles },
        deps.now(),
      ),
    );
    log.warn({ category, code: error.code }, 'account scan failed');
  };

  const organization = await durable(() => store.organizations.get(data.organizationId));
  if (!organization) throw new UnrecoverableError(`organization ${data.organizationId} does not exist`);

  // AssumeRole and region discovery: a denial is final (UnrecoverableError); anything else is retried by
  // BullMQ and recorded as the account's failure only on the last attempt.
  const entered = await enterMemberAccount(
    deps.aws,
    {
      accountId: data.accountId,
      roleArn: data.roleArn,
      externalId: organization.externalId,
      scanId: data.scanId,
    },
    deps.homeRegion,
    stats,
  );
  if (!entered.ok) {
    const { failure } = entered;
    if (!failure.retryable || isLastAttempt) await fail(failure);
    if (!failure.retryable) {
      const step = failure.category === 'region-discovery-failed' ? 'DescribeRegions' : 'AssumeRole';
      throw new UnrecoverableError(`${step} denied: ${failure.error.code}`);
    }
    throw failure.error;
  }
  const { session, regions } = entered;
  if (regions.otherPartitions.length > 0 && deps.otherPartitionsLogged.first(data.scanId)) {
    // The endpoint's region list is the same for every account: said once per scan, not per account.
    logger
      .child({ scanId: data.scanId })
      .warn(
        { partition: deps.partition, homeRegion: deps.homeRegion, ignoredRegions: regions.otherPartitions },
        'regions outside the partition of the home region are ignored',
      );
  }

  try {
    const account = await durable(() => store.accounts.get(scan.organizationId, data.accountId));
    const findings = await evaluateMemberAccount({
      session,
      accountId: data.accountId,
      accountName: account?.name ?? null,
      accountEmail: account?.email ?? null,
      organizationId: scan.organizationId,
      managementAccountId: organization.managementAccountId,
      orgContext: scan.orgContext,
      regions,
      regionAllowList: scan.regions,
      checks: allChecks.filter((check) => scan.checkIds.includes(check.id)),
      partition: deps.partition,
      homeRegion: deps.homeRegion,
      now: () => deps.now(),
      sleep: (ms) => deps.sleep(ms),
    });
    await durable(() =>
      store.transaction(async (tx) => {
        await tx.findings.replaceForAccount(
          data.scanId,
          data.organizationId,
          data.accountId,
          findings.findings,
        );
        await tx.scanAccounts.markSucceeded(
          data.scanId,
          data.accountId,
          {
            regionsScanned: findings.regionsScanned,
            regionsNotEnabled: regions.notEnabled,
            regionsDeniedByPolicy: findings.regionsDeniedByPolicy,
            checksEvaluated: findings.checksEvaluated,
            findingsCount: findings.findings.length,
            errorCount: findings.findings.filter((finding) => finding.status === 'ERROR').length,
            apiCalls: stats.calls,
            throttles: stats.throttles,
            maxSameRequest: stats.maxSameRequest(),
            durationMs: deps.now().getTime() - startedAt.getTime(),
            cells: findings.cells,
          },
          deps.now(),
        );
      }),
    );
    log.info(
      {
        findings: findings.findings.length,
        apiCalls: stats.calls,
        throttles: stats.throttles,
        ...(findings.regionsDeniedByPolicy.length > 0
          ? { regionsDeniedByPolicy: findings.regionsDeniedByPolicy.map((denial) => denial.region) }
          : {}),
        cellsJudged: findings.cells.judged,
        cellsTotal: findings.cells.total,
      },
      'account scanned',
    );
    return { accountId: data.accountId, outcome: 'succeeded', findings: findings.findings.length };
  } finally {
    session.close();
  }
}
