import { SEVERITIES } from '@orgscan/checks';
import type { Queryable } from './database.js';
import type { StatusTally } from './rollup-repository.js';

/** The organization's posture right after one scan was folded into it. */
export interface PostureSnapshot extends StatusTally {
  readonly scanId: string;
  readonly scanCreatedAt: Date;
  readonly takenAt: Date;
  /** Accounts with results. */
  readonly accounts: number;
  /** FAIL findings not muted, by severity rank (critical first). */
  readonly failedBySeverity: readonly number[];
}

interface SnapshotRow {
  scan_id: string;
  scan_created_at: Date;
  taken_at: Date;
  accounts: number;
  pass: number;
  fail: number;
  muted: number;
  error: number;
  skipped: number;
  manual: number;
  failed_by_severity: number[];
}

/**
 * Records the posture as the freshly rebuilt rollups show it, for a scan just folded in. Run in the
 * transaction that applied the scan, right after the rollups: a re-applied scan (retry round) replaces
 * its row.
 */
export async function recordPostureSnapshot(
  db: Queryable,
  organizationId: string,
  scanId: string,
  takenAt: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO posture_snapshots (organization_id, scan_id, scan_created_at, taken_at, accounts, pass, fail,
                                    muted, error, skipped, manual, failed_by_severity)
     SELECT $1, s.id, s.created_at, $3, count(a.account_id)::int,
            COALESCE(sum(a.pass), 0)::int, COALESCE(sum(a.fail), 0)::int, COALESCE(sum(a.muted), 0)::int,
            COALESCE(sum(a.error), 0)::int, COALESCE(sum(a.skipped), 0)::int, COALESCE(sum(a.manual), 0)::int,
            ARRAY[${SEVERITIES.map((_, rank) => `COALESCE(sum(a.failed_by_severity[${rank + 1}]), 0)::int`).join(', ')}]
     FROM scans s LEFT JOIN posture_accounts a ON a.organization_id = $1
     WHERE s.id = $2
     GROUP BY s.id, s.created_at
     ON CONFLICT (organization_id, scan_id) DO UPDATE SET
       taken_at = EXCLUDED.taken_at, accounts = EXCLUDED.accounts, pass = EXCLUDED.pass, fail = EXCLUDED.fail,
       muted = EXCLUDED.muted, error = EXCLUDED.error, skipped = EXCLUDED.skipped, manual = EXCLUDED.manual,
       failed_by_severity = EXCLUDED.failed_by_severity`,
    [organizationId, scanId, takenAt],
  );
}

/** Reads the posture after each of the organization's last final scans. */
export class PostureSnapshotsRepository {
  constructor(private readonly db: Queryable) {}

  /** The last `limit` snapshots, oldest first (the order of a trend). */
  async latest(organizationId: string, limit: number): Promise<PostureSnapshot[]> {
    const { rows } = await this.db.query<SnapshotRow>(
      `SELECT * FROM (
         SELECT scan_id, scan_created_at, taken_at, accounts, pass, fail, muted, error, skipped, manual,
                failed_by_severity
         FROM posture_snapshots WHERE organization_id = $1
         ORDER BY scan_created_at DESC, scan_id DESC LIMIT $2
       ) recent ORDER BY scan_created_at, scan_id`,
      [organizationId, limit],
    );
    return rows.map((row) => ({
      scanId: row.scan_id,
      scanCreatedAt: row.scan_created_at,
      takenAt: row.taken_at,
      accounts: row.accounts,
      pass: row.pass,
      fail: row.fail,
      muted: row.muted,
      error: row.error,
      skipped: row.skipped,
      manual: row.manual,
      failedBySeverity: row.failed_by_severity,
    }));
  }
}
