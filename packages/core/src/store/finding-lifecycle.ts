import { REGION_DENIED_BY_POLICY_CHECK_ID, SEVERITIES } from '@orgscan/checks';
import { FINAL_SCAN_STATUSES, type ScanStatus } from '../scans/scan-status.js';
import type { Queryable } from './database.js';
import { applyMutes } from './mute-application.js';
import { rebuildPostureRollups } from './posture-rollups.js';
import { recordPostureSnapshot } from './posture-snapshots.js';

/** How a scan changed each finding of the organization's posture. */
export const FINDING_CHANGES = ['new', 'resolved', 'regressed', 'reopened'] as const;
export type FindingChange = (typeof FINDING_CHANGES)[number];

export interface ScanChanges {
  readonly new: number;
  readonly resolved: number;
  readonly regressed: number;
  readonly reopened: number;
  /** Findings of the scan whose lifecycle did not change (still failing, still passing, ERROR…). */
  readonly unchanged: number;
}

export type PostureOutcome =
  | {
      readonly applied: true;
      readonly changes: ScanChanges;
      /** Duration of each step, for the finalize log line (what to look at when finalize slows down). */
      readonly stepsMs: Readonly<Record<string, number>>;
    }
  | { readonly applied: false; readonly reason: 'already-applied' | 'superseded' | 'not-final' | 'missing' };

/** SQL for severity → rank (0 = critical): the sort key of the posture listing. */
export function severityRankSql(column: string): string {
  return `array_position(ARRAY['${SEVERITIES.join("','")}']::text[], ${column}) - 1`;
}

/**
 * Folds one finalized scan into the organization's current posture (finding_state) and records the scan's
 * lifecycle classification (finding_changes), set-based: a handful of statements over all findings of the
 * scan, never one round trip per finding. Run inside one transaction (`FindingLifecycle` over a client):
 * either everything is applied or nothing is.
 *
 * Rules:
 * - decisive observations are FAIL, PASS, and "resource gone"; ERROR, SKIPPED and MANUAL leave a finding's
 *   open/resolved state as it was (never silently resolved by data that could not be read).
 * - new: FAIL for a fingerprint that never failed; regressed: FAIL after having been resolved;
 *   resolved: PASS (or gone) after FAIL; reopened: still failing and its mute lapsed; else unchanged.
 * - gone: a present finding absent from the scan is resolved only when the scan evaluated its account
 *   (succeeded), region (scanned, or global), and check (selected) without an ERROR there.
 * - idempotent and ordered: applied once per scan (scans.posture_applied_at); a scan older than one already
 *   applied for the organization is not applied (it would roll the posture back).
 */
export class FindingLifecycle {
  constructor(private readonly db: Queryable) {}

  async applyScan(scanId: string, now: Date): Promise<PostureOutcome> {
    const { rows } = await this.db.query<{
      organization_id: string;
      status: string;
      created_at: Date;
      check_ids: string[];
      posture_applied_at: Date | null;
    }>('SELECT organization_id, status, created_at, check_ids, posture_applied_at FROM scans WHERE id = $1', [
      scanId,
    ]);
    const scan = rows[0];
    if (!scan) return { applied: false, reason: 'missing' };
    if (!FINAL_SCAN_STATUSES.has(scan.status as ScanStatus)) {
      return { applied: false, reason: 'not-final' };
    }
    const organizationId = scan.organization_id;
    // One posture writer per organization at a time: finalizes of concurrent scans queue here.
    await this.db.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [organizationId]);
    const { rows: guard } = await this.db.query<{ applied: Date | null; newer: boolean }>(
      `SELECT posture_applied_at AS applied,
              EXISTS (SELECT 1 FROM scans n WHERE n.organization_id = s.organization_id AND n.id <> s.id
                        AND n.posture_applied_at IS NOT NULL AND (n.created_at, n.id) > (s.created_at, s.id)) AS newer
       FROM scans s WHERE s.id = $1`,
      [scanId],
    );
    if (guard[0]?.applied) return { applied: false, reason: 'already-applied' };
    if (guard[0]?.newer) {
      await this.db.query('UPDATE scans SET posture_applied_at = $2, changes = NULL WHERE id = $1', [
        scanId,
        now,
      ]);
      return { applied: false, reason: 'superseded' };
    }
    const seenAt = scan.created_at;
    const params = [scanId, organizationId, seenAt];
    const stepsMs: Record<string, number> = {};
    let stepStarted = performance.now();
    const stepDone = (name: string) => {
      const now = performance.now();
      stepsMs[name] = Math.round(now - stepStarted);
      stepStarted = now;
    };

