import pg from 'pg';
import type { ConnectionErrorLog } from '../logging/connection-error-log.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

export interface PoolOptions {
  readonly connectionString: string;
  readonly applicationName: string;
  readonly max?: number;
  /** Each test file uses its own schema; production uses the default (public). */
  readonly schema?: string;
  /** Where the errors of idle clients go (a Postgres restart must not crash the process). */
  readonly connectionErrors: ConnectionErrorLog;
}

export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    application_name: options.applicationName,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection (Postgres restart) is logged, not fatal: the next query gets a
  // fresh connection.
  options.connectionErrors.watchPool(pool, 'postgres');
  return pool;
}

/**
 * A checked-out client whose connection drops emits 'error' outside any query; without a listener that
 * would crash the process. The failure already reaches the caller through the next query.
 */
export function ignoreConnectionErrors(client: pg.PoolClient): () => void {
  const ignore = () => {};
  client.on('error', ignore);
  return () => client.off('error', ignore);
}

/** Runs `work` in a transaction on one client; rolls back on any error. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const stopIgnoring = ignoreConnectionErrors(client);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    stopIgnoring();
    client.release();
  }
}

/** Checks out a client for several statements (migrations, streams), guarded like inTransaction. */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const stopIgnoring = ignoreConnectionErrors(client);
  try {
    return await work(client);
  } finally {
    stopIgnoring();
    client.release();
  }
}
