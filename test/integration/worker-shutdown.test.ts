import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED } from '../e2e/expected/index.js';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import {
  databaseUrlForSchema,
  type OrgscanProcess,
  startOrgscanProcess,
} from '../support/orgscan-process.js';
import { testRedisUrl } from '../support/test-redis.js';
import { waitFor } from '../support/wait-for.js';

describe('worker process: graceful shutdown', () => {
  let orgscan: InProcessOrgscan;
  const workers: OrgscanProcess[] = [];

  const workerEnv = () => ({
    DATABASE_URL: databaseUrlForSchema(orgscan.database.url, orgscan.database.schema),
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: orgscan.queuePrefix,
    AWS_MODE: 'simulated',
    // Slow enough that accounts are mid-scan when the signal arrives.
    SIMULATED_LATENCY_MS: '150',
    WORKER_CONCURRENCY: '2',
    SHUTDOWN_GRACE_MS: '20000',
    LOG_LEVEL: 'info',
    // The instance's key: the default organization's ExternalId is stored sealed with it.
    ...(orgscan.secretsKey ? { SECRETS_ENCRYPTION_KEY: orgscan.secretsKey } : {}),
  });

  const accountStatuses = async () => {
    const { rows } = await orgscan.database.pool.query<{ status: string; count: number }>(
      'SELECT status, count(*)::int AS count FROM scan_accounts GROUP BY status',
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  };

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ inProcessWorker: false });
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await orgscan?.close();
  });

  it('on SIGTERM finishes the active account jobs, exits 0, and another worker completes the scan', async () => {
    const first = startOrgscanProcess('worker', workerEnv());
    workers.push(first);
    await waitFor('the first worker to start', async () =>
      first.stdout.some((line) => line.includes('worker started')) ? true : undefined,
    );

    const started = await orgscan.fetch(`/v1/scans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(202);
    const { id: scanId } = (await started.json()) as { id: string };

    await waitFor('an account to be running', async () =>
      (await accountStatuses()).running ? true : undefined,
    );
    expect(await first.stop('SIGTERM')).toBe(0);
    const stoppedLine = first.stdout.find((line) => line.includes('worker stopped'));
    expect(stoppedLine).toContain('"outcome":"drained"');
    // Nothing was left half-done: every account the first worker had taken reached a final state.
    expect((await accountStatuses()).running ?? 0).toBe(0);

    const second = startOrgscanProcess('worker', workerEnv());
    workers.push(second);
    const scan = await waitFor(
      'the scan to be finished by the second worker',
      async () => {
        const body = (await (await orgscan.fetch(`/v1/scans/${scanId}`)).json()) as {
          status: string;
          progress: Record<string, number>;
          totals: { findings: number };
        };
        return ['completed', 'incomplete', 'partial', 'failed'].includes(body.status) ? body : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(scan.status).toBe('partial');
    expect(scan.progress).toMatchObject({ succeeded: 7, failed: 1, skipped: 1, running: 0, pending: 0 });
    expect(scan.totals.findings).toBe(EXPECTED.length);
    expect(await second.stop('SIGINT')).toBe(0);
  }, 120_000);
});

describe('worker process: shutdown when the grace period runs out', () => {
  let orgscan: InProcessOrgscan;
  const workers: OrgscanProcess[] = [];

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ inProcessWorker: false });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await orgscan?.close();
  });

  it('hands running jobs back to the queue at once, so another worker finishes them without waiting for a lock', async () => {
    const env = {
      DATABASE_URL: databaseUrlForSchema(orgscan.database.url, orgscan.database.schema),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: orgscan.queuePrefix,
      AWS_MODE: 'simulated',
      SIMULATED_LATENCY_MS: '400',
      WORKER_CONCURRENCY: '4',
      // Far longer than the test waits: a job left locked would never be taken over in time.
      WORKER_LOCK_MS: '600000',
      WORKER_METRICS_PORT: '0',
      SHUTDOWN_GRACE_MS: '100',
      LOG_LEVEL: 'info',
      ...(orgscan.secretsKey ? { SECRETS_ENCRYPTION_KEY: orgscan.secretsKey } : {}),
    };
    const first = startOrgscanProcess('worker', env);
    workers.push(first);
    await waitFor('the first worker to start', async () =>
      first.stdout.some((line) => line.includes('worker started')) ? true : undefined,
    );
    const started = await orgscan.fetch('/v1/scans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { id: scanId } = (await started.json()) as { id: string };
    await waitFor('accounts to be running', async () => {
      const { rows } = await orgscan.database.pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM scan_accounts WHERE scan_id = $1 AND status = 'running'`,
        [scanId],
      );
      return (rows[0]?.count ?? 0) > 0 ? true : undefined;
    });
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.stdout.find((line) => line.includes('worker stopped'))).toContain('"outcome":"handed-over"');

    const second = startOrgscanProcess('worker', { ...env, SIMULATED_LATENCY_MS: '0' });
    workers.push(second);
    const scan = await waitFor(
      'the second worker to finish the scan',
      async () => {
        const body = (await (await orgscan.fetch(`/v1/scans/${scanId}`)).json()) as {
          status: string;
          progress: Record<string, number>;
        };
        return ['completed', 'incomplete', 'partial', 'failed'].includes(body.status) ? body : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(scan.progress).toMatchObject({ running: 0, pending: 0, failed: 1, skipped: 1 });
  }, 120_000);
});
