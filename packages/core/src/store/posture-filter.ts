import type { FindingStatus, Severity } from '@orgscan/checks';

/**
 * Filters of the current posture (GET /v1/findings and its export). Check-level filters (check, service,
 * framework + requirement) arrive already resolved to check ids by the caller, which knows the registry.
 */
export interface PostureFilter {
  readonly organizationId: string;
  readonly status?: readonly FindingStatus[] | undefined;
  readonly severity?: readonly Severity[] | undefined;
  readonly checkIds?: readonly string[] | undefined;
  readonly accountId?: readonly string[] | undefined;
  /** Accounts anywhere under this OU (nested OUs included). */
  readonly ouId?: string | undefined;
  readonly region?: readonly string[] | undefined;
  readonly muted?: boolean | undefined;
  /** active: the resource exists (default); archived: it is gone; all: both. */
  readonly recordState?: 'active' | 'archived' | 'all' | undefined;
  readonly firstSeenFrom?: Date | undefined;
  readonly firstSeenTo?: Date | undefined;
  readonly lastSeenFrom?: Date | undefined;
  readonly lastSeenTo?: Date | undefined;
  /** Case-insensitive substring of the resource id. */
  readonly resource?: string | undefined;
}

/** `%`, `_` and `\` taken literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * WHERE conditions over finding_state (alias `s`) for a filter; values are appended to `params` and
 * referenced by position, never interpolated.
 */
export function postureConditions(filter: PostureFilter, params: unknown[]): string[] {
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`s.organization_id = ${add(filter.organizationId)}`];
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) conditions.push(`${column} = ANY (${add(values)}::text[])`);
  };
  anyOf('s.status', filter.status);
  anyOf('s.severity', filter.severity);
  anyOf('s.check_id', filter.checkIds);
  anyOf('s.account_id', filter.accountId);
  anyOf('s.region', filter.region);
  if (filter.ouId !== undefined) {
    conditions.push(
      `s.account_id IN (SELECT a.account_id FROM accounts a
                        WHERE a.organization_id = s.organization_id AND ${add(filter.ouId)} = ANY (a.ou_ids))`,
    );
  }
  if (filter.muted !== undefined) conditions.push(`s.muted = ${add(filter.muted)}`);
  const recordState = filter.recordState ?? 'active';
  if (recordState !== 'all') conditions.push(recordState === 'active' ? 's.present' : 'NOT s.present');
  if (filter.firstSeenFrom) conditions.push(`s.first_seen >= ${add(filter.firstSeenFrom)}`);
  if (filter.firstSeenTo) conditions.push(`s.first_seen < ${add(filter.firstSeenTo)}`);
  if (filter.lastSeenFrom) conditions.push(`s.last_seen >= ${add(filter.lastSeenFrom)}`);
  if (filter.lastSeenTo) conditions.push(`s.last_seen < ${add(filter.lastSeenTo)}`);
  if (filter.resource) conditions.push(`s.resource_id ILIKE ${add(`%${escapeLike(filter.resource)}%`)}`);
  return conditions;
}
