import { ignoreConnectionErrors, type Pool } from './database.js';

/** Rows fetched from the server-side cursor per round trip. */
export const STREAM_BATCH_SIZE = 1_000;

/**
 * The rows of a query, read through a server-side cursor one batch at a time, as an async iterable of
 * batches. Memory stays constant however many rows match: the next FETCH is only sent when the consumer
 * asks for the next batch, so a slow reader (an HTTP client) holds back the database instead of the rows
 * piling up in memory. The cursor lives in a read-only transaction on its own connection (one consistent
 * snapshot); stopping early (the client went away) rolls it back and returns the connection.
 */
export async function* streamRowBatches<T>(
  pool: Pick<Pool, 'connect'>,
  sql: string,
  params: readonly unknown[],
  batchSize: number = STREAM_BATCH_SIZE,
): AsyncGenerator<T[], void, undefined> {
  const client = await pool.connect();
  // Between batches the connection sits idle for as long as the HTTP client takes to read; a drop then
  // must surface at the next FETCH, not crash the process.
  const stopIgnoring = ignoreConnectionErrors(client);
  let finished = false;
  let broken: Error | undefined;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`DECLARE orgscan_export NO SCROLL CURSOR FOR ${sql}`, [...params]);
    for (;;) {
      const { rows } = await client.query(`FETCH ${batchSize} FROM orgscan_export`);
      if (rows.length > 0) yield rows as T[];
      if (rows.length < batchSize) break;
    }
    await client.query('COMMIT');
    finished = true;
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    if (!finished) await client.query('ROLLBACK').catch(() => {});
    // A connection that failed mid-query is discarded rather than returned to the pool.
    stopIgnoring();
    client.release(broken);
  }
}
