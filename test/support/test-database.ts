import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPool,
  createStore,
  MIGRATIONS_DIR,
  migrate,
  type Pool,
  type SecretBox,
  type Store,
} from '@orgscan/core';
import pg from 'pg';
import { inject } from 'vitest';
import { quietConnectionErrors } from './test-redis.js';

export interface TestDatabase {
  readonly url: string;
  readonly schema: string;
  readonly pool: Pool;
  readonly store: Store;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** SECRETS_ENCRYPTION_KEY's box: what the store seals; absent, stored in clear. */
  readonly secrets?: SecretBox | null;
  /**
   * Apply only the migrations before this version (e.g. '0011'): the database as an earlier release left it,
   * for an upgrade test that then runs `migrate(pool)` for the rest.
   */
  readonly migratedBefore?: string;
  readonly maxConnections?: number;
}

/** A fresh schema with every migration applied; each test file gets its own, so files run in any order. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = inject('databaseUrl');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = createPool({
    connectionString: url,
    applicationName: 'orgscan-test',
    schema,
    max: options.maxConnections ?? 10,
    connectionErrors: quietConnectionErrors(),
  });
  if (options.migratedBefore === undefined) await migrate(pool);
  else await migrateBefore(pool, options.migratedBefore);
  return {
    url,
    schema,
    pool,
    store: createStore(pool, options.secrets ?? null),
    async drop() {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

/** The migrations named before `version`, applied from a directory holding only them. */
async function migrateBefore(pool: Pool, version: string): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'orgscan-migrations-'));
  try {
    for (const file of readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql') && name < version))
      copyFileSync(join(MIGRATIONS_DIR, file), join(directory, file));
    await migrate(pool, directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
