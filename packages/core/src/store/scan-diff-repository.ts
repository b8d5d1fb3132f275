import type { FindingStatus, Severity } from '@orgscan/checks';
import { decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import type { FindingChange } from './finding-lifecycle.js';

export interface DiffEntry {
  readonly fingerprint: string;
  readonly change: FindingChange;
  /** null: not observed (first sighting, or absent from the earlier scan). */
  readonly previousStatus: FindingStatus | null;
  /** null: the resource is gone. */
  readonly status: FindingStatus | null;
  readonly accountId: string;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly severity: Severity;
  readonly muted: boolean;
}

export type DiffCounts = Record<FindingChange | 'unchanged', number>;

export interface DiffQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  /** Only these changes; default: every change (unchanged findings are counted, not listed). */
  readonly change?: readonly FindingChange[] | undefined;
}

interface EntryRow {
  fingerprint: string;
  change: FindingChange;
  previous_status: FindingStatus | null;
  status: FindingStatus | null;
  account_id: string;
  region: string;
  check_id: string;
  resource_id: string;
  resource_type: string;
  severity: Severity;
  muted: boolean;
}

function toEntry(row: EntryRow): DiffEntry {
  return {
    fingerprint: row.fingerprint,
    change: row.change,
    previousStatus: row.previous_status,
    status: row.status,
    accountId: row.account_id,
    region: row.region,
    checkId: row.check_id,
    resourceId: row.resource_id,
    resourceType: row.resource_type,
    severity: row.severity,
    muted: row.muted,
  };
}

function emptyCounts(): DiffCounts {
  return { new: 0, resolved: 0, regressed: 0, reopened: 0, unchanged: 0 };
}

/**
 * Pairwise comparison of scan $1 with an earlier scan $2 of the same organization (alias d):
 * new / regressed: FAIL now, not FAIL then (regressed when it had failed at or before the earlier scan);
 * resolved: FAIL then, PASS now or gone from a scope the later scan evaluated cleanly; else unchanged.
 */
const PAIRWISE_SQL = `
  WITH later AS (SELECT * FROM findings WHERE scan_id = $1),
  earlier AS (SELECT * FROM findings WHERE scan_id = $2),
  against AS (SELECT created_at FROM scans WHERE id = $2),

  paired AS (
    SELECT COALESCE(l.fingerprint, e.fingerprint) AS fingerprint, e.status AS previous_status, l.status,
           COALESCE(l.account_id, e.account_id) AS account_id, COALESCE(l.region, e.region) AS region,
           COALESCE(l.check_id, e.check_id) AS check_id, COALESCE(l.resource_id, e.resource_id) AS resource_id,
           COALESCE(l.resource_type, e.resource_type) AS resource_type, COALESCE(l.severity, e.severity) AS severity,
           l.mute_id IS NOT NULL AS muted
    FROM later l FULL JOIN earlier e ON e.fingerprint = l.fingerprint
  ),
  d AS (
    SELECT p.*,
      CASE
        WHEN p.status = 'FAIL' AND p.previous_status = 'FAIL' THEN 'unchanged'
        WHEN p.status = 'FAIL' AND EXISTS (
          SELECT 1 FROM finding_state s, against a
          WHERE s.fingerprint = p.fingerprint AND s.first_failed_at <= a.created_at) THEN 'regressed'
        WHEN p.status = 'FAIL' THEN 'new'
        WHEN p.previous_status = 'FAIL' AND p.status = 'PASS' THEN 'resolved'
        WHEN p.previous_status = 'FAIL' AND p.status IS NULL
          AND EXISTS (SELECT 1 FROM scans ls WHERE ls.id = $1 AND p.check_id = ANY (ls.check_ids))
          AND EXISTS (SELECT 1 FROM scan_accounts sa
                      WHERE sa.scan_id = $1 AND sa.account_id = p.account_id AND sa.status = 'succeeded'
                        AND (p.region = 'global' OR p.region = ANY (sa.regions_scanned)))
          AND NOT EXISTS (SELECT 1 FROM later x
                          WHERE x.account_id = p.account_id AND x.check_id = p.check_id
                            AND x.region = p.region AND x.status = 'ERROR') THEN 'resolved'
        WHEN p.status IS NULL THEN NULL
        ELSE 'unchanged'
      END AS change
    FROM paired p
  )`;

/** What changed in a scan: the classification recorded at finalize, or a pairwise comparison. */
export class ScanDiffRepository {
  constructor(private readonly db: Queryable) {}

  /** The lifecycle recorded when the scan was finalized (relative to the posture just before it). */
  async recorded(scanId: string, query: DiffQuery): Promise<Page<DiffEntry>> {
    const params: unknown[] = [scanId];
    const conditions = ['scan_id = $1'];
    if (query.change && query.change.length > 0) {
      params.push(query.change);
      conditions.push(`change = ANY ($${params.length}::text[])`);
    }
    if (query.cursor) {
      params.push(decodeCursor(query.cursor, ['fingerprint'])[0]);
      conditions.push(`fingerprint > $${params.length}`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<EntryRow>(
      `SELECT * FROM finding_changes WHERE ${conditions.join(' AND ')}
       ORDER BY fingerprint LIMIT $${params.length}`,
      params,
    );
    return this.page(rows, query.limit);
  }

  /** Counts recorded at finalize; null while the scan is not final (or was superseded). */
  async recordedCounts(scanId: string): Promise<DiffCounts | null> {
    const { rows } = await this.db.query<{ changes: DiffCounts | null }>(
      'SELECT changes FROM scans WHERE id = $1',
      [scanId],
    );
    return rows[0]?.changes ?? null;
  }

  /** The previous scan of the organization whose posture was applied before this one. */
  async previousAppliedScan(scanId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT p.id FROM scans s JOIN scans p ON p.organization_id = s.organization_id
       WHERE s.id = $1 AND p.posture_applied_at IS NOT NULL AND p.changes IS NOT NULL
         AND (p.created_at, p.id) < (s.created_at, s.id)
       ORDER BY p.created_at DESC, p.id DESC LIMIT 1`,
      [scanId],
    );
    return rows[0]?.id ?? null;
  }

  async pairwise(scanId: string, againstId: string, query: DiffQuery): Promise<Page<DiffEntry>> {
    const params: unknown[] = [scanId, againstId];
    const conditions = [`change <> 'unchanged'`];
    if (query.change && query.change.length > 0) {
      params.push(query.change);
      conditions.push(`change = ANY ($${params.length}::text[])`);
    }
    if (query.cursor) {
      params.push(decodeCursor(query.cursor, ['fingerprint'])[0]);
      conditions.push(`fingerprint > $${params.length}`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<EntryRow>(
      `${PAIRWISE_SQL} SELECT * FROM d WHERE ${conditions.join(' AND ')}
       ORDER BY fingerprint LIMIT $${params.length}`,
      params,
    );
    return this.page(rows, query.limit);
  }

  async pairwiseCounts(scanId: string, againstId: string): Promise<DiffCounts> {
    const { rows } = await this.db.query<{ change: FindingChange | 'unchanged'; count: string }>(
      `${PAIRWISE_SQL} SELECT change, count(*) AS count FROM d WHERE change IS NOT NULL GROUP BY change`,
      [scanId, againstId],
    );
    const counts = emptyCounts();
    for (const row of rows) counts[row.change] = Number(row.count);
    return counts;
  }

  private page(rows: EntryRow[], limit: number): Page<DiffEntry> {
    return keysetPage(rows, limit, toEntry, (last) => [last.fingerprint]);
  }
}
