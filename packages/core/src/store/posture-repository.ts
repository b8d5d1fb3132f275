import type { FindingStatus, Severity } from '@orgscan/checks';
import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import { type FindingColumns, type FindingFields, toFindingFields } from './finding-columns.js';
import type { FindingChange } from './finding-lifecycle.js';
import { type PostureFilter, postureConditions, resolveOu } from './posture-filter.js';

/** One finding of the current posture. */
export interface PostureFinding extends FindingFields {
  readonly accountName: string | null;
  /** The latest decisive observation (FAIL, PASS, resource gone) was FAIL. */
  readonly open: boolean;
  /** false: the resource is gone (archived). */
  readonly present: boolean;
  readonly firstSeen: Date;
  readonly lastSeen: Date;
  readonly statusChangedAt: Date;
  readonly firstFailedAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly firstScanId: string;
  readonly lastScanId: string;
  readonly muted: boolean;
  readonly muteId: string | null;
  readonly ticketRefs: readonly unknown[];
}

export const POSTURE_SORTS = [
  'severity',
  '-severity',
  'firstSeen',
  '-firstSeen',
  'statusChangedAt',
  '-statusChangedAt',
] as const;
export type PostureSort = (typeof POSTURE_SORTS)[number];

const SORT_COLUMNS: Record<string, { column: string; type: 'smallint' | 'timestamptz' }> = {
  severity: { column: 'severity_rank', type: 'smallint' },
  firstSeen: { column: 'first_seen', type: 'timestamptz' },
  statusChangedAt: { column: 'status_changed_at', type: 'timestamptz' },
};

export interface PostureQuery extends PostureFilter {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly sort?: PostureSort | undefined;
}

export interface FindingObservation {
  readonly scanId: string;
  readonly scanCreatedAt: Date;
  /** null: the resource was gone in that scan. */
  readonly status: FindingStatus | null;
  readonly severity: Severity | null;
  readonly message: string | null;
  readonly errorCode: string | null;
  readonly change: FindingChange | null;
  readonly muted: boolean;
}

interface PostureRow extends FindingColumns {
  account_name: string | null;
  open: boolean;
  present: boolean;
  first_seen: Date;
  last_seen: Date;
  status_changed_at: Date;
  first_failed_at: Date | null;
  resolved_at: Date | null;
  first_scan_id: string;
  last_scan_id: string;
  muted: boolean;
  mute_id: string | null;
  ticket_refs: unknown[];
}

export function toPostureFinding(row: PostureRow): PostureFinding {
  return {
    ...toFindingFields(row),
    accountName: row.account_name,
    open: row.open,
    present: row.present,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    statusChangedAt: row.status_changed_at,
    firstFailedAt: row.first_failed_at,
    resolvedAt: row.resolved_at,
    firstScanId: row.first_scan_id,
    lastScanId: row.last_scan_id,
    muted: row.muted,
    muteId: row.mute_id,
    ticketRefs: row.ticket_refs,
  };
}

/** The SELECT list of a posture row (finding_state s, its sighting g), with the account's name. */
export const POSTURE_COLUMNS = `s.*, g.last_seen, g.last_scan_id, (SELECT a.name FROM accounts a
  WHERE a.organization_id = s.organization_id AND a.account_id = s.account_id) AS account_name`;

/** finding_state with its sighting: when it was last observed. */
export const POSTURE_FROM = `finding_state s
  JOIN finding_sightings g ON g.organization_id = s.organization_id AND g.fingerprint = s.fingerprint`;

/** Up to this many matches of a resource text search are fetched first and sorted afterwards. */
const RARE_MATCH_LIMIT = 5_000;

/**
 * Up to this many check ids (a framework's requirements, a service) are listed check by check, each from its
 * own index range; more are one `check_id = ANY` filter, where one walk of the sort order finds a page soon.
 */
const MAX_PER_CHECK_WALKS = 64;

/** The few findings a resource text matches, with their sort keys (as the cursor carries them). */
interface RareMatches {
  readonly fingerprints: readonly string[];
  readonly sortKeys: readonly (string | number)[];
}

/** Reads the current posture: the latest state of every finding of an organization. */
/** Scans whose findings one step of a finding's history reads (and whose partitions it plans). */
const HISTORY_SCANS_PER_STEP = 50;

