import type { RegionDenial, ScanCellSums } from '@orgscan/checks';
import type { AccountReasonCategory, AccountScanStatus } from '../scans/scan-status.js';
import type { Queryable } from './database.js';

export interface ScanAccountRecord {
  readonly scanId: string;
  readonly accountId: string;
  readonly accountName: string;
  readonly ouPath: string;
  readonly ouIds: readonly string[];
  readonly roleArn: string;
  readonly status: AccountScanStatus;
  readonly reasonCategory: AccountReasonCategory | null;
  readonly reasonDetail: string | null;
  readonly regionsScanned: readonly string[];
  readonly regionsNotEnabled: readonly string[];
  /** Regions an organization policy denied: recorded with the AWS error, not evaluated. */
  readonly regionsDeniedByPolicy: readonly RegionDenial[];
  readonly checksEvaluated: number;
  readonly findingsCount: number;
  readonly errorCount: number;
  readonly apiCalls: number;
  readonly throttles: number;
  readonly maxSameRequest: number;
  readonly durationMs: number | null;
  /** Check × region cells of the account and how many were judged; null until it succeeded. */
  readonly cells: { readonly judged: number; readonly total: number } | null;
  readonly attempts: number;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

export interface NewScanAccount {
  readonly accountId: string;
  readonly accountName: string;
  readonly ouPath: string;
  readonly ouIds: readonly string[];
  readonly roleArn: string;
  readonly status: 'pending' | 'skipped';
  readonly reasonCategory: AccountReasonCategory | null;
  readonly reasonDetail: string | null;
}

export interface AccountOutcome {
  readonly regionsScanned: readonly string[];
  readonly regionsNotEnabled: readonly string[];
  readonly regionsDeniedByPolicy: readonly RegionDenial[];
  readonly checksEvaluated: number;
  readonly findingsCount: number;
  readonly errorCount: number;
  readonly apiCalls: number;
  readonly throttles: number;
  readonly maxSameRequest: number;
  readonly durationMs: number;
  readonly cells: { readonly judged: number; readonly total: number };
}

interface ScanAccountRow {
  scan_id: string;
  account_id: string;
  account_name: string;
  ou_path: string;
  ou_ids: string[];
  role_arn: string;
  status: AccountScanStatus;
  reason_category: AccountReasonCategory | null;
  reason_detail: string | null;
  regions_scanned: string[];
  regions_not_enabled: string[];
  regions_denied_by_policy: RegionDenial[];
  checks_evaluated: number;
  findings_count: number;
  error_count: number;
  api_calls: number;
  throttles: number;
  max_same_request: number;
  duration_ms: number | null;
  cells_judged: number | null;
  cells_total: number | null;
  attempts: number;
  started_at: Date | null;
  finished_at: Date | null;
}

function toRecord(row: ScanAccountRow): ScanAccountRecord {
  return {
    scanId: row.scan_id,
    accountId: row.account_id,
    accountName: row.account_name,
    ouPath: row.ou_path,
    ouIds: row.ou_ids,
    roleArn: row.role_arn,
    status: row.status,
    reasonCategory: row.reason_category,
    reasonDetail: row.reason_detail,
    regionsScanned: row.regions_scanned,
    regionsNotEnabled: row.regions_not_enabled,
    regionsDeniedByPolicy: row.regions_denied_by_policy,
    checksEvaluated: row.checks_evaluated,
    findingsCount: row.findings_count,
    errorCount: row.error_count,
    apiCalls: row.api_calls,
    throttles: row.throttles,
    maxSameRequest: row.max_same_request,
    durationMs: row.duration_ms,
    cells:
      row.cells_total === null || row.cells_judged === null
        ? null
        : { judged: row.cells_judged, total: row.cells_total },
    attempts: row.attempts,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export class ScanAccountsRepository {
  constructor(private readonly db: Queryable) {}

  async insertMany(scanId: string, accounts: readonly NewScanAccount[], at: Date): Promise<void> {
    if (accounts.length === 0) return;
    await this.db.query(
      `INSERT INTO scan_accounts (scan_id, account_id, account_name, ou_path, ou_ids, role_arn, status,
                                  reason_category, reason_detail, finished_at)
       SELECT $1, a.account_id, a.account_name, a.ou_path, string_to_array(a.ou_ids, ','), a.role_arn, a.status,
              a.reason_category, a.reason_detail, CASE WHEN a.status = 'skipped' THEN $10::timestamptz END
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS a(account_id, account_name, ou_path, ou_ids, role_arn, status, reason_category, reason_detail)`,
      [
        scanId,
        accounts.map((account) => account.accountId),
        accounts.map((account) => account.accountName),
        accounts.map((account) => account.ouPath),
        accounts.map((account) => account.ouIds.join(',')),
        accounts.map((account) => account.roleArn),
        accounts.map((account) => account.status),
        accounts.map((account) => account.reasonCategory),
        accounts.map((account) => account.reasonDetail),
        at,
      ],
    );
  }

  async get(scanId: string, accountId: string): Promise<ScanAccountRecord | null> {
    const { rows } = await this.db.query<ScanAccountRow>(
      'SELECT * FROM scan_accounts WHERE scan_id = $1 AND account_id = $2',
      [scanId, accountId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async listForScan(scanId: string): Promise<ScanAccountRecord[]> {
    const { rows } = await this.db.query<ScanAccountRow>(
      'SELECT * FROM scan_accounts WHERE scan_id = $1 ORDER BY account_id',
      [scanId],
    );
    return rows.map(toRecord);
  }

  /** An attempt starts: running, attempt counted. A final account (cancelled, say) is left alone. */
  async markRunning(scanId: string, accountId: string, at: Date): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE scan_accounts SET status = 'running', attempts = attempts + 1, started_at = COALESCE(started_at, $3)
       WHERE scan_id = $1 AND account_id = $2 AND status IN ('pending', 'running', 'succeeded', 'failed')`,
      [scanId, accountId, at],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async markSucceeded(scanId: string, accountId: string, outcome: AccountOutcome, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE scan_accounts SET status = 'succeeded', reason_category = NULL, reason_detail = NULL,
         regions_scanned = $3, regions_not_enabled = $4, checks_evaluated = $5, findings_count = $6,
         error_count = $7, api_calls = $8, throttles = $9, finished_at = $10, max_same_request = $11,
         duration_ms = $12, regions_denied_by_policy = $13::jsonb, cells_judged = $14, cells_total = $15
       WHERE scan_id = $1 AND account_id = $2`,
      [
        scanId,
        accountId,
        outcome.regionsScanned,
        outcome.regionsNotEnabled,
        outcome.checksEvaluated,
        outcome.findingsCount,
        outcome.errorCount,
        outcome.apiCalls,
        outcome.throttles,
        at,
        outcome.maxSameRequest,
        outcome.durationMs,
        JSON.stringify(outcome.regionsDeniedByPolicy),
        outcome.cells.judged,
        outcome.cells.total,
      ],
    );
  }

  async markFailed(
    scanId: string,
    accountId: string,
    reason: { category: AccountReasonCategory; detail: string },
    calls: { apiCalls: number; throttles: number },
    at: Date,
  ): Promise<void> {
    await this.db.query(
      `UPDATE scan_accounts SET status = 'failed', reason_category = $3, reason_detail = $4, api_calls = $5,
         throttles = $6, findings_count = 0, error_count = 0, checks_evaluated = 0, finished_at = $7,
         cells_judged = NULL, cells_total = NULL
       WHERE scan_id = $1 AND account_id = $2 AND status <> 'cancelled'`,
      [scanId, accountId, reason.category, reason.detail.slice(0, 2000), calls.apiCalls, calls.throttles, at],
    );
  }

  /**
   * A cancel: accounts whose jobs it removed (pending, or running between two attempts), and accounts that
   * have not started (`pending`: their job is not enqueued yet, or not yet marked running by the worker that
   * took it), become cancelled with the reason. An account that started after the cancel read it stays as
   * it is: its worker is scanning it and keeps the result. Returns how many were cancelled.
   */
  async markCancelled(
    scanId: string,
    accounts: { readonly removed: readonly string[]; readonly notStarted: readonly string[] },
    at: Date,
  ): Promise<number> {
    if (accounts.removed.length === 0 && accounts.notStarted.length === 0) return 0;
    const result = await this.db.query(
      `UPDATE scan_accounts SET status = 'cancelled', reason_category = 'cancelled',
         reason_detail = 'the scan was cancelled before this account was scanned', finished_at = $4
       WHERE scan_id = $1
         AND ((account_id = ANY($2::text[]) AND status IN ('pending', 'running'))
           OR (account_id = ANY($3::text[]) AND status = 'pending'))`,
      [scanId, accounts.removed, accounts.notStarted, at],
    );
    return result.rowCount ?? 0;
  }

  /** Failed accounts go back to pending for a retry round; returns them. */
  async resetFailedForRetry(scanId: string): Promise<ScanAccountRecord[]> {
    const { rows } = await this.db.query<ScanAccountRow>(
      `UPDATE scan_accounts SET status = 'pending', reason_category = NULL, reason_detail = NULL, attempts = 0,
         started_at = NULL, finished_at = NULL, cells_judged = NULL, cells_total = NULL
       WHERE scan_id = $1 AND status = 'failed'
       RETURNING *`,
      [scanId],
    );
    return rows.map(toRecord);
  }

  /** At finalize: accounts whose job ended without recording a result are failed, never left pending. */
  async failUnfinished(
    scanId: string,
    reason: { category: AccountReasonCategory; detail: string },
    at: Date,
  ) {
    await this.db.query(
      `UPDATE scan_accounts SET status = 'failed', reason_category = $2, reason_detail = $3, finished_at = $4
       WHERE scan_id = $1 AND status IN ('pending', 'running')`,
      [scanId, reason.category, reason.detail, at],
    );
  }

  async countByStatus(scanId: string): Promise<Record<AccountScanStatus, number>> {
    const { rows } = await this.db.query<{ status: AccountScanStatus; count: string }>(
      'SELECT status, count(*) AS count FROM scan_accounts WHERE scan_id = $1 GROUP BY status',
      [scanId],
    );
    const counts: Record<AccountScanStatus, number> = {
      pending: 0,
      running: 0,
      succeeded: 0,
      failed: 0,
      skipped: 0,
      cancelled: 0,
    };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** The sums the scan's cell coverage is made of (@orgscan/checks scan-cells.ts): one pass over the scan's account rows. */
  async cellSums(scanId: string): Promise<ScanCellSums> {
    const { rows } = await this.db.query<{
      judged: string;
      total: string;
      not_scanned: string;
      unrecorded: string;
    }>(
      `SELECT COALESCE(sum(cells_judged) FILTER (WHERE status = 'succeeded'), 0) AS judged,
              COALESCE(sum(cells_total) FILTER (WHERE status = 'succeeded'), 0) AS total,
              count(*) FILTER (WHERE status IN ('failed', 'cancelled')) AS not_scanned,
              count(*) FILTER (WHERE status = 'succeeded' AND cells_total IS NULL) AS unrecorded
       FROM scan_accounts WHERE scan_id = $1`,
      [scanId],
    );
    const row = rows[0]!;
    return {
      judged: Number(row.judged),
      total: Number(row.total),
      notScanned: Number(row.not_scanned),
      unrecorded: Number(row.unrecorded),
    };
  }

  async regionsScanned(scanId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ region: string }>(
      `SELECT DISTINCT unnest(regions_scanned) AS region FROM scan_accounts WHERE scan_id = $1 ORDER BY region`,
      [scanId],
    );
    return rows.map((row) => row.region);
  }
}
