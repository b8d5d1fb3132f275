import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlForSchema } from '../support/orgscan-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from '../support/test-redis.js';

const devScript = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/dev.mjs');

let database: TestDatabase;
const prefix = testQueuePrefix();
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await deleteKeysWithPrefix(prefix);
  await database?.drop();
});

describe('npm run dev', () => {
  it('exits non-zero when the api fails to start, after stopping the worker', async () => {
    // The last build is run (npm test builds first); the api's configuration is invalid, the worker's is not.
    const dev = spawn(process.execPath, [devScript, '--no-build'], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrlForSchema(database.url, database.schema),
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: prefix,
        PORT: 'eighty',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    dev.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const code = await new Promise<number | null>((resolve) =>
      dev.once('exit', (exitCode) => resolve(exitCode)),
    );
    expect(output).toContain('- PORT:');
    expect(output).toContain('orgscan dev: api exited (1)');
    expect(output).toMatch(/orgscan dev: worker exited \((0|SIGTERM)\)/);
    expect(output).toContain('PUBLIC DEV-ONLY key');
    expect(code, output).toBe(1);
  }, 60_000);
});
