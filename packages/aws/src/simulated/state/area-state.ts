import type { SimulatedAccount } from '../org-description.js';
import type { RegionDataState } from './data-state.js';
import type { ElasticacheRegionState } from './elasticache-state.js';
import type { GovernanceRegions, GovernanceState } from './governance-state.js';
import type { RegionLoggingState } from './logging-state.js';
import type { RdsRegionState } from './rds-state.js';
import type { RedshiftRegionState } from './redshift-state.js';

/** The account's data services (S3 aside) in `region`; a fresh region when the description says nothing. */
export function dataRegion(account: SimulatedAccount, region: string): RegionDataState {
  return account.services?.data?.regions?.[region] ?? {};
}

/** The account's trails, log groups, alarms and topics in `region`. */
export function loggingRegion(account: SimulatedAccount, region: string): RegionLoggingState {
  return account.services?.logging?.regions[region] ?? {};
}

export function governanceOf(account: SimulatedAccount): GovernanceState {
  return account.services?.governance ?? {};
}

/** Whether a governance setting (`'all'` or a list of regions) covers `region`. */
export function inRegions(regions: GovernanceRegions | undefined, region: string): boolean {
  return regions === 'all' || (regions?.includes(region) ?? false);
}

/** The account's RDS clusters and further DB instances in `region` (state/rds-state.ts). */
export function rdsRegion(account: SimulatedAccount, region: string): RdsRegionState {
  return account.services?.rds?.regions?.[region] ?? {};
}

/** The account's Redshift clusters in `region` (state/redshift-state.ts). */
export function redshiftRegion(account: SimulatedAccount, region: string): RedshiftRegionState {
  return account.services?.redshift?.regions?.[region] ?? {};
}

/** The account's ElastiCache replication groups and stand-alone cache clusters in `region`. */
export function elasticacheRegion(account: SimulatedAccount, region: string): ElasticacheRegionState {
  return account.services?.elasticache?.regions?.[region] ?? {};
}
