import { findCheck, SEVERITIES, type Severity } from '@orgscan/checks';
import type { AccountCheckTally, PostureAccount, RegionTally } from '../store/rollup-repository.js';
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
 * Builds the summary from account × check tallies and region tallies (the current rollups or one scan's
 * aggregate) and the accounts they belong to. Pure: the same input gives the same summary.
 */
export function buildPostureSummary(input: {
  readonly accountChecks: readonly AccountCheckTally[];
  readonly regions: readonly RegionTally[];
  readonly accounts: readonly PostureAccount[];
}): PostureSummary {
  const accounts = new Map(input.accounts.map((account) => [account.accountId, account]));
  const totals = new CountsAccumulator();
  const bySeverity = new GroupedCounts<Severity>();
  const byCheck = new GroupedCounts<string>();
  const checkSeverity = new Map<string, Severity>();
  const byAccount = new GroupedCounts<string>();
  const byOu = new GroupedCounts<string>();
  const ous = new Map<string, OrganizationalUnitRef & { accounts: Set<string> }>();
  const checksEvaluated = new Set<string>();
  const checksWithErrors = new Set<string>();

  for (const row of input.accountChecks) {
    const severity = SEVERITIES[row.severityRank] ?? 'informational';
    totals.add(row);
    bySeverity.add(severity, row);
    byCheck.add(row.checkId, row);
    checkSeverity.set(row.checkId, severity);
    byAccount.add(row.accountId, row);
    if (row.pass + row.fail + row.muted + row.skipped + row.manual > 0) checksEvaluated.add(row.checkId);
    if (row.error > 0) checksWithErrors.add(row.checkId);
    const account = accounts.get(row.accountId);
    for (const ou of account ? ouChain(account) : []) {
      byOu.add(ou.ouId, row);
      const known = ous.get(ou.ouId) ?? { ...ou, accounts: new Set<string>() };
      known.accounts.add(row.accountId);
      ous.set(ou.ouId, known);
    }
  }

  const totalCounts = totals.counts();
  const failedBySeverity = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, bySeverity.get(severity).FAIL]),
  ) as Record<Severity, number>;
  return {
    totals: totalCounts,
    failedBySeverity,
    bySeverity: SEVERITIES.map((severity) => ({ severity, ...bySeverity.get(severity) })),
    byCheck: byCheck
      .keys()
      .sort()
      .map((checkId) => {
        const check = findCheck(checkId);
        return {
          checkId,
          title: check?.title ?? null,
          service: check?.service ?? null,
          severity: checkSeverity.get(checkId) ?? 'informational',
          ...byCheck.get(checkId),
        };
      }),
    byAccount: byAccount
      .keys()
      .sort()
      .map((accountId) => ({
        accountId,
        name: accounts.get(accountId)?.name ?? null,
        ouPath: accounts.get(accountId)?.ouPath ?? null,
        ...byAccount.get(accountId),
      })),
    byOu: [...ous.values()]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map(({ accounts: members, ...ou }) => ({ ...ou, accounts: members.size, ...byOu.get(ou.ouId) })),
    byRegion: input.regions.map((row) => ({
      region: row.region,
      ...new CountsAccumulator().add(row).counts(),
    })),
    evaluated: {
      accountsWithResults: byAccount.keys().length,
      regions: input.regions.map((row) => row.region).filter((region) => region !== 'global'),
      checksEvaluated: checksEvaluated.size,
      checksWithErrors: checksWithErrors.size,
    },
  };
}
