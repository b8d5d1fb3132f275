import type { Queryable } from './database.js';

/**
 * Makes `muted` / `mute_id` of the organization's current findings agree with its active mutes, in one
 * set-based statement: each finding takes the oldest active mute whose every set scope field matches
 * (account, OU anywhere up the account's chain, region, check, resource glob). Mutes are expanded to the
 * accounts they can cover first, so account- and OU-scoped mutes only visit their accounts' findings.
 *
 * `reopenedInScan`: at finalize, a finding that loses its mute here (its mute lapsed) while it is still
 * failing is recorded as `reopened` in that scan's lifecycle. Run inside the caller's transaction.
 * Returns how many findings changed.
 */
export async function applyMutes(
  db: Queryable,
  organizationId: string,
  reopenedInScan: string | null,
): Promise<number> {
  const { rows: probe } = await db.query<{ has_active: boolean; has_muted: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM mutes WHERE organization_id = $1 AND lapsed_at IS NULL) AS has_active,
            EXISTS (SELECT 1 FROM finding_state WHERE organization_id = $1 AND muted) AS has_muted`,
    [organizationId],
  );
  if (!probe[0]?.has_active && !probe[0]?.has_muted) return 0;
  const result = await db.query(
    `WITH scoped AS (
       SELECT m.id, m.created_at, a.account_id, m.region, m.check_id, m.resource_like
       FROM mutes m
       JOIN accounts a ON a.organization_id = m.organization_id
         AND (m.account_id IS NULL OR a.account_id = m.account_id)
         AND (m.ou_id IS NULL OR m.ou_id = ANY (a.ou_ids))
       WHERE m.organization_id = $1 AND m.lapsed_at IS NULL
     ),
     desired AS (
       SELECT DISTINCT ON (s.fingerprint) s.fingerprint, m.id AS mute_id
       FROM scoped m
       JOIN finding_state s ON s.organization_id = $1 AND s.account_id = m.account_id
       WHERE (m.region IS NULL OR s.region = m.region)
         AND (m.check_id IS NULL OR s.check_id = m.check_id)
         AND (m.resource_like IS NULL OR s.resource_id LIKE m.resource_like)
       ORDER BY s.fingerprint, m.created_at, m.id
     ),
     changed AS (
       SELECT s.fingerprint, d.mute_id AS new_mute, s.muted AS was_muted
       FROM finding_state s LEFT JOIN desired d ON d.fingerprint = s.fingerprint
       WHERE s.organization_id = $1 AND s.mute_id IS DISTINCT FROM d.mute_id
     ),
     updated AS (
       UPDATE finding_state s SET muted = c.new_mute IS NOT NULL, mute_id = c.new_mute
       FROM changed c
       WHERE s.organization_id = $1 AND s.fingerprint = c.fingerprint
       RETURNING s.*, c.was_muted
     ),
     reopened AS (
       INSERT INTO finding_changes (scan_id, fingerprint, organization_id, change, previous_status, status,
                                    account_id, region, check_id, resource_id, resource_type, severity, muted)
       SELECT $2::uuid, u.fingerprint, $1, 'reopened', u.status,
              CASE WHEN EXISTS (SELECT 1 FROM findings f WHERE f.scan_id = $2::uuid AND f.fingerprint = u.fingerprint)
                   THEN u.status END,
              u.account_id, u.region, u.check_id, u.resource_id, u.resource_type, u.severity, false
       FROM updated u
       WHERE $2::uuid IS NOT NULL AND u.was_muted AND NOT u.muted AND u.open AND u.present
       ON CONFLICT (scan_id, fingerprint) DO NOTHING
     )
     SELECT count(*) AS changed FROM updated`,
    [organizationId, reopenedInScan],
  );
  return Number((result.rows[0] as { changed: string } | undefined)?.changed ?? 0);
}