    // 1. Classify the scan's findings against the posture before it.
    await this.db.query(
      `INSERT INTO finding_changes (scan_id, fingerprint, organization_id, change, previous_status, status,
                                    account_id, region, check_id, resource_id, resource_type, severity, muted)
       SELECT c.* FROM (
         SELECT $1::uuid, f.fingerprint, $2::text,
                CASE
                  WHEN f.status = 'FAIL' AND s.open THEN NULL
                  WHEN f.status = 'FAIL' AND s.first_failed_at IS NULL THEN 'new'
                  WHEN f.status = 'FAIL' THEN 'regressed'
                  WHEN f.status = 'PASS' AND s.open THEN 'resolved'
                END AS change,
                s.status, f.status, f.account_id, f.region, f.check_id, f.resource_id, f.resource_type,
                f.severity, COALESCE(s.muted, false)
         FROM findings f
         LEFT JOIN finding_state s ON s.organization_id = $2 AND s.fingerprint = f.fingerprint
         WHERE f.scan_id = $1
       ) c WHERE c.change IS NOT NULL`,
      [scanId, organizationId],
    );
    stepDone('classify');

    // 2. Fold the observations into the posture. Every observed finding gets a new sighting (narrow rows);
    //    a posture row is rewritten only when what was observed changed; first sightings are inserted.
    await this.db.query(
      `UPDATE finding_sightings g SET last_seen = $3, last_scan_id = $1
       FROM findings f
       WHERE f.scan_id = $1 AND g.organization_id = $2 AND g.fingerprint = f.fingerprint`,
      params,
    );
    stepDone('sightings');
    await this.db.query(
      `UPDATE finding_state s SET
         resource_type = f.resource_type,
         status = f.status,
         severity = f.severity,
         severity_rank = ${severityRankSql('f.severity')},
         message = f.message,
         error_code = f.error_code,
         evidence = f.evidence,
         open = CASE f.status WHEN 'FAIL' THEN true WHEN 'PASS' THEN false ELSE s.open END,
         present = true,
         status_changed_at = CASE WHEN s.status <> f.status OR NOT s.present THEN $3 ELSE s.status_changed_at END,
         first_failed_at = CASE WHEN s.first_failed_at IS NULL AND f.status = 'FAIL' THEN $3
                                ELSE s.first_failed_at END,
         resolved_at = CASE WHEN f.status = 'FAIL' THEN NULL
                            WHEN f.status = 'PASS' AND s.open THEN $3
                            ELSE s.resolved_at END
       FROM findings f
       WHERE f.scan_id = $1 AND s.organization_id = $2 AND s.fingerprint = f.fingerprint
         AND (NOT s.present OR s.status <> f.status OR s.severity <> f.severity OR s.message <> f.message
              OR s.error_code IS DISTINCT FROM f.error_code OR s.evidence IS DISTINCT FROM f.evidence
              OR s.resource_type <> f.resource_type)`,
      params,
    );
    stepDone('fold-changed');
    const firstSightings = await this.db.query(
      `WITH first_sightings AS (
         INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
                                    resource_type, status, severity, severity_rank, message, error_code, evidence,
                                    open, present, first_seen, status_changed_at, first_failed_at, first_scan_id)
         SELECT $2, f.fingerprint, f.account_id, f.region, f.check_id, f.resource_id, f.resource_type, f.status,
                f.severity, ${severityRankSql('f.severity')}, f.message, f.error_code, f.evidence,
                f.status = 'FAIL', true, $3, $3, CASE WHEN f.status = 'FAIL' THEN $3::timestamptz END, $1
         FROM findings f
         WHERE f.scan_id = $1
           AND NOT EXISTS (SELECT 1 FROM finding_state s WHERE s.organization_id = $2 AND s.fingerprint = f.fingerprint)
         RETURNING fingerprint
       )
       INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
       SELECT $2, fingerprint, $3, $1 FROM first_sightings`,
      params,
    );
    // Many first sightings (an organization's first scans): refresh the planner's statistics now, or the
    // next statements plan for the near-empty tables they were before this transaction.
    if ((firstSightings.rowCount ?? 0) > 10_000) {
      await this.db.query('ANALYZE finding_state, finding_sightings');
    }
    stepDone('fold-new');

