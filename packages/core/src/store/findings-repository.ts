import {
  FINDING_STATUSES,
  type Finding,
  type FindingStatus,
  REGION_DENIED_BY_POLICY_CHECK_ID,
  SEVERITIES,
  type Severity,
} from '@orgscan/checks';
import { findingFingerprint } from '../findings/fingerprint.js';
import type { ScanTotals } from '../scans/scan-summary.js';
import { decodeCursor, encodeCursor, type Page } from './cursor.js';
import type { Queryable } from './database.js';
import { type FindingColumns, type FindingFields, toFindingFields } from './finding-columns.js';

export interface StoredFinding extends FindingFields {
  readonly scanId: string;
}

export interface ScanFindingsQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly status?: readonly FindingStatus[] | undefined;
  readonly severity?: readonly Severity[] | undefined;
  readonly accountId?: readonly string[] | undefined;
  readonly checkId?: readonly string[] | undefined;
  readonly region?: readonly string[] | undefined;
}

interface FindingRow extends FindingColumns {
  scan_id: string;
}

function toStored(row: FindingRow): StoredFinding {
  return { scanId: row.scan_id, ...toFindingFields(row) };
}

/** Rows per INSERT statement: large enough to be fast, small enough to keep parameter arrays modest. */
const INSERT_BATCH = 5_000;

export class FindingsRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Makes the stored findings of (scan, account) exactly `findings`: whatever an earlier attempt wrote is
   * replaced, so running the same account job twice leaves the same rows. Call inside a transaction with
   * the account's status update so a reader never sees a half-written account.
   */
  async replaceForAccount(
    scanId: string,
    organizationId: string,
    accountId: string,
    findings: readonly Finding[],
  ): Promise<void> {
    await this.db.query('DELETE FROM findings WHERE scan_id = $1 AND account_id = $2', [scanId, accountId]);
    for (let start = 0; start < findings.length; start += INSERT_BATCH) {
      await this.insertBatch(scanId, organizationId, findings.slice(start, start + INSERT_BATCH));
    }
  }

  private async insertBatch(
    scanId: string,
    organizationId: string,
    batch: readonly Finding[],
  ): Promise<void> {
    const column = <T>(pick: (finding: Finding) => T) => batch.map(pick);
    await this.db.query(
      `INSERT INTO findings (scan_id, fingerprint, organization_id, account_id, region, check_id, resource_id,
                             resource_type, status, severity, message, error_code, evidence)
       SELECT $1, f.fingerprint, $2, f.account_id, f.region, f.check_id, f.resource_id, f.resource_type, f.status,
              f.severity, f.message, f.error_code, f.evidence::jsonb
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::text[], $12::text[], $13::text[])
         AS f(fingerprint, account_id, region, check_id, resource_id, resource_type, status, severity, message,
              error_code, evidence)
       ON CONFLICT (scan_id, fingerprint) DO UPDATE SET status = EXCLUDED.status, severity = EXCLUDED.severity,
         message = EXCLUDED.message, error_code = EXCLUDED.error_code, evidence = EXCLUDED.evidence`,
      [
        scanId,
        organizationId,
        column((finding) =>
          findingFingerprint({
            organizationId,
            accountId: finding.accountId,
            region: finding.region,
            checkId: finding.checkId,
            resourceId: finding.resourceId,
          }),
        ),
        column((finding) => finding.accountId),
        column((finding) => finding.region),
        column((finding) => finding.checkId),
        column((finding) => finding.resourceId),
        column((finding) => finding.resourceType),
        column((finding) => finding.status),
        column((finding) => finding.severity),
        column((finding) => finding.message),
        column((finding) => finding.errorCode),
        column((finding) => (finding.evidence ? JSON.stringify(finding.evidence) : null)),
      ],
    );
  }

  /** A scan's findings in a stable order (account, check, region, resource) with keyset pagination. */
  async listForScan(scanId: string, query: ScanFindingsQuery): Promise<Page<StoredFinding>> {
    const params: unknown[] = [scanId];
    const conditions = ['scan_id = $1'];
    const anyOf = (columnName: string, values: readonly string[] | undefined) => {
      if (!values || values.length === 0) return;
      params.push(values);
      conditions.push(`${columnName} = ANY($${params.length}::text[])`);
    };
    anyOf('status', query.status);
    anyOf('severity', query.severity);
    anyOf('account_id', query.accountId);
    anyOf('check_id', query.checkId);
    anyOf('region', query.region);
    if (query.cursor) {
      const key = decodeCursor(query.cursor, ['text', 'text', 'text', 'text']);
      params.push(...key);
      const n = params.length;
      conditions.push(
        `(account_id, check_id, region, resource_id) > ($${n - 3}, $${n - 2}, $${n - 1}, $${n})`,
      );
    }
    params.push(query.limit + 1);
    const { rows } = await this.db.query<FindingRow>(
      `SELECT * FROM findings WHERE ${conditions.join(' AND ')}
       ORDER BY account_id, check_id, region, resource_id LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, query.limit).map(toStored);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([last.accountId, last.checkId, last.region, last.resourceId])
          : null,
    };
  }

  async totals(scanId: string): Promise<ScanTotals> {
    const { rows } = await this.db.query<{ status: FindingStatus; severity: Severity; count: string }>(
      'SELECT status, severity, count(*) AS count FROM findings WHERE scan_id = $1 GROUP BY status, severity',
      [scanId],
    );
    const byStatus = Object.fromEntries(FINDING_STATUSES.map((status) => [status, 0])) as Record<
      FindingStatus,
      number
    >;
    const failedBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
      Severity,
      number
    >;
    let findings = 0;
    for (const row of rows) {
      const count = Number(row.count);
      findings += count;
      byStatus[row.status] += count;
      if (row.status === 'FAIL') failedBySeverity[row.severity] += count;
    }
    return { findings, byStatus, failedBySeverity };
  }

  /**
   * Checks evaluated somewhere (a non-ERROR finding) and checks with an ERROR somewhere. The finding of a
   * region denied by policy is no check's.
   */
  async checkCoverage(scanId: string): Promise<{ evaluated: number; withErrors: number }> {
    const { rows } = await this.db.query<{ evaluated: string; with_errors: string }>(
      `SELECT count(DISTINCT check_id) FILTER (WHERE status <> 'ERROR') AS evaluated,
              count(DISTINCT check_id) FILTER (WHERE status = 'ERROR') AS with_errors
       FROM findings WHERE scan_id = $1 AND check_id <> $2`,
      [scanId, REGION_DENIED_BY_POLICY_CHECK_ID],
    );
    return { evaluated: Number(rows[0]?.evaluated ?? 0), withErrors: Number(rows[0]?.with_errors ?? 0) };
  }
}
