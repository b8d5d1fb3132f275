import { findCheck, REGION_DENIED_BY_POLICY_CHECK_ID, SEVERITIES, type Severity } from '@orgscan/checks';
import type { PostureAccount, RegionTally, StatusTally, SummaryTallies } from '../store/rollup-repository.js';
import { CountsAccumulator, GroupedCounts, type StatusCounts } from './status-counts.js';

export interface OrganizationalUnitRef {
  readonly ouId: string;
  readonly name: string;
  /** Names from the root down to this OU, `/`-separated. */
  readonly path: string;
}

export interface PostureSummary {
  readonly totals: StatusCounts;
  /** FAIL findings (not muted) by severity: what to fix first. */
  readonly failedBySeverity: Readonly<Record<Severity, number>>;
  readonly bySeverity: ReadonlyArray<{ readonly severity: Severity } & StatusCounts>;
  readonly byCheck: ReadonlyArray<
    { readonly checkId: string; readonly title: string | null; readonly service: string | null } & {
      readonly severity: Severity;
    } & StatusCounts
  >;
  readonly byAccount: ReadonlyArray<
    {
      readonly accountId: string;
      readonly name: string | null;
      readonly ouPath: string | null;
    } & StatusCounts
  >;
  /** Every OU with the findings of all accounts beneath it (nested OUs included). */
  readonly byOu: ReadonlyArray<OrganizationalUnitRef & { readonly accounts: number } & StatusCounts>;
  readonly byRegion: ReadonlyArray<{ readonly region: string } & StatusCounts>;
  /** What the tallies rest on: accounts with results, regions, checks evaluated or in ERROR somewhere. */
  readonly evaluated: {
    readonly accountsWithResults: number;
    readonly regions: readonly string[];
    readonly checksEvaluated: number;
    readonly checksWithErrors: number;
  };
}

/** The root → parent chain of an account as OU references (ids with the names of `ouPath`). */
export function ouChain(account: PostureAccount): OrganizationalUnitRef[] {
  const names = account.ouPath.split('/');
  return account.ouIds.map((ouId, index) => ({
    ouId,
    name: names[index] ?? ouId,
    path: names.slice(0, index + 1).join('/'),
  }));
}

/**
 * Builds the summary from per-account and per-check tallies (the current rollups, or one scan's aggregate)
 * and region tallies, with the accounts they belong to: OU counts add up every account beneath each OU.
 * Pure: the same input gives the same summary.
 */
export function buildPostureSummary(input: {
  readonly tallies: SummaryTallies;
  readonly regions: readonly RegionTally[];
  readonly accounts: readonly PostureAccount[];
}): PostureSummary {
  const accounts = new Map(input.accounts.map((account) => [account.accountId, account]));
  const totals = new CountsAccumulator();
  const bySeverity = new GroupedCounts<Severity>();
  const byOu = new GroupedCounts<string>();
  const ous = new Map<string, OrganizationalUnitRef & { accounts: number }>();
  for (const row of input.tallies.byCheck) {
    totals.add(row);
    bySeverity.add(SEVERITIES[row.severityRank] ?? 'informational', row);
  }
  for (const row of input.tallies.byAccount) {
    const account = accounts.get(row.accountId);
    for (const ou of account ? ouChain(account) : []) {
      byOu.add(ou.ouId, row);
      const known = ous.get(ou.ouId) ?? { ...ou, accounts: 0 };
      known.accounts += 1;
      ous.set(ou.ouId, known);
    }
  }
  const counts = (row: StatusTally) => new CountsAccumulator().add(row).counts();
  // The finding of a region denied by policy is no check's: it is not a check evaluated.
  const checkRows = input.tallies.byCheck.filter((row) => row.checkId !== REGION_DENIED_BY_POLICY_CHECK_ID);
  const decided = (row: StatusTally) => row.pass + row.fail + row.muted + row.skipped + row.manual > 0;
  return {
    totals: totals.counts(),
    failedBySeverity: Object.fromEntries(
      SEVERITIES.map((severity) => [severity, bySeverity.get(severity).FAIL]),
    ) as Record<Severity, number>,
    bySeverity: SEVERITIES.map((severity) => ({ severity, ...bySeverity.get(severity) })),
    byCheck: [...input.tallies.byCheck]
      .sort((a, b) => a.checkId.localeCompare(b.checkId))
      .map((row) => {
        const check = findCheck(row.checkId);
        return {
          checkId: row.checkId,
          title: check?.title ?? null,
          service: check?.service ?? null,
          severity: SEVERITIES[row.severityRank] ?? 'informational',
          ...counts(row),
        };
      }),
    byAccount: [...input.tallies.byAccount]
      .sort((a, b) => a.accountId.localeCompare(b.accountId))
      .map((row) => ({
        accountId: row.accountId,
        name: accounts.get(row.accountId)?.name ?? null,
        ouPath: accounts.get(row.accountId)?.ouPath ?? null,
        ...counts(row),
      })),
    byOu: [...ous.values()]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((ou) => ({ ...ou, ...byOu.get(ou.ouId) })),
    byRegion: input.regions.map((row) => ({ region: row.region, ...counts(row) })),
    evaluated: {
      accountsWithResults: input.tallies.byAccount.length,
      regions: input.regions.map((row) => row.region).filter((region) => region !== 'global'),
      checksEvaluated: checkRows.filter(decided).length,
      checksWithErrors: checkRows.filter((row) => row.error > 0).length,
    },
  };
}
