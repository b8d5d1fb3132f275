import type { Queryable } from './database.js';
import { severityRankSql } from './finding-lifecycle.js';

/** Findings by status; `fail` counts only failures no mute covers, `muted` the covered ones. */
export interface StatusTally {
  readonly pass: number;
  readonly fail: number;
  readonly muted: number;
  readonly error: number;
  readonly skipped: number;
  readonly manual: number;
}

export interface AccountCheckTally extends StatusTally {
  readonly accountId: string;
  readonly checkId: string;
  /** 0 = critical … 4 = informational. */
  readonly severityRank: number;
}

export interface RegionTally extends StatusTally {
  readonly region: string;
}

export interface AccountTally extends StatusTally {
  readonly accountId: string;
  /** FAIL findings not muted, by severity rank (critical first). */
  readonly failedBySeverity: readonly number[];
}

export interface CheckTally extends StatusTally {
  readonly checkId: string;
  readonly severityRank: number;
}

/** Tallies per account and per check: everything a summary is built from, besides regions. */
export interface SummaryTallies {
  readonly byAccount: readonly AccountTally[];
  readonly byCheck: readonly CheckTally[];
}

/** An account as the posture knows it: its OU chain (root → parent) with names. */
export interface PostureAccount {
  readonly accountId: string;
  readonly name: string;
  readonly ouIds: readonly string[];
  readonly ouPath: string;
  readonly email: string | null;
  /** Current posture: the Organizations state; per scan: the account's scan status. */
  readonly state: string;
}

interface TallyRow {
  pass: number;
  fail: number;
  muted: number;
  error: number;
  skipped: number;
  manual: number;
}

function tally(row: TallyRow): StatusTally {
  return {
    pass: Number(row.pass),
    fail: Number(row.fail),
    muted: Number(row.muted),
    error: Number(row.error),
    skipped: Number(row.skipped),
    manual: Number(row.manual),
  };
}

const COUNTS_FROM_FINDINGS = `count(*) FILTER (WHERE status = 'PASS') AS pass,
  count(*) FILTER (WHERE status = 'FAIL' AND mute_id IS NULL) AS fail,
  count(*) FILTER (WHERE status = 'FAIL' AND mute_id IS NOT NULL) AS muted,
  count(*) FILTER (WHERE status = 'ERROR') AS error,
  count(*) FILTER (WHERE status = 'SKIPPED') AS skipped,
  count(*) FILTER (WHERE status = 'MANUAL') AS manual`;

/**
 * The tallies summaries, accounts and compliance are built from: for the current posture the rollups kept
 * at finalize (a few thousand rows however many findings), for one scan an aggregate of its findings.
 */
export class RollupRepository {
  constructor(private readonly db: Queryable) {}

  async currentAccountChecks(organizationId: string, accountIds?: readonly string[]) {
    const { rows } = await this.db.query<
      TallyRow & { account_id: string; check_id: string; severity_rank: number }
    >(
      `SELECT account_id, check_id, severity_rank, pass, fail, muted, error, skipped, manual
       FROM posture_account_checks
       WHERE organization_id = $1 AND ($2::text[] IS NULL OR account_id = ANY ($2::text[]))`,
      [organizationId, accountIds ?? null],
    );
    return rows.map(
      (row): AccountCheckTally => ({
        accountId: row.account_id,
        checkId: row.check_id,
        severityRank: row.severity_rank,
        ...tally(row),
      }),
    );
  }

  /** Per account and per check, from the small rollups kept at finalize. */
  async currentSummaryTallies(
    organizationId: string,
    accountIds?: readonly string[],
  ): Promise<SummaryTallies> {
    const [accounts, checksRows] = await Promise.all([
      this.db.query<TallyRow & { account_id: string; failed_by_severity: number[] }>(
        `SELECT * FROM posture_accounts
         WHERE organization_id = $1 AND ($2::text[] IS NULL OR account_id = ANY ($2::text[]))`,
        [organizationId, accountIds ?? null],
      ),
      accountIds
        ? { rows: [] }
        : this.db.query<TallyRow & { check_id: string; severity_rank: number }>(
            'SELECT * FROM posture_checks WHERE organization_id = $1',
            [organizationId],
          ),
    ]);
    return {
      byAccount: accounts.rows.map((row) => ({
        accountId: row.account_id,
        failedBySeverity: row.failed_by_severity,
        ...tally(row),
      })),
      byCheck: (checksRows.rows as Array<TallyRow & { check_id: string; severity_rank: number }>).map(
        (row) => ({
          checkId: row.check_id,
          severityRank: Number(row.severity_rank),
          ...tally(row),
        }),
      ),
    };
  }

