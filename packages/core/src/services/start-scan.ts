import { checks as allChecks } from '@orgscan/checks';
import { type CheckSelection, selectChecks } from '../checks/select-checks.js';
import { InvalidRequestError, NotFoundError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
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
}

export interface StartScanDeps {
  readonly store: Store;
  readonly queue: Pick<ScanQueue, 'assertAvailable' | 'enqueuePlanning'>;
  readonly logger: Logger;
  /** Region allow-list from configuration, intersected with the request's. */
  readonly configuredRegions: readonly string[] | null;
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * Starts an organization scan without calling AWS: validates the request, records the scan (pending, its
 * accounts not known yet) and enqueues its planning job, which enumerates the organization and enqueues
 * the account jobs (planScan). Fails before writing anything when Redis is down; if the job cannot be added
 * after the scan was recorded, the scan is removed again. Used by the api and the scheduler alike.
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

  const scanId = deps.newId();
  await deps.store.transaction(async (tx) => {
    await tx.scans.createUnplanned({
      id: scanId,
      organizationId: organization.id,
      trigger: request.trigger,
      checkIds: selected.map((check) => check.id),
      regions,
      createdAt: deps.now(),
    });
    await request.audit?.(tx, scanId);
  });

  try {
    await deps.queue.enqueuePlanning(scanId);
  } catch (error) {
    await deps.store.scans.delete(scanId);
    throw error;
  }

  deps.logger.info({ scanId, organizationId: organization.id }, 'scan queued for planning');
  return { scanId, organizationId: organization.id };
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
