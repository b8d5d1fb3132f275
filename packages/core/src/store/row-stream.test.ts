import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Pool } from './database.js';
import { streamRowBatches } from './row-stream.js';

/** A connection that serves FETCH from a virtual table of `total` rows, recording every statement. */
function fakePool(total: number, failAt?: string) {
  const statements: string[] = [];
  let served = 0;
  let released: unknown = 'not released';
  const client = Object.assign(new EventEmitter(), {
    query: async (sql: string) => {
      statements.push(sql.split(' ').slice(0, 2).join(' '));
      if (failAt && sql.startsWith(failAt)) throw new Error('connection lost');
      const fetch = /^FETCH (\d+)/.exec(sql);
      if (!fetch) return { rows: [] };
      const count = Math.min(Number(fetch[1]), total - served);
      const rows = Array.from({ length: count }, (_, index) => ({ n: served + index }));
      served += count;
      return { rows };
    },
    release: (error?: unknown) => {
      released = error;
    },
  });
  const pool = { connect: async () => client } as unknown as Pick<Pool, 'connect'>;
  return { pool, client, statements, served: () => served, released: () => released };
}

describe('streamRowBatches', () => {
  it('fetches the next batch only when the consumer asks for it (constant memory at any size)', async () => {
    const source = fakePool(1_000_000);
    const batches = streamRowBatches<{ n: number }>(source.pool, 'SELECT 1', [], 100);
    const first = await batches.next();
    expect(first.value).toHaveLength(100);
    await batches.next();
    // Two batches asked for, two fetched: nothing is read ahead of the consumer.
    expect(source.served()).toBe(200);
    await batches.return(undefined);
    expect(source.statements).toContain('ROLLBACK');
    expect(source.released()).toBeUndefined();
  });

  it('reads every row in order, then commits and returns the connection', async () => {
    const source = fakePool(250);
    const seen: number[] = [];
    for await (const batch of streamRowBatches<{ n: number }>(source.pool, 'SELECT 1', [], 100)) {
      seen.push(...batch.map((row) => row.n));
    }
    expect(seen).toEqual(Array.from({ length: 250 }, (_, index) => index));
    expect(source.statements).toEqual([
      'BEGIN READ',
      'DECLARE orgscan_export',
      'FETCH 100',
      'FETCH 100',
      'FETCH 100',
      'COMMIT',
    ]);
  });

  it('survives the connection dropping while the consumer holds a batch (no unhandled error event)', async () => {
    const source = fakePool(1_000);
    const batches = streamRowBatches(source.pool, 'SELECT 1', [], 100);
    await batches.next();
    // Without a listener, EventEmitter throws on 'error': in production that would crash the process.
    expect(() => source.client.emit('error', new Error('terminating connection'))).not.toThrow();
    await batches.return(undefined);
    expect(source.client.listenerCount('error')).toBe(0);
  });

  it('discards a connection that failed mid-stream', async () => {
    const source = fakePool(1_000, 'FETCH');
    await expect(async () => {
      for await (const _ of streamRowBatches(source.pool, 'SELECT 1', [], 100)) {
        // nothing
      }
    }).rejects.toThrow('connection lost');
    expect(source.released()).toBeInstanceOf(Error);
  });
});