  /** Per account and per check for one scan, aggregated from its findings in one pass. */
  async scanSummaryTallies(scanId: string): Promise<SummaryTallies> {
    const { rows } = await this.db.query<
      TallyRow & {
        account_id: string | null;
        check_id: string | null;
        severity_rank: number;
        failed: number[];
      }
    >(
      `SELECT account_id, check_id, min(${severityRankSql('severity')}) AS severity_rank, ${COUNTS_FROM_FINDINGS},
              ARRAY[${[0, 1, 2, 3, 4]
                .map(
                  (rank) =>
                    `count(*) FILTER (WHERE status = 'FAIL' AND mute_id IS NULL AND ${severityRankSql('severity')} = ${rank})::int`,
                )
                .join(', ')}] AS failed
       FROM findings WHERE scan_id = $1
       GROUP BY GROUPING SETS ((account_id), (check_id))`,
      [scanId],
    );
    return {
      byAccount: rows
        .filter((row) => row.account_id !== null)
        .map((row) => ({ accountId: row.account_id!, failedBySeverity: row.failed, ...tally(row) })),
      byCheck: rows
        .filter((row) => row.check_id !== null)
        .map((row) => ({ checkId: row.check_id!, severityRank: Number(row.severity_rank), ...tally(row) })),
    };
  }

  /** How many accounts each check fails in (not muted), and errs in: "fails in 37 accounts". */
  async currentCheckAccountCounts(
    organizationId: string,
  ): Promise<Map<string, { readonly failing: number; readonly erring: number }>> {
    const { rows } = await this.db.query<{ check_id: string; failing: number; erring: number }>(
      `SELECT check_id, count(*) FILTER (WHERE fail > 0)::int AS failing,
              count(*) FILTER (WHERE error > 0)::int AS erring
       FROM posture_account_checks WHERE organization_id = $1 GROUP BY check_id`,
      [organizationId],
    );
    return new Map(rows.map((row) => [row.check_id, { failing: row.failing, erring: row.erring }]));
  }

  /** Tallies of each account per section of a framework, kept at finalize (the heatmap's cells). */
  async currentAccountSections(
    organizationId: string,
    frameworkId: string,
  ): Promise<Array<StatusTally & { readonly accountId: string; readonly group: string }>> {
    const { rows } = await this.db.query<TallyRow & { account_id: string; section: string }>(
      `SELECT account_id, section, pass, fail, muted, error, skipped, manual
       FROM posture_account_sections WHERE organization_id = $1 AND framework_id = $2`,
      [organizationId, frameworkId],
    );
    return rows.map((row) => ({ accountId: row.account_id, group: row.section, ...tally(row) }));
  }

  /** Tallies of each account for these checks, one per account and check (a drilled-down heatmap). */
  async currentAccountChecksOf(
    organizationId: string,
    checkIds: readonly string[],
  ): Promise<Array<StatusTally & { readonly accountId: string; readonly group: string }>> {
    const { rows } = await this.db.query<TallyRow & { account_id: string; check_id: string }>(
      `SELECT account_id, check_id, pass, fail, muted, error, skipped, manual
       FROM posture_account_checks WHERE organization_id = $1 AND check_id = ANY ($2::text[])`,
      [organizationId, checkIds],
    );
    return rows.map((row) => ({ accountId: row.account_id, group: row.check_id, ...tally(row) }));
  }

  /** Requirement statuses of each account for a framework, kept at finalize (requirements with checks). */
  async currentCompliance(
    organizationId: string,
    frameworkId: string,
  ): Promise<Map<string, Readonly<Record<string, string>>>> {
    const { rows } = await this.db.query<{ account_id: string; statuses: Record<string, string> }>(
      'SELECT account_id, statuses FROM posture_compliance WHERE organization_id = $1 AND framework_id = $2',
      [organizationId, frameworkId],
    );
    return new Map(rows.map((row) => [row.account_id, row.statuses]));
  }

  async currentRegions(organizationId: string): Promise<RegionTally[]> {
    const { rows } = await this.db.query<TallyRow & { region: string }>(
      'SELECT * FROM posture_regions WHERE organization_id = $1 ORDER BY region',
      [organizationId],
    );
    return rows.map((row) => ({ region: row.region, ...tally(row) }));
  }

  async scanAccountChecks(scanId: string): Promise<AccountCheckTally[]> {
    const { rows } = await this.db.query<
      TallyRow & { account_id: string; check_id: string; severity_rank: number }
    >(
      `SELECT account_id, check_id, min(${severityRankSql('severity')}) AS severity_rank, ${COUNTS_FROM_FINDINGS}
       FROM findings WHERE scan_id = $1 GROUP BY account_id, check_id`,
      [scanId],
    );
    return rows.map((row) => ({
      accountId: row.account_id,
      checkId: row.check_id,
      severityRank: Number(row.severity_rank),
      ...tally(row),
    }));
  }

