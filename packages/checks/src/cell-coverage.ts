import type { CheckDefinition } from './model/check-definition.js';
import { type Finding, GLOBAL_REGION } from './model/finding.js';
import { findCheck } from './registry.js';

/**
 * Coverage is counted in cells. A cell is (check, region) for a regional check in a region the account was
 * scanned in, and (check, global) for an account-wide check: exactly the scopes runChecks evaluates.
 *
 * A cell is judged when it has findings and none of them is ERROR. One ERROR makes the whole cell not judged:
 * a PASS next to it may only mean the unreadable part was not seen. A SKIPPED cell (service not offered in
 * the region) is judged: it was decided that nothing there needs judging.
 */
export interface CellCoverage {
  readonly judged: number;
  readonly total: number;
}

type Scoped = Pick<CheckDefinition, 'id' | 'scope'>;

/** How many cells these checks have in an account scanned in `regionCount` regions. */
export function cellCount(checks: readonly Pick<CheckDefinition, 'scope'>[], regionCount: number): number {
  return checks.reduce((sum, check) => sum + (check.scope === 'global' ? 1 : regionCount), 0);
}

/** The cells of one account and how many were judged, from the findings its evaluation produced. */
export function accountCellCoverage(
  checks: readonly Scoped[],
  regionsScanned: readonly string[],
  findings: readonly Pick<Finding, 'checkId' | 'region' | 'status'>[],
): CellCoverage {
  // Per cell: true while every finding seen is not ERROR; absent: no finding at all (not judged).
  const clean = new Map<string, boolean>();
  for (const finding of findings) {
    const key = cellKey(finding.checkId, finding.region);
    clean.set(key, (clean.get(key) ?? true) && finding.status !== 'ERROR');
  }
  let judged = 0;
  for (const check of checks) {
    const scopes = check.scope === 'global' ? [GLOBAL_REGION] : regionsScanned;
    for (const region of scopes) if (clean.get(cellKey(check.id, region)) === true) judged += 1;
  }
  return { judged, total: cellCount(checks, regionsScanned.length) };
}

const cellKey = (checkId: string, region: string) => `${checkId}\u0000${region}`;

/**
 * The cells counted, none judged, for an account of a scan that failed or was cancelled: its regions were
 * never discovered, so they are estimated as the regions the scan covered (the distinct regions scanned in
 * its accounts; else its region allow-list; else one region). A selected check no longer in the registry
 * counts as one cell: it was still asked for.
 */
export function notScannedAccountCells(
  checkIds: readonly string[],
  regionsScanned: readonly string[],
  regionAllowList: readonly string[] | null,
): number {
  const regions = regionsScanned.length || regionAllowList?.length || 1;
  return cellCount(
    checkIds.map((id) => ({ scope: findCheck(id)?.scope ?? 'global' })),
    regions,
  );
}

/** judged / total; 1 when there is nothing to judge. */
export function coverageRatio(judged: number, total: number): number {
  return total === 0 ? 1 : judged / total;
}
