import type { Queryable } from './database.js';

/**
 * Rebuilds the organization's rollups of the current posture (account × check and region counts) from
 * finding_state, set-based. Summaries, the accounts listing and compliance read these few thousand rows
 * instead of millions of findings. Run inside the transaction that changed finding_state (finalize, mutes).
 * Only present findings count: a resource that is gone is no longer part of the posture.
 */
export async function rebuildPostureRollups(db: Queryable, organizationId: string): Promise<void> {
  const counts = `count(*) FILTER (WHERE status = 'PASS') AS pass,
    count(*) FILTER (WHERE status = 'FAIL' AND NOT muted) AS fail,
    count(*) FILTER (WHERE status = 'FAIL' AND muted) AS muted,
    count(*) FILTER (WHERE status = 'ERROR') AS error,
    count(*) FILTER (WHERE status = 'SKIPPED') AS skipped,
    count(*) FILTER (WHERE status = 'MANUAL') AS manual`;
  await db.query('DELETE FROM posture_account_checks WHERE organization_id = $1', [organizationId]);
  await db.query(
    `INSERT INTO posture_account_checks (organization_id, account_id, check_id, severity_rank, pass, fail, muted,
                                         error, skipped, manual)
     SELECT $1, account_id, check_id, min(severity_rank), ${counts}
     FROM finding_state WHERE organization_id = $1 AND present
     GROUP BY account_id, check_id`,
    [organizationId],
  );
  await db.query('DELETE FROM posture_regions WHERE organization_id = $1', [organizationId]);
  await db.query(
    `INSERT INTO posture_regions (organization_id, region, pass, fail, muted, error, skipped, manual)
     SELECT $1, region, ${counts}
     FROM finding_state WHERE organization_id = $1 AND present
     GROUP BY region`,
    [organizationId],
  );
}
