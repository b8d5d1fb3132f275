import { FINDING_STATUSES, type FindingStatus, SEVERITIES, type Severity } from '../api/types';

export const SORTS = [
  'severity',
  '-severity',
  'firstSeen',
  '-firstSeen',
  'statusChangedAt',
  '-statusChangedAt',
] as const;
export type FindingSort = (typeof SORTS)[number];
export const RECORD_STATES = ['active', 'archived', 'all'] as const;

/** Every filter of GET /v1/findings, as the explorer keeps them in its URL. */
export interface FindingFilters {
  readonly status: readonly FindingStatus[];
  readonly severity: readonly Severity[];
  readonly accountId: readonly string[];
  readonly region: readonly string[];
  readonly checkId: readonly string[];
  readonly service: readonly string[];
  readonly ouId?: string;
  readonly framework?: string;
  readonly requirement: readonly string[];
  readonly muted?: boolean;
  readonly recordState?: (typeof RECORD_STATES)[number];
  readonly resource?: string;
  readonly firstSeenFrom?: string;
  readonly firstSeenTo?: string;
  readonly lastSeenFrom?: string;
  readonly lastSeenTo?: string;
  readonly sort?: FindingSort;
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(String)
    .filter((item) => item.trim() !== '');
const one = (value: unknown): string | undefined => list(value)[0];
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => candidate === one(value));
const only = <T extends string>(values: readonly T[], value: unknown): T[] =>
  list(value).filter((item): item is T => (values as readonly string[]).includes(item));

/**
 * Filters from the URL's query (plain parameters, lists repeated): unknown values are dropped, so a
 * hand-edited link never sends the API something it would refuse.
 */
export function filtersFromSearch(search: Record<string, unknown>): FindingFilters {
  const muted = one(search.muted);
  return {
    status: only(FINDING_STATUSES, search.status),
    severity: only(SEVERITIES, search.severity),
    accountId: list(search.accountId).filter((id) => /^\d{12}$/.test(id)),
    region: list(search.region),
    checkId: list(search.checkId),
    service: list(search.service),
    requirement: list(search.requirement),
    ...(one(search.ouId) ? { ouId: one(search.ouId) } : {}),
    ...(one(search.framework) ? { framework: one(search.framework) } : {}),
    ...(muted === 'true' || muted === 'false' ? { muted: muted === 'true' } : {}),
    ...(oneOf(RECORD_STATES, search.recordState)
      ? { recordState: oneOf(RECORD_STATES, search.recordState) }
      : {}),
    ...(one(search.resource) ? { resource: one(search.resource) } : {}),
    ...(one(search.firstSeenFrom) ? { firstSeenFrom: one(search.firstSeenFrom) } : {}),
    ...(one(search.firstSeenTo) ? { firstSeenTo: one(search.firstSeenTo) } : {}),
    ...(one(search.lastSeenFrom) ? { lastSeenFrom: one(search.lastSeenFrom) } : {}),
    ...(one(search.lastSeenTo) ? { lastSeenTo: one(search.lastSeenTo) } : {}),
    ...(oneOf(SORTS, search.sort) ? { sort: oneOf(SORTS, search.sort) } : {}),
  };
}

/** The URL query of these filters: only what is set, lists as repeated parameters. */
export function filtersToSearch(filters: FindingFilters): Record<string, string | string[]> {
  const search: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search[key] = [...value];
    } else search[key] = String(value);
  }
  return search;
}

/** The same filters as query parameters of GET /v1/findings and its export. */
export function filtersToQuery(filters: FindingFilters) {
  const { status, severity, accountId, region, checkId, service, requirement, ...rest } = filters;
  const nonEmpty = <T>(values: readonly T[]) => (values.length > 0 ? [...values] : undefined);
  return {
    ...rest,
    status: nonEmpty(status),
    severity: nonEmpty(severity),
    accountId: nonEmpty(accountId),
    region: nonEmpty(region),
    checkId: nonEmpty(checkId),
    service: nonEmpty(service),
    requirement: nonEmpty(requirement),
  };
}

/** A filter changed: the others stay. */
export function withFilter<K extends keyof FindingFilters>(
  filters: FindingFilters,
  key: K,
  value: FindingFilters[K],
): FindingFilters {
  return { ...filters, [key]: value };
}

export const NO_FILTERS: FindingFilters = filtersFromSearch({});
