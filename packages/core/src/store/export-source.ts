import type { FindingStatus, Severity } from '@orgscan/checks';
import type { Pool } from './database.js';
import { type FindingColumns, type FindingFields, toFindingFields } from './finding-columns.js';
import { type PostureFilter, postureConditions, resolveOu } from './posture-filter.js';
import { POSTURE_FROM } from './posture-repository.js';
import { streamRowBatches } from './row-stream.js';

/** One finding as every export format sees it, for the current posture and for one scan alike. */
export interface ExportFinding extends FindingFields {
  readonly accountName: string | null;
  readonly muted: boolean;
  readonly muteId: string | null;
  /** Still failing (current posture); for a scan, whether it failed in that scan. */
  readonly open: boolean;
  /** false: the resource is gone. */
  readonly present: boolean;
  readonly firstSeen: Date | null;
  readonly lastSeen: Date | null;
  readonly statusChangedAt: Date | null;
  /** The scan that observed it (for the current posture: the last one). */
  readonly scanId: string;
  /** When it was observed: the scan's time. */
  readonly observedAt: Date;
}

interface ExportRow extends FindingColumns {
  account_name: string | null;
  muted: boolean;
  mute_id: string | null;
  open: boolean;
  present: boolean;
  first_seen: Date | null;
  last_seen: Date | null;
  status_changed_at: Date | null;
  scan_id: string;
  observed_at: Date;
}

function toExportFinding(row: ExportRow): ExportFinding {
  return {
    ...toFindingFields(row),
    accountName: row.account_name,
    muted: row.muted,
    muteId: row.mute_id,
    open: row.open,
    present: row.present,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    statusChangedAt: row.status_changed_at,
    scanId: row.scan_id,
    observedAt: row.observed_at,
  };
}

export interface ScanExportFilter {
  readonly status?: readonly FindingStatus[] | undefined;
  readonly severity?: readonly Severity[] | undefined;
  readonly accountId?: readonly string[] | undefined;
  readonly checkId?: readonly string[] | undefined;
  readonly region?: readonly string[] | undefined;
}

async function* mapped(batches: AsyncGenerator<ExportRow[]>): AsyncGenerator<ExportFinding[]> {
  for await (const batch of batches) yield batch.map(toExportFinding);
}

/**
 * Findings to export, streamed in batches through a server-side cursor (constant memory at any size), in
 * fingerprint order so the database streams from an index instead of sorting first.
 */
export class ExportSource {
  constructor(private readonly pool: Pick<Pool, 'connect' | 'query'>) {}

  async *currentPosture(filter: PostureFilter): AsyncGenerator<ExportFinding[]> {
    const params: unknown[] = [];
    const conditions = postureConditions(await resolveOu(this.pool, filter), params);
    yield* mapped(
      streamRowBatches<ExportRow>(
        this.pool,
        `SELECT s.fingerprint, s.organization_id, s.account_id, a.name AS account_name, s.region, s.check_id,
                s.resource_id, s.resource_type, s.status, s.severity, s.message, s.error_code, s.evidence,
                s.muted, s.mute_id, s.open, s.present, s.first_seen, g.last_seen, s.status_changed_at,
                g.last_scan_id AS scan_id, g.last_seen AS observed_at
         FROM ${POSTURE_FROM}
         LEFT JOIN accounts a ON a.organization_id = s.organization_id AND a.account_id = s.account_id
         WHERE ${conditions.join(' AND ')}
         ORDER BY s.organization_id, s.fingerprint`,
        params,
      ),
    );
  }

  scan(scanId: string, filter: ScanExportFilter): AsyncGenerator<ExportFinding[]> {
    const params: unknown[] = [scanId];
    const conditions = ['f.scan_id = $1'];
    const anyOf = (column: string, values: readonly string[] | undefined) => {
      if (!values || values.length === 0) return;
      params.push(values);
      conditions.push(`${column} = ANY ($${params.length}::text[])`);
    };
    anyOf('f.status', filter.status);
    anyOf('f.severity', filter.severity);
    anyOf('f.account_id', filter.accountId);
    anyOf('f.check_id', filter.checkId);
    anyOf('f.region', filter.region);
    return mapped(
      streamRowBatches<ExportRow>(
        this.pool,
        `SELECT f.fingerprint, f.organization_id, f.account_id, sa.account_name, f.region, f.check_id,
                f.resource_id, f.resource_type, f.status, f.severity, f.message, f.error_code, f.evidence,
                f.mute_id IS NOT NULL AS muted, f.mute_id, f.status = 'FAIL' AS open, true AS present,
                st.first_seen, sg.last_seen, st.status_changed_at, f.scan_id, sc.created_at AS observed_at
         FROM findings f
         JOIN scans sc ON sc.id = f.scan_id
         LEFT JOIN scan_accounts sa ON sa.scan_id = f.scan_id AND sa.account_id = f.account_id
         LEFT JOIN finding_state st ON st.organization_id = f.organization_id AND st.fingerprint = f.fingerprint
         LEFT JOIN finding_sightings sg ON sg.organization_id = f.organization_id AND sg.fingerprint = f.fingerprint
         WHERE ${conditions.join(' AND ')}
         ORDER BY f.scan_id, f.fingerprint`,
        params,
      ),
    );
  }
}