    // 3. Findings whose resource is gone from a scope the scan evaluated cleanly: resolved if they were open.
    await this.db.query(
      `WITH gone AS (
         SELECT s.fingerprint, s.open AS was_open
         FROM finding_sightings g
         JOIN finding_state s ON s.organization_id = g.organization_id AND s.fingerprint = g.fingerprint
         WHERE g.organization_id = $2 AND g.last_scan_id <> $1 AND s.present AND s.check_id = ANY ($4::text[])
           AND EXISTS (SELECT 1 FROM scan_accounts sa
                       WHERE sa.scan_id = $1 AND sa.account_id = s.account_id AND sa.status = 'succeeded'
                         AND (s.region = 'global' OR s.region = ANY (sa.regions_scanned)))
           AND NOT EXISTS (SELECT 1 FROM findings e
                           WHERE e.scan_id = $1 AND e.account_id = s.account_id AND e.check_id = s.check_id
                             AND e.region = s.region AND e.status = 'ERROR')
       ),
       archived AS (
         UPDATE finding_state s SET present = false, open = false, status_changed_at = $3,
                resolved_at = CASE WHEN g.was_open THEN $3::timestamptz ELSE s.resolved_at END
         FROM gone g WHERE s.organization_id = $2 AND s.fingerprint = g.fingerprint
         RETURNING s.*, g.was_open
       )
       INSERT INTO finding_changes (scan_id, fingerprint, organization_id, change, previous_status, status,
                                    account_id, region, check_id, resource_id, resource_type, severity, muted)
       SELECT $1, a.fingerprint, $2, 'resolved', a.status, NULL, a.account_id, a.region, a.check_id,
              a.resource_id, a.resource_type, a.severity, a.muted
       FROM archived a WHERE a.was_open`,
      // Every scan looks for regions denied by policy, whatever checks it selected: once such a region
      // answers again (scanned, no denial), its finding is gone like any other resource.
      [...params, [...scan.check_ids, REGION_DENIED_BY_POLICY_CHECK_ID]],
    );

    stepDone('gone');

    // 4. Mutes whose expiry has passed lapse now; findings they covered that still fail are reopened.
    await this.db.query(
      `UPDATE mutes SET lapsed_at = $2, updated_at = $2
       WHERE organization_id = $1 AND lapsed_at IS NULL AND expires_at <= $2`,
      [organizationId, now],
    );
    await applyMutes(this.db, organizationId, scanId);
    await this.db.query(
      `UPDATE finding_changes c SET muted = s.muted
       FROM finding_state s
       WHERE c.scan_id = $1 AND s.organization_id = $2 AND s.fingerprint = c.fingerprint
         AND c.muted IS DISTINCT FROM s.muted`,
      [scanId, organizationId],
    );
    // Per-scan views (summary, compliance) judge each finding by the mute that covered it at finalize.
    await this.db.query(
      `UPDATE findings f SET mute_id = s.mute_id
       FROM finding_state s
       WHERE s.organization_id = $2 AND s.muted AND f.scan_id = $1 AND f.fingerprint = s.fingerprint`,
      [scanId, organizationId],
    );

    stepDone('mutes');

    // 5. Rollups for summaries and compliance, and the scan's own counts.
    await rebuildPostureRollups(this.db, organizationId);
    await recordPostureSnapshot(this.db, organizationId, scanId, now);
    stepDone('rollups');
    const changes = await this.countChanges(scanId);
    await this.db.query('UPDATE scans SET posture_applied_at = $2, changes = $3 WHERE id = $1', [
      scanId,
      now,
      JSON.stringify(changes),
    ]);
    stepDone('counts');
    return { applied: true, changes, stepsMs };
  }

  private async countChanges(scanId: string): Promise<ScanChanges> {
    const { rows } = await this.db.query<{ change: FindingChange; count: string; present: string }>(
      `SELECT change, count(*) AS count, count(status) AS present FROM finding_changes WHERE scan_id = $1
       GROUP BY change`,
      [scanId],
    );
    const { rows: total } = await this.db.query<{ count: string }>(
      'SELECT count(*) AS count FROM findings WHERE scan_id = $1',
      [scanId],
    );
    const counts = { new: 0, resolved: 0, regressed: 0, reopened: 0 };
    let changedPresent = 0;
    for (const row of rows) {
      counts[row.change] = Number(row.count);
      changedPresent += Number(row.present);
    }
    return { ...counts, unchanged: Number(total[0]?.count ?? 0) - changedPresent };
  }
}
