import {
  AwsCallError,
  CallStats,
  collectInventory,
  discoverRegions,
  type MemberAccountSession,
  type RegionDiscovery,
} from '@orgscan/aws';
import { checks as allChecks, runChecks } from '@orgscan/checks';
import {
  type AccountReasonCategory,
  FINAL_SCAN_STATUSES,
  JOB_NAMES,
  parseJobData,
  ScanAccountJobSchema,
  type ScanRecord,
} from '@orgscan/core';
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
  const log = logger.child({ scanId: data.scanId, accountId: data.accountId });
  const notRun: ScanAccountResult = { accountId: data.accountId, outcome: 'not-run', findings: 0 };

  const scan = await store.scans.get(data.scanId);
  if (!scan) throw new UnrecoverableError(`scan ${data.scanId} does not exist`);
  if (FINAL_SCAN_STATUSES.has(scan.status)) return notRun;
  if (!(await store.scanAccounts.markRunning(data.scanId, data.accountId, deps.now()))) return notRun;
  await store.scans.markRunning(data.scanId, deps.now());

  const startedAt = deps.now();
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const stats = new CallStats();
  const fail = async (category: AccountReasonCategory, error: AwsCallError) => {
    const detail = `${error.operation} failed with ${error.code}: ${error.message}`;
    await store.scanAccounts.markFailed(
      data.scanId,
      data.accountId,
      { category, detail },
      { apiCalls: stats.calls, throttles: stats.throttles },
      deps.now(),
    );
    log.warn({ category, code: error.code }, 'account scan failed');
  };

  const organization = await store.organizations.get(data.organizationId);
  if (!organization) throw new UnrecoverableError(`organization ${data.organizationId} does not exist`);

  let session: MemberAccountSession;
  try {
    session = await deps.aws.openMemberAccount(
      {
        accountId: data.accountId,
        roleArn: data.roleArn,
        externalId: organization.externalId,
        scanId: data.scanId,
      },
      stats,
    );
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
    if (error.kind === 'access-denied') {
      await fail('assume-role-denied', error);
      throw new UnrecoverableError(`AssumeRole denied: ${error.code}`);
    }
    if (isLastAttempt) await fail('assume-role-failed', error);
    throw error;
  }

  try {
    let regions: RegionDiscovery;
    try {
      regions = await discoverRegions(session.api, deps.homeRegion);
    } catch (error) {
      if (!(error instanceof AwsCallError)) throw error;
      if (error.kind === 'access-denied' || isLastAttempt) {
        await fail('region-discovery-failed', error);
        if (error.kind === 'access-denied')
          throw new UnrecoverableError(`DescribeRegions denied: ${error.code}`);
      }
      throw error;
    }
    const findings = await evaluateAccount(
      scan,
      data.accountId,
      organization.managementAccountId,
      regions,
      session,
      deps,
    );
    await store.transaction(async (tx) => {
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
          regionsScanned: findings.regions,
          regionsNotEnabled: regions.notEnabled,
          checksEvaluated: findings.checksEvaluated,
          findingsCount: findings.findings.length,
          errorCount: findings.findings.filter((finding) => finding.status === 'ERROR').length,
          apiCalls: stats.calls,
          throttles: stats.throttles,
          maxSameRequest: stats.maxSameRequest(),
          durationMs: deps.now().getTime() - startedAt.getTime(),
        },
        deps.now(),
      );
    });
    log.info(
      { findings: findings.findings.length, apiCalls: stats.calls, throttles: stats.throttles },
      'account scanned',
    );
    return { accountId: data.accountId, outcome: 'succeeded', findings: findings.findings.length };
  } finally {
    session.close();
  }
}

async function evaluateAccount(
  scan: ScanRecord,
  accountId: string,
  managementAccountId: string | null,
  regions: RegionDiscovery,
  session: MemberAccountSession,
  deps: ProcessorDeps,
) {
  const selected = allChecks.filter((check) => scan.checkIds.includes(check.id));
  const scannedRegions = scan.regions
    ? regions.enabled.filter((region) => scan.regions?.includes(region))
    : [...regions.enabled];
  const account = await deps.store.accounts.get(scan.organizationId, accountId);
  const inventory = await collectInventory({
    api: session.api,
    accountId,
    partition: deps.partition,
    homeRegion: deps.homeRegion,
    regions: scannedRegions,
    slices: selected.flatMap((check) => check.requires),
    sleep: deps.sleep,
  });
  const findings = runChecks({
    checks: selected,
    inventory,
    account: {
      id: accountId,
      name: account?.name ?? null,
      email: account?.email ?? null,
      partition: deps.partition,
      isManagementAccount: accountId === managementAccountId,
    },
    org: { organizationId: scan.organizationId, managementAccountId, management: scan.orgContext },
    now: deps.now(),
  });
  return { findings, regions: scannedRegions, checksEvaluated: selected.length };
}
