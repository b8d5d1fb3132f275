// bench/migrate: how long migration 0011 (account resource ids, fingerprints recomputed) takes on a large
// store. Builds a schema as the release before 0011 left it (migrations up to 0010), fills it with SQL
// (scans × accounts × findings, a share of them account-level in the old id form, the posture, sightings and
// lifecycle changes of those findings), then times migrate() applying 0011. Prints one JSON line.
// Not a test: it measures.
//
//   npm run bench:migrate -- --accounts 200 --per-account 500 --scans 5 --account-share 0.4
//
// Needs Postgres (DATABASE_URL; default postgres://postgres@127.0.0.1:5432/orgscan). Works in its own
// schema, dropped at the end (--keep-data keeps it).
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConnectionErrorLog, createLogger, createPool, MIGRATIONS_DIR, migrate } from '@orgscan/core';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '200' },
    'per-account': { type: 'string', default: '500' },
    scans: { type: 'string', default: '5' },
    'account-share': { type: 'string', default: '0.4' },
    'keep-data': { type: 'boolean', default: false },
  },
});
const ACCOUNTS = Number(values.accounts);
const PER_ACCOUNT = Number(values['per-account']);
const SCANS = Number(values.scans);
/** The share of findings about the account itself or a regional setting of it (old id form). */
const ACCOUNT_SHARE = Number(values['account-share']);
const ORG = 'bench';
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-south-1',
];

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orgscan';
const schema = `bench_migrate_${randomBytes(4).toString('hex')}`;

/**
 * One row per (account, index): its region, check, old resource id and fingerprint (any stable 32 hex digits:
 * the migration recomputes them from the parts). An account-level row has a check of its own per index, so
 * its new fingerprint stays unique.
 */
const RESOURCES_SQL = `
  SELECT (100000000000 + a)::text AS account_id, i,
         ($2::text[])[1 + i % array_length($2::text[], 1)] AS region,
         'bench-check-' || i AS check_id,
         CASE WHEN i < $1::float8 * ${PER_ACCOUNT}
              THEN 'arn:aws::' || (100000000000 + a) || ':account/' || ($2::text[])[1 + i % array_length($2::text[], 1)]
              ELSE 'arn:aws:ec2:us-east-1:' || (100000000000 + a) || ':volume/vol-' || i END AS resource_id,
         CASE WHEN i < $1::float8 * ${PER_ACCOUNT} THEN 'AwsAccountRegion' ELSE 'AwsEc2Volume' END AS resource_type,
         left(md5(a || ':' || i), 32) AS fingerprint,
         CASE WHEN i % 5 = 0 THEN 'FAIL' ELSE 'PASS' END AS status
  FROM generate_series(0, ${ACCOUNTS - 1}) a, generate_series(0, ${PER_ACCOUNT - 1}) i`;

async function seed(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO organizations (id, name, member_role_name) VALUES ($1, 'Bench', 'OrgScanReadOnly')`,
    [ORG],
  );
  const scanIds: string[] = [];
  for (let scan = 0; scan < SCANS; scan += 1) {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO scans (id, organization_id, status, trigger, check_ids, account_count, created_at, planned_at)
       VALUES (gen_random_uuid(), $1, 'completed', 'api', '{}', $2, now() - make_interval(days => $3),
               now() - make_interval(days => $3))
       RETURNING id`,
      [ORG, ACCOUNTS, SCANS - scan],
    );
    scanIds.push(rows[0]!.id);
  }
  const params = [ACCOUNT_SHARE, REGIONS];
  for (const scanId of scanIds) {
    await pool.query(
      `INSERT INTO findings (scan_id, fingerprint, organization_id, account_id, region, check_id, resource_id,
                             resource_type, status, severity, message)
       SELECT '${scanId}', fingerprint, '${ORG}', account_id, region, check_id, resource_id, resource_type, status,
              'medium', 'bench'
       FROM (${RESOURCES_SQL}) r`,
      params,
    );
  }
  const first = scanIds[0]!;
  const last = scanIds[scanIds.length - 1]!;
  await pool.query(
    `INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
                                resource_type, status, severity, severity_rank, message, open, first_seen,
                                status_changed_at, first_scan_id)
     SELECT '${ORG}', fingerprint, account_id, region, check_id, resource_id, resource_type, status, 'medium', 2,
            'bench', status = 'FAIL', now(), now(), '${first}'
     FROM (${RESOURCES_SQL}) r`,
    params,
  );
  await pool.query(
    `INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
     SELECT '${ORG}', fingerprint, now(), '${last}' FROM (${RESOURCES_SQL}) r`,
    params,
  );
  await pool.query(
    `INSERT INTO finding_changes (scan_id, fingerprint, organization_id, change, status, account_id, region,
                                  check_id, resource_id, resource_type, severity)
     SELECT '${first}', fingerprint, '${ORG}', 'new', 'FAIL', account_id, region, check_id, resource_id,
            resource_type, 'medium'
     FROM (${RESOURCES_SQL}) r WHERE status = 'FAIL'`,
    params,
  );
  await pool.query('ANALYZE findings, finding_state, finding_sightings, finding_changes');
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const logger = createLogger({ level: 'warn', name: 'bench-migrate', destination: process.stderr });
  const pool = createPool({
    connectionString: databaseUrl,
    applicationName: 'orgscan-bench-migrate',
    schema,
    max: 2,
    connectionErrors: new ConnectionErrorLog(logger),
  });
  const before = mkdtempSync(join(tmpdir(), 'orgscan-migrations-'));
  try {
    for (const file of readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql') && name < '0011'))
      copyFileSync(join(MIGRATIONS_DIR, file), join(before, file));
    await migrate(pool, before);
    const seedStart = performance.now();
    await seed(pool);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
    const findings = await count('SELECT count(*) AS n FROM findings');
    const accountLevel = await count(
      `SELECT count(*) AS n FROM findings WHERE resource_id LIKE 'arn:aws::%'`,
    );
    const start = performance.now();
    const applied = await migrate(pool);
    const migrateSeconds = (performance.now() - start) / 1000;
    const left = await count(
      `SELECT (SELECT count(*) FROM findings WHERE resource_id LIKE 'arn:aws::%')
            + (SELECT count(*) FROM finding_state WHERE resource_id LIKE 'arn:aws::%') AS n`,
    );
    if (left !== 0) throw new Error(`${left} rows still carry the old account id form`);
    process.stdout.write(
      `${JSON.stringify({
        command: `npm run bench:migrate -- ${process.argv.slice(2).join(' ')}`.trim(),
        migrations: applied.map((migration) => migration.name),
        findings,
        account_level_findings: accountLevel,
        posture_rows: await count('SELECT count(*) AS n FROM finding_state'),
        changes_rows: await count('SELECT count(*) AS n FROM finding_changes'),
        seed_s: Number(seedSeconds.toFixed(1)),
        migrate_s: Number(migrateSeconds.toFixed(2)),
        findings_per_s: Math.round(findings / migrateSeconds),
      })}\n`,
    );
  } finally {
    await pool.end();
    if (!values['keep-data']) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    rmSync(before, { recursive: true, force: true });
  }
}

await main();
