import type { AccountTags, OrganizationAccount } from '@orgscan/aws';
import type { OrganizationScope } from '../store/organizations-repository.js';
import type { NewScanAccount } from '../store/scan-accounts-repository.js';

/**
 * The regions a scan of the organization may cover: SCAN_REGIONS and the organization's allow-list
 * intersected (null: every enabled region). A request's own list is intersected with this afterwards.
 */
export function organizationRegions(
  configured: readonly string[] | null,
  allowList: readonly string[] | null,
): string[] | null {
  if (!configured) return allowList ? [...allowList] : null;
  if (!allowList) return [...configured];
  return configured.filter((region) => allowList.includes(region));
}

/** Why an account is outside the organization's scope, or null when it is in scope. */
export function outOfScopeReason(
  scope: OrganizationScope,
  account: OrganizationAccount,
  tags: ReadonlyMap<string, AccountTags> | null,
): string | null {
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

/** An ACTIVE account outside the scope is recorded as skipped (out-of-scope), visibly, never scanned. */
export function withinScope(
  entry: NewScanAccount,
  scope: OrganizationScope,
  account: OrganizationAccount,
  tags: ReadonlyMap<string, AccountTags> | null,
): NewScanAccount {
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
