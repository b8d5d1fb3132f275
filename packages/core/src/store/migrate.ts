import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from './database.js';
import { type PoolClient, withClient } from './database.js';
import { EARLIER_MIGRATIONS, type EarlierMigration } from './migration-history.js';

/** packages/core/migrations, both from src/store (tests) and dist/store (built). */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

/** Arbitrary constant: one migrator at a time across every api and worker process. */
const MIGRATION_LOCK_ID = 7_302_114_001;

export interface AppliedMigration {
  readonly version: string;
  readonly name: string;
}

interface MigrationFile {
  readonly version: string;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** An earlier version found applied, to be recorded as the current file once its reconciler has run. */
interface Reconciliation {
  readonly earlier: EarlierMigration;
  readonly current: MigrationFile;
}

export const migrationChecksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

async function readMigrations(directory: string): Promise<MigrationFile[]> {
  const names = (await readdir(directory)).filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(directory, name), 'utf8');
      return { version: name.slice(0, 4), name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

/** In one transaction: the reconciling SQL (when given), then the earlier versions recorded as current. */
async function applyInTransaction(
  client: PoolClient,
  file: MigrationFile,
  runSql: boolean,
  reconciliations: readonly Reconciliation[],
): Promise<void> {
  await client.query('BEGIN');
  try {
    if (runSql) await client.query(file.sql);
    await client.query(
      `INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)
       ON CONFLICT (version) DO NOTHING`,
      [file.version, file.name, file.checksum],
    );
    for (const { earlier, current } of reconciliations) {
      await earlier.afterReconcile?.(client);
      await client.query('UPDATE schema_migrations SET name = $2, checksum = $3 WHERE version = $1', [
        current.version,
        current.name,
        current.checksum,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`migration ${file.name} failed: ${(error as Error).message}`);
  }
}

/**
 * Applies pending migrations (files `NNNN_name.sql`, in order), each in its own transaction, under an
 * advisory lock so concurrent start-ups do not race. A migration whose recorded checksum differs from its
 * file is refused ("changed after it was applied") — unless that checksum is a known earlier version
 * (migration-history.ts): its reconciling migration then brings the schema to the current one, and in the
 * same transaction the current checksum is recorded.
 */
export async function migrate(pool: Pool, directory = MIGRATIONS_DIR): Promise<AppliedMigration[]> {
  const files = await readMigrations(directory);
  const applied: AppliedMigration[] = [];
  await withClient(pool, async (client) => {
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: string; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations',
      );
      const done = new Map(rows.map((row) => [row.version, row.checksum]));
      const pending: Reconciliation[] = [];
      for (const file of files) {
        const recorded = done.get(file.version);
        if (recorded === file.checksum) continue;
        if (recorded !== undefined) {
          const earlier = EARLIER_MIGRATIONS.find(
            (candidate) => candidate.version === file.version && candidate.checksum === recorded,
          );
          if (!earlier || !files.some((candidate) => candidate.version === earlier.reconciledBy)) {
            throw new Error(
              `migration ${file.name} changed after it was applied (recorded checksum ${recorded.slice(0, 12)}…, ` +
                `file ${file.checksum.slice(0, 12)}…): landed migrations are never edited; restore the file ` +
                'as it was and put the change in a new migration',
            );
          }
          pending.push({ earlier, current: file });
          continue;
        }
        const reconciling = pending.filter(({ earlier }) => earlier.reconciledBy === file.version);
        await applyInTransaction(client, file, true, reconciling);
        applied.push({ version: file.version, name: file.name });
      }
      // A reconciler applied before the earlier version was found (a restored dump, say): it is idempotent,
      // so it runs again for what it has to reconcile.
      const leftover = pending.filter(({ earlier }) => done.has(earlier.reconciledBy));
      for (const reconciler of files.filter((file) =>
        leftover.some(({ earlier }) => earlier.reconciledBy === file.version),
      )) {
        const reconciling = leftover.filter(({ earlier }) => earlier.reconciledBy === reconciler.version);
        await applyInTransaction(client, reconciler, true, reconciling);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    }
  });
  return applied;
}
