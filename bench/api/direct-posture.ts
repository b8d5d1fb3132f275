// The current posture of a large organization written straight into finding_state and finding_sightings
// with set-based SQL (INSERT … SELECT generate_series), then its rollups rebuilt as finalize does. Millions
// of posture rows in minutes, where going through ingest + finalize scan by scan takes hours: the read
// routes only see finding_state, its sightings and the rollups, so they are measured on the same shapes.
// The ingest/finalize figures still come from the default mode (api-bench.ts, --seed ingest).
import { checks, SEVERITIES } from '@orgscan/checks';
import { rebuildPostureRollups } from '@orgscan/core';
import type pg from 'pg';
import { BENCH_REGIONS } from './synthetic-findings.js';

/** When the five synthetic scans ran: first_seen and status_changed_at fall on one of these days. */
const SCAN_DAYS = 5;

/** Accounts written per statement: about PER_STATEMENT_ROWS rows each, so progress is steady. */
const PER_STATEMENT_ROWS = 500_000;

/**
 * A deterministic 0..1 from an account, a slot and a salt (Postgres's own integer hash): every run stores
 * the same posture. The distribution follows accountFindings: 20 % FAIL, 70 % PASS, 5 % ERROR, 3 % SKIPPED,
 * 2 % MANUAL; 2 % of resources gone (archived).
 */
const roll = (salt: number) =>
  `((hashint8(a.account::bigint * 1000003 + s.slot * 31 + ${salt})::bigint + 2147483648) / 4294967296.0)`;

/**
 * Writes ACCOUNTS × perAccount posture rows of the organization; `scanId` is the scan they were last seen in.
 * The secondary indexes of both tables are dropped for the load and built again afterwards (one sorted build
 * is far quicker than millions of single inserts into them), from their own definitions.
 */
export async function seedPostureDirectly(
  pool: pg.Pool,
  schema: string,
  organizationId: string,
  accountIdOf: (index: number) => string,
  accounts: number,
  perAccount: number,
  scanId: string,
  lastScanAt: Date,
): Promise<{ seconds: number; indexSeconds: number }> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    return await seed(client);
  } finally {
    client.release();
  }
  async function seed(db: pg.PoolClient) {
    const { rows: indexes } = await db.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
     WHERE i.schemaname = $1 AND i.tablename IN ('finding_state', 'finding_sightings')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)`,
      [schema],
    );
    for (const index of indexes) await db.query(`DROP INDEX ${schema}.${index.indexname}`);
    const step = Math.max(1, Math.floor(PER_STATEMENT_ROWS / perAccount));
    const status = `CASE WHEN ${roll(1)} < 0.2 THEN 'FAIL' WHEN ${roll(1)} < 0.9 THEN 'PASS'
    WHEN ${roll(1)} < 0.95 THEN 'ERROR' WHEN ${roll(1)} < 0.98 THEN 'SKIPPED' ELSE 'MANUAL' END`;
    const day = (salt: number) =>
      `($9::timestamptz - (floor(${roll(salt)} * ${SCAN_DAYS}) * interval '1 day'))`;
    for (let first = 0; first < accounts; first += step) {
      const last = Math.min(accounts, first + step);
      await db.query(
        `WITH rows AS (
         SELECT lpad((100000000000 + a.account)::text, 12, '0') AS account_id, s.slot,
                ($3::text[])[s.slot % $8 + 1] AS check_id, ($4::text[])[s.slot % $8 + 1] AS severity,
                ($5::smallint[])[s.slot % $8 + 1] AS severity_rank, ($6::text[])[s.slot % $8 + 1] AS service,
                CASE WHEN ($7::boolean[])[s.slot % $8 + 1] THEN 'global'
                     ELSE ($10::text[])[(s.slot / $8) % cardinality($10::text[]) + 1] END AS region,
                ${status} AS status, ${roll(2)} < 0.02 AS gone,
                least(${day(3)}, ${day(4)}) AS first_seen, greatest(${day(3)}, ${day(4)}) AS changed
         FROM generate_series($11::int, $12::int - 1) AS a(account)
         CROSS JOIN generate_series(0, $13::int - 1) AS s(slot)
       ), named AS (
         SELECT r.*, 'res-' || r.slot || '-g0' AS resource,
                'arn:aws:' || r.service || ':' || CASE WHEN r.region = 'global' THEN '' ELSE r.region END || ':'
                  || r.account_id || ':resource/res-' || r.slot || '-g0' AS resource_id
         FROM rows r
       ), inserted AS (
         INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
                                    resource_type, status, severity, severity_rank, message, error_code, evidence,
                                    open, present, first_seen, status_changed_at, first_failed_at, first_scan_id)
         SELECT $1, md5(n.account_id || '/' || n.region || '/' || n.check_id || '/' || n.resource_id), n.account_id,
                n.region, n.check_id, n.resource_id, 'AwsResource', n.status, n.severity, n.severity_rank,
                ($14::text[])[n.slot % $8 + 1] || ': ' || CASE WHEN n.status = 'FAIL' THEN 'not compliant' ELSE 'compliant' END
                  || ' for ' || n.resource,
                CASE WHEN n.status = 'ERROR' THEN 'AccessDenied' END,
                jsonb_build_object('resource', n.resource, 'slot', n.slot, 'observed', n.status),
                n.status = 'FAIL', NOT n.gone, n.first_seen, n.changed,
                CASE WHEN n.status = 'FAIL' THEN n.changed END, $2
         FROM named n
         RETURNING fingerprint, present
       )
       INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
       SELECT $1, fingerprint, CASE WHEN present THEN $9::timestamptz ELSE $9::timestamptz - interval '1 day' END, $2
       FROM inserted`,
        [
          organizationId,
          scanId,
          checks.map((check) => check.id),
          checks.map((check) => check.severity),
          checks.map((check) => SEVERITIES.indexOf(check.severity)),
          checks.map((check) => check.service),
          checks.map((check) => check.scope === 'global'),
          checks.length,
          lastScanAt,
          [...BENCH_REGIONS],
          first,
          last,
          perAccount,
          checks.map((check) => check.title),
        ],
      );
      process.stderr.write(`seeded accounts ${last}/${accounts} (${accountIdOf(last - 1)})\n`);
    }
    const indexStarted = performance.now();
    await db.query("SET maintenance_work_mem = '512MB'");
    for (const index of indexes) await db.query(index.indexdef);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    await rebuildPostureRollups(db, organizationId);
    // A long-lived posture is vacuumed (autovacuum): hint bits and the visibility map set, as reads see it.
    await db.query('VACUUM (ANALYZE) finding_state, finding_sightings');
    return { seconds: (performance.now() - started) / 1000, indexSeconds };
  }
}
