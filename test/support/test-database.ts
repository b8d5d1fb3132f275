import { randomBytes } from 'node:crypto';
import { createPool, createStore, migrate, type Pool, type SecretBox, type Store } from '@orgscan/core';
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

/**
 * A fresh schema with every migration applied; each test file gets its own, so files run in any order.
 * `secrets` seals what the store seals (SECRETS_ENCRYPTION_KEY); absent: stored in clear.
 */
export async function createTestDatabase(secrets: SecretBox | null = null): Promise<TestDatabase> {
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
    max: 10,
    connectionErrors: quietConnectionErrors(),
  });
  await migrate(pool);
  return {
    url,
    schema,
    pool,
    store: createStore(pool, secrets),
    async drop() {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