export class PostureRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * A resource substring that matches few findings is best found through the trigram index, then sorted;
   * but the planner cannot know how the matches spread over the sort order, and when it walks the sort
   * index instead, a term whose few matches all sort last reads the whole posture (1.1 s at 430k
   * findings). So the matches are fetched first, at most RARE_MATCH_LIMIT of them, each with its sort key:
   * when there are no more than that, the listing sorts these keys and reads back only the page's rows;
   * null for a common term, left to the ordered walk, which finds a page of its dense matches quickly.
   */
  private async rareMatches(filter: PostureFilter, sortKey: string): Promise<RareMatches | null> {
    const params: unknown[] = [];
    const conditions = postureConditions(filter, params);
    // The sightings join is only needed to filter by when a finding was last seen.
    const usesSightings = filter.lastSeenFrom !== undefined || filter.lastSeenTo !== undefined;
    const { rows } = await this.db.query<{ fingerprint: string; sort_key: string | number }>(
      `SELECT s.fingerprint, ${sortKey} AS sort_key FROM ${usesSightings ? POSTURE_FROM : 'finding_state s'}
       WHERE ${conditions.join(' AND ')} LIMIT ${RARE_MATCH_LIMIT + 1}`,
      params,
    );
    if (rows.length > RARE_MATCH_LIMIT) return null;
    return { fingerprints: rows.map((row) => row.fingerprint), sortKeys: rows.map((row) => row.sort_key) };
  }

  /** Filtered, sorted, keyset-paginated (sort key, fingerprint). */
  async list(query: PostureQuery): Promise<Page<PostureFinding>> {
    const sort = query.sort ?? 'severity';
    const descending = sort.startsWith('-');
    const { column, type } = SORT_COLUMNS[sort.replace(/^-/, '')]!;
    const sortKey = type === 'timestamptz' ? cursorTimestamp(`s.${column}`) : `s.${column}`;
    const cursor = query.cursor
      ? decodeCursor(query.cursor, [
          type === 'timestamptz' ? 'timestamp' : 'smallint',
          'fingerprint',
        ] as const)
      : null;
    const filter = await resolveOu(this.db, query);
    const rare = filter.resource ? await this.rareMatches(filter, sortKey) : null;
    const checkIds = filter.checkIds ?? [];
    const perCheck = rare === null && checkIds.length > 1 && checkIds.length <= MAX_PER_CHECK_WALKS;
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const direction = descending ? 'DESC' : 'ASC';
    const after = descending ? '<' : '>';
    const order = `s.${column} ${direction}, s.fingerprint ${direction}`;
    // The text match stays in the listing too: without it the planner walks the sort index again.
    const conditions = postureConditions(perCheck ? { ...filter, checkIds: undefined } : filter, params);
    const cursorKey = cursor ? `(${add(cursor[0])}::${type}, ${add(cursor[1])}::text)` : null;
    if (cursorKey) conditions.push(`(s.${column}, s.fingerprint) ${after} ${cursorKey}`);
    const limit = add(query.limit + 1);
    if (rare) {
      // The page is chosen among the matches' sort keys; only its rows are read again.
      conditions.push(`s.fingerprint IN (
        SELECT m.fingerprint FROM unnest(${add(rare.fingerprints)}::text[], ${add(rare.sortKeys)}::${type}[])
          AS m (fingerprint, sort_key)
        ${cursorKey ? `WHERE (m.sort_key, m.fingerprint) ${after} ${cursorKey}` : ''}
        ORDER BY m.sort_key ${direction}, m.fingerprint ${direction} LIMIT ${limit})`);
    }
    let where = conditions.join(' AND ');
    if (perCheck) {
      // Several checks (a framework's requirements): each check's first page is read off its own index
      // range, already in order (finding_state_check_status, finding_state_check), and the pages are merged.
      // As one `check_id = ANY` the planner either walks the whole sort order filtering for these checks or
      // reads and sorts every finding of them, both in proportion to the posture (0.95 s at 5M).
      const usesSightings = filter.lastSeenFrom !== undefined || filter.lastSeenTo !== undefined;
      where = `${conditions[0]} AND s.fingerprint IN (
        SELECT p.fingerprint FROM unnest(${add(checkIds)}::text[]) AS c (check_id)
        CROSS JOIN LATERAL (
          SELECT s.fingerprint, s.${column} AS sort_value FROM ${usesSightings ? POSTURE_FROM : 'finding_state s'}
          WHERE ${where} AND s.check_id = c.check_id ORDER BY ${order} LIMIT ${limit}
        ) p
        ORDER BY p.sort_value ${direction}, p.fingerprint ${direction} LIMIT ${limit})`;
    }
    const { rows } = await this.db.query<PostureRow & { sort_key: string | number }>(
      `SELECT ${POSTURE_COLUMNS}, ${sortKey} AS sort_key
       FROM ${POSTURE_FROM} WHERE ${where}
       ORDER BY ${order} LIMIT ${limit}`,
      params,
    );
    return keysetPage(rows, query.limit, toPostureFinding, (last) => [last.sort_key, last.fingerprint]);
  }

  async get(organizationId: string, fingerprint: string): Promise<PostureFinding | null> {
    const { rows } = await this.db.query<PostureRow>(
      `SELECT ${POSTURE_COLUMNS} FROM ${POSTURE_FROM} WHERE s.organization_id = $1 AND s.fingerprint = $2`,
      [organizationId, fingerprint],
    );
    return rows[0] ? toPostureFinding(rows[0]) : null;
  }

  /** The organization that owns a fingerprint (fingerprints are unique across organizations). */
  async findOrganization(fingerprint: string): Promise<string | null> {
    const { rows } = await this.db.query<{ organization_id: string }>(
      'SELECT organization_id FROM finding_state WHERE fingerprint = $1 LIMIT 1',
      [fingerprint],
    );
    return rows[0]?.organization_id ?? null;
  }

  /**
   * Every scan of the organization that observed the fingerprint, or recorded a lifecycle change for it (a
   * resource that was gone has a change but no finding), most recent first. Walks the organization's
   * scans newest first, HISTORY_SCANS_PER_STEP at a time, with one primary-key lookup per scan, so findings
   * need no index by fingerprint (which would slow down every scan's writes). The scan ids of each step are
   * given as values: findings has one partition per scan, and values let the planner keep only those
   * partitions, where a join on the scans table would plan every partition of every scan ever stored.
   */
  async history(organizationId: string, fingerprint: string, limit: number): Promise<FindingObservation[]> {
    const found: FindingObservation[] = [];
    // The last scan of the previous step, compared in SQL (a JS Date would drop created_at's microseconds).
    let after: string | null = null;
    while (found.length < limit) {
      const result: { rows: { id: string }[] } = await this.db.query<{ id: string }>(
        `SELECT id FROM scans
         WHERE organization_id = $1
           AND ($2::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM scans WHERE id = $2))
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        [organizationId, after, HISTORY_SCANS_PER_STEP],
      );
      const step = result.rows;
      if (step.length === 0) break;
      found.push(
        ...(await this.observations(
          step.map((scan) => scan.id),
          fingerprint,
          limit - found.length,
        )),
      );
      after = step.at(-1)!.id;
      if (step.length < HISTORY_SCANS_PER_STEP) break;
    }
    return found;
  }

  /** The observations of a fingerprint in the given scans (ids as values), most recent first. */
  private async observations(
    scanIds: readonly string[],
    fingerprint: string,
    limit: number,
  ): Promise<FindingObservation[]> {
    const { rows } = await this.db.query<{
      scan_id: string;
      created_at: Date;
      status: FindingStatus | null;
      severity: Severity | null;
      message: string | null;
      error_code: string | null;
      change: FindingChange | null;
      muted: boolean;
    }>(
      // A scan whose findings expired (FINDINGS_RETENTION_SCANS) still has its recorded change: the status
      // and severity it observed come from there (its message and error code went with the findings).
      `SELECT sc.id AS scan_id, sc.created_at, COALESCE(f.status, c.status) AS status,
              COALESCE(f.severity, c.severity) AS severity, f.message, f.error_code, c.change,
              (f.mute_id IS NOT NULL OR COALESCE(c.muted, false)) AS muted
       FROM scans sc
       LEFT JOIN findings f ON f.scan_id = sc.id AND f.fingerprint = $2 AND f.scan_id = ANY ($1::uuid[])
       LEFT JOIN finding_changes c ON c.scan_id = sc.id AND c.fingerprint = $2
       WHERE sc.id = ANY ($1::uuid[]) AND (f.fingerprint IS NOT NULL OR c.fingerprint IS NOT NULL)
       ORDER BY sc.created_at DESC, sc.id DESC LIMIT $3`,
      [scanIds, fingerprint, limit],
    );
    return rows.map((row) => ({
      scanId: row.scan_id,
      scanCreatedAt: row.created_at,
      status: row.status,
      severity: row.severity,
      message: row.message,
      errorCode: row.error_code,
      change: row.change,
      muted: row.muted,
    }));
  }
}
