import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

    const started = await fetch(`${orgscan.baseUrl}/v1/scans`, {
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
        const body = (await (await fetch(`${orgscan.baseUrl}/v1/scans/${scanId}`)).json()) as {
          status: string;
          progress: Record<string, number>;
          totals: { findings: number };
        };
        return ['completed', 'partial', 'failed'].includes(body.status) ? body : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(scan.status).toBe('partial');
    expect(scan.progress).toMatchObject({ succeeded: 7, failed: 1, skipped: 1, running: 0, pending: 0 });
    expect(scan.totals.findings).toBe(52);
    expect(await second.stop('SIGINT')).toBe(0);
  }, 120_000);
});
