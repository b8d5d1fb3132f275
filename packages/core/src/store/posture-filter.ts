import { type FindingStatus, SEVERITIES, type Severity } from '@orgscan/checks';
import type { Queryable } from './database.js';

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
  /** Accounts anywhere under this OU (nested OUs included); see `resolveOu`. */
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

/** An account id no account has: a filter that can match nothing stays one simple query. */
const NO_ACCOUNT = '(none)';

/**
 * The filter with its OU turned into the accounts beneath it (nested OUs included), intersected with its
 * account filter. Looked up first so the findings query gets a literal list: the planner then knows how
 * many accounts match and picks the right index, which a subquery hides from it.
 */
export async function resolveOu(db: Queryable, filter: PostureFilter): Promise<PostureFilter> {
  if (filter.ouId === undefined) return filter;
  const { rows } = await db.query<{ account_id: string }>(
    'SELECT account_id FROM accounts WHERE organization_id = $1 AND $2 = ANY (ou_ids)',
    [filter.organizationId, filter.ouId],
  );
  const underOu = rows.map((row) => row.account_id);
  const accounts = filter.accountId ? underOu.filter((id) => filter.accountId?.includes(id)) : underOu;
  return { ...filter, ouId: undefined, accountId: accounts.length > 0 ? accounts : [NO_ACCOUNT] };
}

/**
 * WHERE conditions over finding_state (alias `s`, joined with finding_sightings as `g`) for a filter whose OU was resolved (`resolveOu`); values are appended to `params` and
 * referenced by position, never interpolated.
 */
export function postureConditions(filter: PostureFilter, params: unknown[]): string[] {
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.ouId !== undefined)
    throw new Error('postureConditions: resolve the OU filter first (resolveOu)');
  const organization = add(filter.organizationId);
  const conditions = [`s.organization_id = ${organization}`];
  // One value is written as equality, so an index on (organization, that column, sort key) returns rows
  // already in order; a list needs `= ANY`, which the planner filters or sorts.
  const anyOf = (column: string, values: readonly (string | number)[] | undefined, type: string) => {
    if (!values || values.length === 0) return;
    conditions.push(
      values.length === 1 ? `${column} = ${add(values[0])}` : `${column} = ANY (${add(values)}::${type}[])`,
    );
  };
  anyOf('s.status', filter.status, 'text');
  // Severity is filtered through its rank: the column the default sort and its indexes use.
  anyOf(
    's.severity_rank',
    filter.severity?.map((severity) => SEVERITIES.indexOf(severity)),
    'smallint',
  );
  anyOf('s.check_id', filter.checkIds, 'text');
  anyOf('s.account_id', filter.accountId, 'text');
  anyOf('s.region', filter.region, 'text');
  if (filter.muted !== undefined) conditions.push(`s.muted = ${add(filter.muted)}`);
  const recordState = filter.recordState ?? 'active';
  if (recordState !== 'all') conditions.push(recordState === 'active' ? 's.present' : 'NOT s.present');
  if (filter.firstSeenFrom) conditions.push(`s.first_seen >= ${add(filter.firstSeenFrom)}`);
  if (filter.firstSeenTo) conditions.push(`s.first_seen < ${add(filter.firstSeenTo)}`);
  if (filter.lastSeenFrom) conditions.push(`g.last_seen >= ${add(filter.lastSeenFrom)}`);
  if (filter.lastSeenTo) conditions.push(`g.last_seen < ${add(filter.lastSeenTo)}`);
  if (filter.resource) conditions.push(`s.resource_id ILIKE ${add(`%${escapeLike(filter.resource)}%`)}`);
  return conditions;
}
