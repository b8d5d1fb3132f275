import { checks as allChecks, checksByRequirement, type Framework } from '@orgscan/checks';

/** An account as a compliance report names it. */
export interface ComplianceAccount {
  readonly accountId: string;
  readonly name: string;
  readonly ouPath: string;
}

/** Findings of one check in one account by status; `fail` counts only failures no mute covers. */
export interface ComplianceCheckTally {
  readonly accountId: string;
  readonly checkId: string;
  readonly pass: number;
  readonly fail: number;
  readonly muted: number;
  readonly error: number;
  readonly skipped: number;
  readonly manual: number;
}

/**
 * Requirement status for one account:
 * - FAIL: a mapped check failed (failures covered by a mute do not count)
 * - ERROR: a mapped check could not be evaluated (data unreadable, or the account could not be entered)
 * - NOT_EVALUATED: a mapped check has no result for the account (not selected, account not scanned)
 * - MANUAL: no check can decide it (the framework's guidance says what a human verifies), or a check
 *   asked for a human
 * - PASS: every mapped check evaluated and none failed (SKIPPED — not applicable by fact — counts as passing)
 * The organization-wide status of a requirement is the worst over its accounts, in that order.
 */
export const COMPLIANCE_STATUSES = ['FAIL', 'ERROR', 'NOT_EVALUATED', 'MANUAL', 'PASS'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** evaluated: has results; unreachable: its scan failed (role not assumable…); not-evaluated: no results. */
export type ComplianceAccountOutcome = 'evaluated' | 'unreachable' | 'not-evaluated';

export type StatusTotals = Record<ComplianceStatus, number>;

export interface RequirementReport {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly level: 'L1' | 'L2' | null;
  readonly evaluation: 'automated' | 'manual';
  readonly guidance: string;
  readonly checks: readonly string[];
  readonly status: ComplianceStatus;
  /** Accounts per status for this requirement. */
  readonly accounts: StatusTotals;
}

export interface AccountReport {
  readonly accountId: string;
  readonly name: string;
  readonly ouPath: string;
  readonly outcome: ComplianceAccountOutcome;
  /** Requirements per status for this account. */
  readonly totals: StatusTotals;
  /** Requirement id → status. */
  readonly requirements: Readonly<Record<string, ComplianceStatus>>;
}

export interface ComplianceReport {
  readonly totals: {
    readonly accounts: number;
    /** Requirements per organization-wide status. */
    readonly requirements: StatusTotals;
    /** (account, requirement) pairs per status. */
    readonly accountRequirements: StatusTotals;
  };
  readonly requirements: readonly RequirementReport[];
  readonly accounts: readonly AccountReport[];
}

const RANK: Record<ComplianceStatus, number> = { FAIL: 0, ERROR: 1, NOT_EVALUATED: 2, MANUAL: 3, PASS: 4 };

function worst(statuses: Iterable<ComplianceStatus>, whenEmpty: ComplianceStatus): ComplianceStatus {
  let result: ComplianceStatus | null = null;
  for (const status of statuses) if (result === null || RANK[status] < RANK[result]) result = status;
  return result ?? whenEmpty;
}

function zeroTotals(): StatusTotals {
  return { FAIL: 0, ERROR: 0, NOT_EVALUATED: 0, MANUAL: 0, PASS: 0 };
}

/** Status of one (account, requirement with checks) from the account's check tallies. */
function statusFromTallies(
  checkIds: readonly string[],
  tallies: ReadonlyMap<string, ComplianceCheckTally>,
): ComplianceStatus {
  return worst(
    checkIds.map((checkId): ComplianceStatus => {
      const tally = tallies.get(checkId);
      if (!tally) return 'NOT_EVALUATED';
      if (tally.fail > 0) return 'FAIL';
      if (tally.error > 0) return 'ERROR';
      if (tally.manual > 0) return 'MANUAL';
      return tally.pass + tally.skipped + tally.muted > 0 ? 'PASS' : 'NOT_EVALUATED';
    }),
    'NOT_EVALUATED',
  );
}

/**
 * Where cell statuses come from: account × check tallies (one scan), or statuses already computed per
 * account and requirement (the current posture's rollup: the same rules, in SQL).
 */
export type ComplianceSource =
  | { readonly accountChecks: readonly ComplianceCheckTally[] }
  | { readonly cells: ReadonlyMap<string, Readonly<Record<string, string>>> };

/** Requirement-level status of a framework per account. Pure. */
export function buildComplianceReport(
  input: {
    readonly framework: Framework;
    readonly accounts: ReadonlyArray<{
      readonly account: ComplianceAccount;
      readonly outcome: ComplianceAccountOutcome;
    }>;
  } & ComplianceSource,
): ComplianceReport {
  const mapping = checksByRequirement(input.framework, allChecks);
  const byAccount = new Map<string, Map<string, ComplianceCheckTally>>();
  for (const row of 'accountChecks' in input ? input.accountChecks : []) {
    const tallies = byAccount.get(row.accountId) ?? new Map<string, ComplianceCheckTally>();
    tallies.set(row.checkId, row);
    byAccount.set(row.accountId, tallies);
  }
  const cellStatus = (
    accountId: string,
    outcome: ComplianceAccountOutcome,
    requirementId: string,
    checkIds: readonly string[],
  ): ComplianceStatus => {
    if (checkIds.length === 0) return 'MANUAL';
    if (outcome === 'unreachable') return 'ERROR';
    if (outcome === 'not-evaluated') return 'NOT_EVALUATED';
    if ('cells' in input) {
      const status = input.cells.get(accountId)?.[requirementId] as ComplianceStatus | undefined;
      return status && COMPLIANCE_STATUSES.includes(status) ? status : 'NOT_EVALUATED';
    }
    return statusFromTallies(checkIds, byAccount.get(accountId) ?? new Map());
  };

  // Accounts per status of each requirement, counted as the cells are decided: the requirement's own status
  // is the worst one present, so no column of cells (accounts × requirements) is kept.
  const columns = new Map(input.framework.requirements.map((requirement) => [requirement.id, zeroTotals()]));
  const accountRequirements = zeroTotals();
  const accounts: AccountReport[] = input.accounts.map(({ account, outcome }) => {
    const statuses: Record<string, ComplianceStatus> = {};
    const totals = zeroTotals();
    for (const requirement of input.framework.requirements) {
      const status = cellStatus(
        account.accountId,
        outcome,
        requirement.id,
        mapping.get(requirement.id) ?? [],
      );
      statuses[requirement.id] = status;
      totals[status] += 1;
      accountRequirements[status] += 1;
      columns.get(requirement.id)![status] += 1;
    }
    return {
      accountId: account.accountId,
      name: account.name,
      ouPath: account.ouPath,
      outcome,
      totals,
      requirements: statuses,
    };
  });

  const requirementTotals = zeroTotals();
  const requirements = input.framework.requirements.map((requirement): RequirementReport => {
    const checkIds = [...(mapping.get(requirement.id) ?? [])];
    const perStatus = columns.get(requirement.id)!;
    const present = COMPLIANCE_STATUSES.filter((candidate) => perStatus[candidate] > 0);
    const status = worst(present, checkIds.length === 0 ? 'MANUAL' : 'NOT_EVALUATED');
    requirementTotals[status] += 1;
    return {
      id: requirement.id,
      title: requirement.title,
      section: requirement.section,
      level: requirement.level,
      evaluation: checkIds.length > 0 ? 'automated' : 'manual',
      guidance: requirement.guidance,
      checks: checkIds,
      status,
      accounts: perStatus,
    };
  });

  return {
    totals: { accounts: accounts.length, requirements: requirementTotals, accountRequirements },
    requirements,
    accounts,
  };
}
