import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, MIGRATIONS_DIR, migrate, type Pool } from '@orgscan/core';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { quietConnectionErrors } from '../support/test-redis.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'landed-migrations');

/** Current files by version, and the versions of edited files as they first landed. */
const current = (name: string) => join(MIGRATIONS_DIR, name);
const landed = (name: string) => join(FIXTURES, name);

/**
 * Databases as orgscan left them at three points of its history: the migration files each one applied,
 * copied into a directory as they were then.
 */
const HISTORY: Record<string, Record<string, string>> = {
  'created before 0003 existed (0005 first version)': {
    '0001_initial.sql': current('0001_initial.sql'),
    '0002_scan_org_context.sql': current('0002_scan_org_context.sql'),
    '0005_scan_account_call_stats.sql': landed('0005_scan_account_call_stats.1ea59b9.sql'),
  },
  'created with the first 0003 (no sightings table, no per-account rollups)': {
    '0001_initial.sql': current('0001_initial.sql'),
    '0002_scan_org_context.sql': current('0002_scan_org_context.sql'),
    '0003_security_api.sql': landed('0003_security_api.8fc8943.sql'),
    '0005_scan_account_call_stats.sql': current('0005_scan_account_call_stats.sql'),
  },
  'created with the replaced 0006 (a duplicate trigram index)': {
    '0001_initial.sql': current('0001_initial.sql'),
    '0002_scan_org_context.sql': current('0002_scan_org_context.sql'),
    '0003_security_api.sql': current('0003_security_api.sql'),
    '0004_schedules_webhooks.sql': current('0004_schedules_webhooks.sql'),
    '0005_scan_account_call_stats.sql': current('0005_scan_account_call_stats.sql'),
    '0006_resource_search.sql': landed('0006_resource_search.1cb7c03.sql'),
  },
};

const url = () => inject('databaseUrl');
const schemas: string[] = [];
const pools: Pool[] = [];
const directories: string[] = [];

async function freshSchema(): Promise<Pool> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  schemas.push(schema);
  const pool = createPool({
    connectionString: url(),
    applicationName: 'orgscan-test',
    schema,
    max: 2,
    connectionErrors: quietConnectionErrors(),
  });
  pools.push(pool);
  return pool;
}

function directoryOf(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'orgscan-migrations-'));
  directories.push(directory);
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(directory, name));
  return directory;
}

/** What the schema is made of, without the schema's own name: columns, indexes, constraints, options. */
async function shape(pool: Pool): Promise<Record<string, string[]>> {
  const query = async (sql: string) =>
    (await pool.query<{ line: string }>(sql)).rows.map((row) =>
      row.line.replaceAll(/test_[0-9a-f]{12}\./g, ''),
    );
  // pg_catalog filtered by this schema's namespace: information_schema would read the relations of every
  // schema, and other test files drop theirs meanwhile.
  return {
    columns: await query(`
      SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' ||
             a.attnotnull::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS line
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY 1`),
    indexes: await query(`
      SELECT pg_get_indexdef(i.indexrelid) AS line
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() ORDER BY 1`),
    constraints: await query(`
      SELECT c.conrelid::regclass::text || ' ' || pg_get_constraintdef(c.oid) AS line
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = current_schema() ORDER BY 1`),
    options: await query(`
      SELECT c.relname || ' ' || coalesce(array_to_string(c.reloptions, ','), '') AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`),
  };
}

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  const admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

describe('upgrading a database created by an earlier orgscan', () => {
  it.each(Object.keys(HISTORY))('%s: starts, and ends with the schema of a new database', async (name) => {
    const reference = await freshSchema();
    await migrate(reference);
    const expected = await shape(reference);

    const pool = await freshSchema();
    await migrate(pool, directoryOf(HISTORY[name]!));
    await migrate(pool);
    expect(await shape(pool)).toEqual(expected);
    const { rows } = await pool.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((row) => row.name)).toEqual(
      (
        await reference.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version')
      ).rows.map((row) => row.name),
    );
    // Started once, it starts again: the current checksums are what is recorded now.
    await expect(migrate(pool)).resolves.toEqual([]);
  });

  it('keeps when each finding was last seen, and rebuilds the rollups the first 0003 lacked', async () => {
    const pool = await freshSchema();
    await migrate(
      pool,
      directoryOf(HISTORY['created with the first 0003 (no sightings table, no per-account rollups)']!),
    );
    await pool.query(
      `INSERT INTO organizations (id, name, member_role_name) VALUES ('acme', 'Acme', 'OrgScanReadOnly')`,
    );
    await pool.query(
      `INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id, resource_type,
                                  status, severity, severity_rank, message, open, first_seen, last_seen,
                                  status_changed_at, first_scan_id, last_scan_id)
       VALUES ('acme', 'f1', '123456789012', 'global', 'iam-root-mfa-enabled', 'root', 'AwsAccount', 'FAIL',
               'critical', 0, 'no MFA', true, '2026-01-01', '2026-01-03T04:05:06Z', '2026-01-01',
               '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21', '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a22')`,
    );
    await migrate(pool);
    const sighting = await pool.query(
      'SELECT last_seen, last_scan_id FROM finding_sightings WHERE fingerprint = $1',
      ['f1'],
    );
    expect(sighting.rows).toEqual([
      { last_seen: new Date('2026-01-03T04:05:06Z'), last_scan_id: '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a22' },
    ]);
    const rollup = await pool.query('SELECT fail FROM posture_accounts WHERE organization_id = $1', ['acme']);
    expect(rollup.rows).toEqual([{ fail: 1 }]);
  });

  it('still refuses a landed migration edited in a way it does not know, saying what to do', async () => {
    const pool = await freshSchema();
    await migrate(pool);
    const edited = directoryOf({});
    for (const file of ['0001_initial.sql', '0002_scan_org_context.sql'])
      copyFileSync(current(file), join(edited, file));
    writeFileSync(join(edited, '0002_scan_org_context.sql'), '-- edited\nSELECT 1;\n');
    await expect(migrate(pool, edited)).rejects.toThrow(/changed after it was applied.*new migration/);
  });
});
