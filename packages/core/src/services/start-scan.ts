import { type AwsAccess, AwsCallError } from '@orgscan/aws';
import { checks as allChecks } from '@orgscan/checks';
import { collectOrganizationContext, enumerateScanAccounts, type ScanAccounts } from '@orgscan/scanner';
import { type CheckSelection, selectChecks } from '../checks/select-checks.js';
import { InvalidRequestError, NotFoundError, OrganizationsUnavailableError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { ScanAccountJob } from '../queue/queue-contracts.js';
import type { ScanQueue } from '../queue/scan-queue.js';
import type { AuditHook } from '../store/audit-hook.js';
import type { ScanTrigger } from '../store/scans-repository.js';
import type { Store } from '../store/store.js';
import { organizationRegions } from './scan-scope.js';

export interface StartScanRequest {
  readonly organizationId: string;
  readonly trigger: ScanTrigger;
  /** Which checks to run (check ids, frameworks and requirements, services); empty: every check. */
  readonly selection?: CheckSelection | undefined;
  /** Region allow-list; absent: every enabled region. */
  readonly regions?: readonly string[] | undefined;
  /** A request made through the API: its audit entry, written in the transaction that records the scan. */
  readonly audit?: AuditHook | undefined;
}

export interface StartedScan {
  readonly scanId: string;
  readonly organizationId: string;
  readonly accountCount: number;
  readonly accountsQueued: number;
  readonly accountsSkipped: number;
}

export interface StartScanDeps {
  readonly store: Store;
  readonly queue: ScanQueue;
  readonly aws: AwsAccess;
  readonly logger: Logger;
  readonly partition: string;
  /** Region allow-list from configuration, intersected with the request's. */
  readonly configuredRegions: readonly string[] | null;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Starts an organization scan: enumerate the organization live, persist the scan and its accounts, enqueue
 * one flow. Fails before writing anything when Redis is down or Organizations cannot be read; if the flow
 * cannot be added after the rows were written, the rows are removed again. Used by the api and the
 * scheduler alike.
 */
export async function startScan(deps: StartScanDeps, request: StartScanRequest): Promise<StartedScan> {
  const selected = selectChecks(allChecks, request.selection ?? {});
  const organization = await deps.store.organizations.get(request.organizationId);
  if (!organization) throw new NotFoundError('organization', request.organizationId);
  const regions = intersectRegions(
    request.regions ?? null,
    organizationRegions(deps.configuredRegions, organization.scope.regionAllowList),
  );

  await deps.queue.assertAvailable();

  let planned: ScanAccounts;
  try {
    planned = await enumerateScanAccounts(deps.aws, {
      management: {
        roleArn: organization.managementRoleArn,
        externalId: organization.managementExternalId,
      },
      partition: deps.partition,
      memberRoleName: organization.memberRoleName,
      scope: organization.scope,
    });
  } catch (error) {
    if (error instanceof AwsCallError) {
      throw new OrganizationsUnavailableError(
        error.code,
        error.operation,
        error.kind === 'throttled' || error.kind === 'transient',
      );
    }
    throw error;
  }

  const scanId = deps.newId();
  const now = deps.now();
  const scanAccounts = planned.accounts;
  const orgContext = await collectOrganizationContext(deps.aws, {
    managementAccountId: planned.managementAccountId,
    partition: deps.partition,
    memberRoleName: organization.memberRoleName,
    externalId: organization.externalId,
    scanId,
    checks: selected,
    sleep: deps.sleep,
  });
  if (orgContext && 'error' in orgContext) {
    deps.logger.warn(
      { scanId, code: orgContext.error.code },
      'organization context unavailable: members judged alone',
    );
  }
  const jobs: ScanAccountJob[] = scanAccounts
    .filter((account) => account.status === 'pending')
    .map((account) => ({
      scanId,
      organizationId: organization.id,
      accountId: account.accountId,
      roleArn: account.roleArn,
    }));

  await deps.store.transaction(async (tx) => {
    await tx.organizations.recordIdentity(
      organization.id,
      planned.organizationId,
      planned.managementAccountId,
    );
    await tx.accounts.upsertMany(organization.id, planned.organizationAccounts, now);
    await tx.scans.create({
      id: scanId,
      organizationId: organization.id,
      trigger: request.trigger,
      checkIds: selected.map((check) => check.id),
      regions,
      accountCount: scanAccounts.length,
      createdAt: now,
      orgContext,
    });
    await tx.scanAccounts.insertMany(scanId, scanAccounts, now);
    await request.audit?.(tx, scanId);
  });

  try {
    await deps.queue.enqueueScan(scanId, jobs);
  } catch (error) {
    await deps.store.scans.delete(scanId);
    throw error;
  }

  deps.logger.info(
    { scanId, organizationId: organization.id, accounts: scanAccounts.length, queued: jobs.length },
    'scan started',
  );
  return {
    scanId,
    organizationId: organization.id,
    accountCount: scanAccounts.length,
    accountsQueued: jobs.length,
    accountsSkipped: scanAccounts.length - jobs.length,
  };
}

function intersectRegions(
  requested: readonly string[] | null,
  configured: readonly string[] | null,
): string[] | null {
  if (!requested) return configured ? [...configured] : null;
  const allowed = configured ? requested.filter((region) => configured.includes(region)) : [...requested];
  if (allowed.length === 0) {
    throw new InvalidRequestError('none of the requested regions is allowed by SCAN_REGIONS', 'regions');
  }
  return [...new Set(allowed)].sort();
}
