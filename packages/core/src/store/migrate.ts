import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Pool, withClient } from './database.js';

/** packages/core/migrations, both from src/store (tests) and dist/store (built). */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

/** Arbitrary constant: one migrator at a time across every api and worker process. */
const MIGRATION_LOCK_ID = 7_302_114_001;

export interface AppliedMigration {
  readonly version: string;
  readonly name: string;
}

/**
 * Applies pending migrations (files `NNNN_name.sql`, in order), each in its own transaction, under an
 * advisory lock so concurrent start-ups do not race. A migration that was changed after being applied is
 * refused (checksum mismatch) instead of silently diverging.
 */
export async function migrate(pool: Pool, directory = MIGRATIONS_DIR): Promise<AppliedMigration[]> {
  const files = (await readdir(directory)).filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file)).sort();
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
      for (const file of files) {
        const version = file.slice(0, 4);
        const sql = await readFile(join(directory, file), 'utf8');
        const checksum = createHash('sha256').update(sql).digest('hex');
        const previous = done.get(version);
        if (previous !== undefined) {
          if (previous !== checksum) throw new Error(`migration ${file} changed after it was applied`);
          continue;
        }
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
            version,
            file,
            checksum,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${file} failed: ${(error as Error).message}`);
        }
        applied.push({ version, name: file });
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    }
  });
  return applied;
}
