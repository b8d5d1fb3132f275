import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { RegionalSliceName, RegionalSlices, SliceError, SliceResult } from '../../inventory/slices.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, error } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/**
 * Which trails log an account, for the logging checks: the account's own trails (homed in any region) and,
 * in a member, the organization trails of the management account (they log every member; DESIGN "Org
 * context"). Data that could not be read is kept as `unreadable`, so a check that finds nothing can say
 * ERROR instead of a FAIL it cannot prove.
 */
export interface Unreadable {
  /** The account whose data it is; region null: the management account's inventory as a whole. */
  readonly accountId: string;
  readonly region: string | null;
  readonly error: SliceError;
}

/** Data of one region of an account that could not be read. */
export interface RegionUnreadable extends Unreadable {
  readonly region: string;
}

export interface TrailView {
  readonly trail: CloudTrailTrail;
  /** An organization trail of the management account, seen from a member. */
  readonly viaOrganization: boolean;
}

export interface Found<T, U extends Unreadable = Unreadable> {
  readonly items: readonly T[];
  readonly unreadable: readonly U[];
}

/** A regional slice of this account in every region, flattened; a region that is not applicable counts as empty. */
export function acrossRegions<K extends RegionalSliceName>(
  ctx: EvaluationContext,
  name: K,
): Found<{ readonly region: string; readonly value: RegionalSlices[K] }, RegionUnreadable> {
  return flatten(ctx.account.id, ctx.slicesByRegion(name));
}

function flatten<V>(
  accountId: string,
  entries: ReadonlyArray<{ readonly region: string; readonly result: SliceResult<V> }>,
): Found<{ readonly region: string; readonly value: V }, RegionUnreadable> {
  const items: { region: string; value: V }[] = [];
  const unreadable: RegionUnreadable[] = [];
  for (const { region, result } of entries) {
    if (result.ok) items.push({ region, value: result.value });
    else if (!result.error.notApplicable) unreadable.push({ accountId, region, error: result.error });
  }
  return { items, unreadable };
}

/** The trails homed in this account, every region. */
export function accountTrails(ctx: EvaluationContext): Found<CloudTrailTrail, RegionUnreadable> {
  const { items, unreadable } = acrossRegions(ctx, 'cloudtrail.trails');
  return { items: items.flatMap((entry) => entry.value), unreadable };
}

/** Organization trails of the management account, for a member; nothing for the management account itself. */
function organizationTrails(ctx: EvaluationContext): Found<CloudTrailTrail> {
  const managementId = ctx.org.managementAccountId;
  if (managementId === null || managementId === ctx.account.id) return { items: [], unreadable: [] };
  const all = ctx.orgSlicesByRegion('cloudtrail.trails');
  if (!all.ok)
    return { items: [], unreadable: [{ accountId: managementId, region: null, error: all.error }] };
  const { items, unreadable } = flatten(managementId, all.value);
  return {
    items: items.flatMap((entry) => entry.value).filter((trail) => trail.isOrganizationTrail),
    unreadable,
  };
}

/** Every trail that logs this account: organization trails first, then its own. */
export function coveringTrails(ctx: EvaluationContext): Found<TrailView> {
  const organization = organizationTrails(ctx);
  const own = accountTrails(ctx);
  return {
    items: [
      ...organization.items.map((trail) => ({ trail, viaOrganization: true })),
      ...own.items.map((trail) => ({ trail, viaOrganization: false })),
    ],
    unreadable: [...organization.unreadable, ...own.unreadable],
  };
}

/**
 * A regional slice of the account at `accountId` in `region`: this account's own, or the management
 * account's (declared in orgRequires). Any other account, or a region the scan did not cover, is
 * NotCollected: the scan does not read it.
 */
export function readAt<K extends RegionalSliceName>(
  ctx: EvaluationContext,
  name: K,
  accountId: string,
  region: string,
): SliceResult<RegionalSlices[K]> {
  const notCollected = (message: string): SliceResult<RegionalSlices[K]> => ({
    ok: false,
    error: { code: 'NotCollected', message, operation: name },
  });
  const inRegion = (entries: ReadonlyArray<{ region: string; result: SliceResult<RegionalSlices[K]> }>) =>
    entries.find((entry) => entry.region === region)?.result ??
    notCollected(`region ${region} of account ${accountId} was not scanned`);
  if (accountId === ctx.account.id) return inRegion(ctx.slicesByRegion(name));
  if (accountId !== ctx.org.managementAccountId)
    return notCollected(`account ${accountId} is not read by this scan`);
  const all = ctx.orgSlicesByRegion(name);
  return all.ok ? inRegion(all.value) : all;
}

/**
 * Why a trail does not log all read and write management events of every region now (single-region, not
 * logging, read-only...), or null when it does. Excluded event sources are judged by each check.
 */
export function managementCoverageGap(trail: CloudTrailTrail): string | null {
  if (!trail.isMultiRegion) return 'is single-region';
  if (trail.isLogging === null) return 'has an unknown logging status';
  if (!trail.isLogging) return 'is not logging';
  switch (trail.managementEvents) {
    case 'all':
      return null;
    case null:
      return 'records unknown management events';
    case 'none':
      return 'records no management events';
    default:
      return `records ${trail.managementEvents} management events only`;
  }
}

/** The excluded management event sources among `sources`, as a reason; null when none is excluded. */
export function exclusionGap(trail: CloudTrailTrail, sources: readonly string[] | 'any'): string | null {
  const excluded = trail.excludedManagementEventSources.filter(
    (source) => sources === 'any' || sources.includes(source),
  );
  return excluded.length > 0 ? `excludes management events from ${excluded.join(', ')}` : null;
}

/** "organization trail arn:…" or "trail arn:…"; capitalize it to open a sentence. */
export function trailLabel(view: TrailView, capitalized = false): string {
  const kind = view.viaOrganization || view.trail.isOrganizationTrail ? 'organization trail' : 'trail';
  return `${capitalized ? kind[0]!.toUpperCase() + kind.slice(1) : kind} ${view.trail.arn}`;
}

export function trailResource(trail: CloudTrailTrail): ResourceRef {
  return { id: trail.arn, type: 'AwsCloudTrailTrail' };
}

/** "; organization trail arn:… is not logging; trail arn:… is single-region", for FAIL messages. */
export function shortfalls(
  views: readonly TrailView[],
  gap: (trail: CloudTrailTrail) => string | null,
): string {
  const reasons = views.flatMap((view) => {
    const reason = gap(view.trail);
    return reason ? [`${trailLabel(view)} ${reason}`] : [];
  });
  return reasons.length > 0 ? `: ${reasons.join('; ')}` : ' (the account has no trail)';
}

/** ERROR for an account-level conclusion that unreadable data could change. */
export function unreadableError(
  ctx: EvaluationContext,
  unreadable: readonly Unreadable[],
  finding: string,
): CheckResult {
  const first = unreadable[0]!;
  const where = unreadable
    .map((entry) => {
      const account = entry.accountId === ctx.account.id ? '' : `account ${entry.accountId} `;
      return `${account}${entry.region ?? 'inventory'} (${entry.error.operation}: ${entry.error.code})`;
    })
    .join(', ');
  return error(
    ctx.scopeResource,
    first.error.code,
    `${finding} in the data that could be read; ${where} could not be read, so the account is not judged.`,
  );
}
