// Scope rules are the scanner's (shared with the command line).
export { outOfScopeReason, withinScope } from '@orgscan/scanner';

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
