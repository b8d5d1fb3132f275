import type { PoolClient } from './database.js';
import { rebuildPostureRollups } from './posture-rollups.js';

/** A version of a migration file that landed and was later edited or replaced. */
export interface EarlierMigration {
  readonly version: string;
  /** The file name it was recorded under. */
  readonly name: string;
  /** sha256 of its content, as schema_migrations recorded it. */
  readonly checksum: string;
  /** The migration that brings a database which applied this version to the current schema. */
  readonly reconciledBy: string;
  /** Data the reconciling SQL cannot rebuild alone, run in its transaction. */
  readonly afterReconcile?: (client: PoolClient) => Promise<void>;
}

/** Every posture rollup rebuilt from finding_state (0003's first version had no per-account rollups). */
async function rebuildAllRollups(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ id: string }>('SELECT id FROM organizations ORDER BY id');
  for (const { id } of rows) await rebuildPostureRollups(client, id);
}

/**
 * Landed migrations are append-only; these are the exceptions that happened before that was enforced
 * (see migration-checksums.test.ts), with the migration that reconciles each. A checksum not listed here
 * and not the file's current one is still refused.
 */
export const EARLIER_MIGRATIONS: readonly EarlierMigration[] = [
  {
    version: '0003',
    name: '0003_security_api.sql',
    checksum: '60b1fa3c7d3e2f93dd87e223e21229e5877a738e7fc8604d28fba7a898f8a23b',
    reconciledBy: '0008',
    afterReconcile: rebuildAllRollups,
  },
  {
    version: '0005',
    name: '0005_scan_account_call_stats.sql',
    checksum: 'a205f95ff9096ca9146c6c54dcbcc16967e16fa0ce7f700c671ada4d10d74ee7',
    reconciledBy: '0008',
  },
  {
    version: '0006',
    name: '0006_resource_search.sql',
    checksum: '112d3df9294990f586e2d588017e894718c006cc05ea2b322f08fef702c86763',
    reconciledBy: '0008',
  },
];