  async scanRegions(scanId: string): Promise<RegionTally[]> {
    const { rows } = await this.db.query<TallyRow & { region: string }>(
      `SELECT region, ${COUNTS_FROM_FINDINGS} FROM findings WHERE scan_id = $1 GROUP BY region ORDER BY region`,
      [scanId],
    );
    return rows.map((row) => ({ region: row.region, ...tally(row) }));
  }

  /** The latest scan of the organization folded into its posture. */
  async lastAppliedScanId(organizationId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM scans WHERE organization_id = $1 AND posture_applied_at IS NOT NULL AND changes IS NOT NULL
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [organizationId],
    );
    return rows[0]?.id ?? null;
  }

  /** The latest scan that included each account (for the accounts listing). */
  async lastScanPerAccount(organizationId: string, accountIds: readonly string[]) {
    const { rows } = await this.db.query<{
      account_id: string;
      scan_id: string;
      created_at: Date;
      status: string;
      reason_category: string | null;
      reason_detail: string | null;
      finished_at: Date | null;
      cells_judged: number | null;
      cells_total: number | null;
      not_scanned_cells: number | null;
    }>(
      `SELECT a.account_id, l.*
       FROM unnest($2::text[]) AS a(account_id)
       CROSS JOIN LATERAL (
         SELECT sa.scan_id, s.created_at, sa.status, sa.reason_category, sa.reason_detail, sa.finished_at,
                sa.cells_judged, sa.cells_total,
                (s.coverage -> 'cells' ->> 'notScannedPerAccount')::int AS not_scanned_cells
         FROM scan_accounts sa JOIN scans s ON s.id = sa.scan_id
         WHERE sa.account_id = a.account_id AND s.organization_id = $1
         ORDER BY s.created_at DESC, s.id DESC LIMIT 1
       ) l`,
      [organizationId, accountIds],
    );
    return new Map(
      rows.map((row) => [
        row.account_id,
        {
          scanId: row.scan_id,
          scanCreatedAt: row.created_at,
          status: row.status,
          reason:
            row.reason_category === null
              ? null
              : { category: row.reason_category, detail: row.reason_detail ?? '' },
          finishedAt: row.finished_at,
          cells:
            row.cells_judged === null || row.cells_total === null
              ? null
              : { judged: row.cells_judged, total: row.cells_total },
          /** Cells the scan counted for each failed or cancelled account (null until it is final). */
          notScannedCells: row.not_scanned_cells,
        },
      ]),
    );
  }

  /** Accounts a scan could not enter or finish, with the reason. */
  async failedAccountsOfScan(
    scanId: string,
  ): Promise<
    Array<{ readonly accountId: string; readonly reason: { category: string; detail: string } | null }>
  > {
    const { rows } = await this.db.query<{
      account_id: string;
      reason_category: string | null;
      reason_detail: string | null;
    }>(
      `SELECT account_id, reason_category, reason_detail FROM scan_accounts
       WHERE scan_id = $1 AND status = 'failed' ORDER BY account_id`,
      [scanId],
    );
    return rows.map((row) => ({
      accountId: row.account_id,
      reason:
        row.reason_category === null
          ? null
          : { category: row.reason_category, detail: row.reason_detail ?? '' },
    }));
  }

  /** Accounts of the organization as last enumerated. */
  async organizationAccounts(organizationId: string): Promise<PostureAccount[]> {
    const { rows } = await this.db.query<{
      account_id: string;
      name: string;
      ou_ids: string[];
      ou_path: string;
      email: string | null;
      state: string;
    }>(
      'SELECT account_id, name, ou_ids, ou_path, email, state FROM accounts WHERE organization_id = $1 ORDER BY account_id',
      [organizationId],
    );
    return rows.map((row) => ({
      accountId: row.account_id,
      name: row.name,
      ouIds: row.ou_ids,
      ouPath: row.ou_path,
      email: row.email,
      state: row.state,
    }));
  }

  /** Accounts of a scan, with where they sat in the organization at the time and how their scan ended. */
  async scanAccounts(scanId: string): Promise<PostureAccount[]> {
    const { rows } = await this.db.query<{
      account_id: string;
      account_name: string;
      ou_ids: string[];
      ou_path: string;
      status: string;
    }>(
      'SELECT account_id, account_name, ou_ids, ou_path, status FROM scan_accounts WHERE scan_id = $1 ORDER BY account_id',
      [scanId],
    );
    return rows.map((row) => ({
      accountId: row.account_id,
      name: row.account_name,
      ouIds: row.ou_ids,
      ouPath: row.ou_path,
      email: null,
      state: row.status,
    }));
  }
}
