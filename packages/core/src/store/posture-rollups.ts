import { checks, checksByRequirement, frameworks } from '@orgscan/checks';
import type { Queryable } from './database.js';

/**
 * Rebuilds the organization's rollups of the current posture (account × check, account, check and region
 * counts) from finding_state, set-based. Summaries, the accounts listing and compliance read these few thousand rows
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
  const sums = `sum(pass)::int, sum(fail)::int, sum(muted)::int, sum(error)::int, sum(skipped)::int,
    sum(manual)::int`;
  await db.query('DELETE FROM posture_accounts WHERE organization_id = $1', [organizationId]);
  await db.query(
    `INSERT INTO posture_accounts (organization_id, account_id, pass, fail, muted, error, skipped, manual,
                                   failed_by_severity)
     SELECT $1, account_id, ${sums},
            ARRAY[${[0, 1, 2, 3, 4].map((rank) => `COALESCE(sum(fail) FILTER (WHERE severity_rank = ${rank}), 0)::int`).join(', ')}]
     FROM posture_account_checks WHERE organization_id = $1
     GROUP BY account_id`,
    [organizationId],
  );
  await db.query('DELETE FROM posture_checks WHERE organization_id = $1', [organizationId]);
  await db.query(
    `INSERT INTO posture_checks (organization_id, check_id, severity_rank, pass, fail, muted, error, skipped, manual)
     SELECT $1, check_id, min(severity_rank), ${sums}
     FROM posture_account_checks WHERE organization_id = $1
     GROUP BY check_id`,
    [organizationId],
  );
  await db.query('DELETE FROM posture_compliance WHERE organization_id = $1', [organizationId]);
  for (const framework of frameworks) {
    // Requirement → its checks, flattened: the cell rules of buildComplianceReport, in SQL.
    const pairs = [...checksByRequirement(framework, checks)].flatMap(([requirementId, checkIds]) =>
      checkIds.map((checkId) => ({ requirementId, checkId, needed: checkIds.length })),
    );
    await db.query(
      `INSERT INTO posture_compliance (organization_id, framework_id, account_id, statuses)
       SELECT $1, $2, c.account_id, jsonb_object_agg(c.requirement_id, c.status)
       FROM (
         SELECT p.account_id, m.requirement_id,
                CASE WHEN sum(p.fail) > 0 THEN 'FAIL'
                     WHEN sum(p.error) > 0 THEN 'ERROR'
                     WHEN count(*) < max(m.needed) THEN 'NOT_EVALUATED'
                     WHEN sum(p.manual) > 0 THEN 'MANUAL'
                     ELSE 'PASS' END AS status
         FROM posture_account_checks p
         JOIN unnest($3::text[], $4::text[], $5::int[]) AS m(requirement_id, check_id, needed)
           ON m.check_id = p.check_id
         WHERE p.organization_id = $1
         GROUP BY p.account_id, m.requirement_id
       ) c
       GROUP BY c.account_id`,
      [
        organizationId,
        framework.id,
        pairs.map((pair) => pair.requirementId),
        pairs.map((pair) => pair.checkId),
        pairs.map((pair) => pair.needed),
      ],
    );
  }
  await db.query('DELETE FROM posture_account_sections WHERE organization_id = $1', [organizationId]);
  for (const framework of frameworks) {
    // Section → its checks (each once, whatever the number of its requirements mapping to the check).
    const mapping = checksByRequirement(framework, checks);
    const pairs = new Set<string>();
    for (const requirement of framework.requirements) {
      for (const checkId of mapping.get(requirement.id) ?? [])
        pairs.add(JSON.stringify([requirement.section, checkId]));
    }
    const sectionChecks = [...pairs].map((pair) => JSON.parse(pair) as [string, string]);
    await db.query(
      `INSERT INTO posture_account_sections (organization_id, framework_id, section, account_id, pass, fail, muted,
                                             error, skipped, manual)
       SELECT $1, $2, m.section, p.account_id, ${sums}
       FROM posture_account_checks p
       JOIN unnest($3::text[], $4::text[]) AS m(section, check_id) ON m.check_id = p.check_id
       WHERE p.organization_id = $1
       GROUP BY m.section, p.account_id`,
      [
        organizationId,
        framework.id,
        sectionChecks.map(([section]) => section),
        sectionChecks.map(([, checkId]) => checkId),
      ],
    );
  }
  await db.query('DELETE FROM posture_regions WHERE organization_id = $1', [organizationId]);
  await db.query(
    `INSERT INTO posture_regions (organization_id, region, pass, fail, muted, error, skipped, manual)
     SELECT $1, region, ${counts}
     FROM finding_state WHERE organization_id = $1 AND present
     GROUP BY region`,
    [organizationId],
  );
}
