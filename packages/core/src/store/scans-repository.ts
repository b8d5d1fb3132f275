import type { ManagementContext } from '@orgscan/aws';
import { FINAL_SCAN_STATUSES, type ScanStatus } from '../scans/scan-status.js';
import type { ScanCoverage, ScanTotals } from '../scans/scan-summary.js';
import { cursorTimestamp, decodeCursor, keysetPage, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import type { ScanChanges } from './finding-lifecycle.js';

export type ScanTrigger = 'api' | 'schedule';

export interface ScanRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly status: ScanStatus;
  readonly trigger: ScanTrigger;
  readonly checkIds: readonly string[];
  /** Region allow-list of the scan; null: every enabled region. */
  readonly regions: readonly string[] | null;
  readonly accountCount: number;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly totals: ScanTotals | null;
  readonly coverage: ScanCoverage | null;
  /** The management account's slices for org-aware checks; null when no selected check needs them. */
  readonly orgContext: ManagementContext | null;
  /** 0 for the scan itself; each retry of its failed accounts is one more round. */
  readonly round: number;
  /** When its planning job recorded its accounts; null: still being planned (its accounts are not known). */
  readonly plannedAt: Date | null;
  /** Why the scan ended before any account ran (its planning failed); null otherwise. */
  readonly failureReason: string | null;
  /** When its findings were folded into the current posture (null: not yet). */
  readonly postureAppliedAt?: Date | null;
  /** What it changed, recorded when folded in (null: not folded, or superseded by a newer scan). */
  readonly changes?: ScanChanges | null;
  /** When its per-scan findings were dropped by the retention rule (null: still stored). */
  readonly findingsExpiredAt?: Date | null;
}

/** A scan as POST /v1/scans records it: planned later by its planning job. */
export interface UnplannedScan {
  readonly id: string;
  readonly organizationId: string;
  readonly trigger: ScanTrigger;
  readonly checkIds: readonly string[];
  readonly regions: readonly string[] | null;
  readonly createdAt: Date;
}

/** A scan recorded with its plan at once (a scan whose accounts are already known). */
export interface NewScan extends UnplannedScan {
  readonly accountCount: number;
  readonly orgContext: ManagementContext | null;
}

/** What planning found: the accounts (recorded beside it) and the management account's context. */
export interface ScanPlan {
  readonly accountCount: number;
  readonly orgContext: ManagementContext | null;
}

interface ScanRow {
  id: string;
  organization_id: string;
  status: ScanStatus;
  trigger: ScanTrigger;
  check_ids: string[];
  regions: string[] | null;
  account_count: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  totals: ScanTotals | null;
  coverage: ScanCoverage | null;
  org_context: ManagementContext | null;
  round: number;
  planned_at: Date | null;
  failure_reason: string | null;
  posture_applied_at: Date | null;
  changes: ScanChanges | null;
  findings_expired_at: Date | null;
}

function toRecord(row: ScanRow): ScanRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    status: row.status,
    trigger: row.trigger,
    checkIds: row.check_ids,
    regions: row.regions,
    accountCount: row.account_count,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    totals: row.totals,
    coverage: row.coverage,
    orgContext: row.org_context,
    round: row.round,
    plannedAt: row.planned_at,
    failureReason: row.failure_reason,
    postureAppliedAt: row.posture_applied_at,
    changes: row.changes,
    findingsExpiredAt: row.findings_expired_at,
  };
}

export interface ListScansQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly organizationId?: string | undefined;
  readonly status?: ScanStatus | undefined;
}

export class ScansRepository {
  constructor(private readonly db: Queryable) {}

  /** Records a planned scan: pending, its accounts recorded beside it. */
  async create(scan: NewScan): Promise<void> {
    await this.db.query(
      `INSERT INTO scans (id, organization_id, status, trigger, check_ids, regions, account_count, created_at,
                          org_context, planned_at)
       VALUES ($1, $2, 'pending', $3, $4, $5, $6, $7, $8, $7)`,
      [
        scan.id,
        scan.organizationId,
        scan.trigger,
        scan.checkIds,
        scan.regions,
        scan.accountCount,
        scan.createdAt,
        scan.orgContext === null ? null : JSON.stringify(scan.orgContext),
      ],
    );
  }

