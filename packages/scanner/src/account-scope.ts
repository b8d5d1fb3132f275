import type { AccountTags, OrganizationAccount } from '@orgscan/aws';

/** Only accounts whose tag `key` has one of `values`. */
export interface AccountTagFilter {
  readonly key: string;
  readonly values: readonly string[];
}

/** Which accounts of the organization a scan covers. */
export interface AccountScope {
  /** Only accounts under one of these OUs (nested included); empty: every account. */
  readonly ouInclude: readonly string[];
  /** Never accounts under these OUs (nested included); wins over ouInclude. */
  readonly ouExclude: readonly string[];
  readonly accountTagFilters: readonly AccountTagFilter[];
  /** Only these accounts; absent or empty: every account (the command line's --accounts). */
  readonly accountIds?: readonly string[] | undefined;
}

/** Why an account is outside the scope, or null when it is in scope. */
export function outOfScopeReason(
  scope: AccountScope,
  account: OrganizationAccount,
  tags: ReadonlyMap<string, AccountTags> | null,
): string | null {
  if (scope.accountIds && scope.accountIds.length > 0 && !scope.accountIds.includes(account.id)) {
    return 'not one of the accounts asked for';
  }
  const excluded = scope.ouExclude.find((ou) => account.ouIds.includes(ou));
  if (excluded) return `under excluded OU ${excluded}`;
  if (scope.ouInclude.length > 0 && !scope.ouInclude.some((ou) => account.ouIds.includes(ou))) {
    return `not under any included OU (${scope.ouInclude.join(', ')})`;
  }
  const accountTags = tags?.get(account.id) ?? {};
  for (const filter of scope.accountTagFilters) {
    const value = accountTags[filter.key];
    if (value === undefined || !filter.values.includes(value)) {
      return `tag ${filter.key} is ${value === undefined ? 'absent' : `"${value}"`}, not one of ${filter.values.join(', ')}`;
    }
  }
  return null;
}

/** Why the scanner leaves an account out (it is recorded, never silently dropped). */
export type SkipReasonCategory = 'account-suspended' | 'account-not-active' | 'out-of-scope';

/** One account of the organization as a scan plans it: to scan (pending) or skipped with the reason. */
export interface PlannedAccount {
  readonly accountId: string;
  readonly accountName: string;
  readonly ouPath: string;
  readonly ouIds: readonly string[];
  /** The scanning role the account is entered through. */
  readonly roleArn: string;
  readonly status: 'pending' | 'skipped';
  readonly reasonCategory: SkipReasonCategory | null;
  readonly reasonDetail: string | null;
}

/** Only ACTIVE accounts are scanned; the others are recorded as skipped with the reason. */
export function plannedAccount(account: OrganizationAccount, roleArn: string): PlannedAccount {
  const base = {
    accountId: account.id,
    accountName: account.name,
    ouPath: account.ouPath,
    ouIds: account.ouIds,
    roleArn,
  };
  if (account.state === 'ACTIVE')
    return { ...base, status: 'pending', reasonCategory: null, reasonDetail: null };
  return {
    ...base,
    status: 'skipped',
    reasonCategory: account.state === 'SUSPENDED' ? 'account-suspended' : 'account-not-active',
    reasonDetail: `Organizations reports the account as ${account.state}`,
  };
}

/** An ACTIVE account outside the scope is recorded as skipped (out-of-scope), visibly, never scanned. */
export function withinScope<
  Entry extends Omit<PlannedAccount, 'reasonCategory'> & { reasonCategory: string | null },
>(
  entry: Entry,
  scope: AccountScope,
  account: OrganizationAccount,
  tags: ReadonlyMap<string, AccountTags> | null,
): Entry {
  if (entry.status !== 'pending') return entry;
  const reason = outOfScopeReason(scope, account, tags);
  if (reason === null) return entry;
  return {
    ...entry,
    status: 'skipped',
    reasonCategory: 'out-of-scope',
    reasonDetail: `Excluded by the organization's scope: ${reason}`,
  };
}
