import type { Pool } from './database.js';

/** Postgres' lock_not_available: DROP TABLE did not get its lock within lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

export interface RetentionOutcome {
  /** Scans whose findings this run marked expired. */
  readonly expired: readonly string[];
  /** Partitions dropped (this run's and any an earlier run left behind). */
  readonly dropped: number;
  /** Partitions left for a later run: a long reader held findings past the lock timeout. */
  readonly deferred: number;
}

/**
 * Bounded storage for per-scan findings: an organization keeps the findings of its last `keepScans` scans
 * folded into the posture (FINDINGS_RETENTION_SCANS); older scans' findings are dropped as whole
 * partitions (one per scan, migration 0014), never deleted row by row. What stays forever: every scan's
 * row (totals, coverage, changes), its scan_accounts, its lifecycle changes (finding_changes, the source of
 * finding history and webhooks) and the posture (finding_state), none of which reads old scans' findings.
 *
 * A scan is only expired once it was folded into the posture (posture_applied_at), so a finalize never
 * loses the findings it is about to read. The expiry is recorded first (scans.findings_expired_at: the API
 * answers 410 from then on), then each partition is dropped in its own short transaction whose lock wait
 * is bounded by `lockTimeoutMs`: a long export of another scan delays the drop to a later run instead of
 * queueing every reader and writer of findings behind it. Runs on the pool, outside any transaction.
 */
export class FindingsRetention {
  constructor(
    private readonly pool: Pool,
    private readonly lockTimeoutMs = 2_000,
  ) {}

  async apply(organizationId: string, keepScans: number, now: Date): Promise<RetentionOutcome> {
    if (!Number.isInteger(keepScans) || keepScans < 0) {
      throw new Error(`keepScans must be an integer ≥ 0 (0 keeps every scan's findings), got ${keepScans}`);
    }
    let expired: string[] = [];
    if (keepScans > 0) {
      const { rows } = await this.pool.query<{ id: string }>(
        `UPDATE scans SET findings_expired_at = $3
         WHERE id IN (SELECT id FROM scans
                      WHERE organization_id = $1 AND posture_applied_at IS NOT NULL
                      ORDER BY created_at DESC, id DESC OFFSET $2)
           AND findings_expired_at IS NULL
         RETURNING id`,
        [organizationId, keepScans, now],
      );
      expired = rows.map((row) => row.id);
    }
    // Every expired scan of the organization whose partition still exists: this run's, and those an
    // earlier run deferred or did not reach (a crash between marking and dropping).
    const { rows: pending } = await this.pool.query<{ partition: string }>(
      `SELECT findings_partition_name(id) AS partition FROM scans
       WHERE organization_id = $1 AND findings_expired_at IS NOT NULL
         AND to_regclass(quote_ident(findings_partition_name(id))) IS NOT NULL`,
      [organizationId],
    );
    let dropped = 0;
    let deferred = 0;
    for (const { partition } of pending) {
      if (await this.dropPartition(partition)) dropped += 1;
      else deferred += 1;
    }
    return { expired, dropped, deferred };
  }

  private async dropPartition(partition: string): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL lock_timeout = ${Math.round(this.lockTimeoutMs)}`);
      await client.query(`DROP TABLE IF EXISTS ${quoteIdentifier(partition)}`);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) return false;
      throw error;
    } finally {
      client.release();
    }
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