  /** Records a scan its planning job will plan: pending, no accounts yet. */
  async createUnplanned(scan: UnplannedScan): Promise<void> {
    await this.db.query(
      `INSERT INTO scans (id, organization_id, status, trigger, check_ids, regions, account_count, created_at)
       VALUES ($1, $2, 'pending', $3, $4, $5, 0, $6)`,
      [scan.id, scan.organizationId, scan.trigger, scan.checkIds, scan.regions, scan.createdAt],
    );
  }

  /**
   * Records the plan of a scan still being planned, once: false when the scan was planned already or is
   * no longer pending (cancelled while it was being planned), and nothing changes.
   */
  async recordPlan(id: string, plan: ScanPlan, at: Date): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE scans SET planned_at = $2, account_count = $3, org_context = $4
       WHERE id = $1 AND status = 'pending' AND planned_at IS NULL`,
      [id, at, plan.accountCount, plan.orgContext === null ? null : JSON.stringify(plan.orgContext)],
    );
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Ends a scan that is still being planned (planning failed, or the scan was cancelled meanwhile): it has
   * no accounts, so no account job will ever finalize it. Returns whether it changed.
   */
  async endUnplanned(
    id: string,
    status: 'failed' | 'cancelled',
    failureReason: string | null,
    totals: ScanTotals,
    coverage: ScanCoverage,
    at: Date,
  ): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE scans SET status = $2, failure_reason = $3, totals = $4, coverage = $5, finished_at = $6,
         started_at = COALESCE(started_at, $6)
       WHERE id = $1 AND status = 'pending' AND planned_at IS NULL`,
      [id, status, failureReason, JSON.stringify(totals), JSON.stringify(coverage), at],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async get(id: string): Promise<ScanRecord | null> {
    const { rows } = await this.db.query<ScanRow>('SELECT * FROM scans WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Most recent first; keyset pagination on (created_at, id). */
  async list(query: ListScansQuery): Promise<Page<ScanRecord>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.organizationId) {
      params.push(query.organizationId);
      conditions.push(`organization_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      conditions.push(`status = $${params.length}`);
    }
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      params.push(createdAt, id);
      conditions.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<ScanRow & { created_at_text: string }>(
      `SELECT *, ${cursorTimestamp('created_at')} AS created_at_text
       FROM scans ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return keysetPage(rows, query.limit, toRecord, (last) => [last.created_at_text, last.id]);
  }

  /** pending → running, once; later calls change nothing. */
  async markRunning(id: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE scans SET status = 'running', started_at = $2 WHERE id = $1 AND status = 'pending'`,
      [id, at],
    );
  }

  /** Sets the final status; only a scan that is not final yet changes (returns whether it did). */
  async finish(
    id: string,
    status: ScanStatus,
    totals: ScanTotals,
    coverage: ScanCoverage,
    at: Date,
  ): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE scans SET status = $2, totals = $3, coverage = $4, finished_at = $5,
         started_at = COALESCE(started_at, $5)
       WHERE id = $1 AND status IN ('pending', 'running')`,
      [id, status, JSON.stringify(totals), JSON.stringify(coverage), at],
    );
    return (result.rowCount ?? 0) > 0;
  }

  /** A final scan goes back to running for a new round (retry of failed accounts); returns the round. */
  async reopenForRound(id: string): Promise<number | null> {
    const { rows } = await this.db.query<{ round: number }>(
      `UPDATE scans SET status = 'running', round = round + 1, finished_at = NULL, totals = NULL, coverage = NULL
       WHERE id = $1 AND status = ANY($2::text[])
       RETURNING round`,
      [id, [...FINAL_SCAN_STATUSES]],
    );
    return rows[0]?.round ?? null;
  }

  /** The oldest scan of the organization that is not final (pending or running), if any. */
  async unfinishedOf(organizationId: string): Promise<{ id: string; status: ScanStatus } | null> {
    const { rows } = await this.db.query<{ id: string; status: ScanStatus }>(
      `SELECT id, status FROM scans WHERE organization_id = $1 AND status IN ('pending', 'running')
       ORDER BY created_at LIMIT 1`,
      [organizationId],
    );
    return rows[0] ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.db.query('DELETE FROM scans WHERE id = $1', [id]);
  }
}
