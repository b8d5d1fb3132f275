import { setTimeout as holdFor } from 'node:timers/promises';
import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import type { OrgscanProcess } from '../../support/orgscan-process.js';
import { type PostgresProxy, startPostgresProxy } from '../../support/postgres-proxy.js';
import {
  accountStatusCounts,
  findingSet,
  postScan,
  startWorkerProcess,
  waitForFinalScan,
  workerStarted,
  writeOrgFile,
} from '../../support/scan-cluster.js';
import { waitFor } from '../../support/wait-for.js';

describe('fault: Postgres is unavailable for 5 s, 15 s and 60 s while workers write', () => {
  const org = generateOrganization({ accounts: 24, regions: 3 });
  const orgFile = writeOrgFile(org);
  let proxy: PostgresProxy;
  let orgscan: InProcessOrgscan;
  let worker: OrgscanProcess | undefined;

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ org, inProcessWorker: false });
    proxy = await startPostgresProxy(orgscan.database.url);
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await proxy?.close();
    await orgscan?.close();
  });

  it('work waits for the store and resumes: no attempt spent, no account failed, findings equal an undisturbed run', async () => {
    // The default attempts (3): an outage must not use them up, whatever its length.
    worker = startWorkerProcess(orgscan, { orgFile, latencyMs: 40, databaseUrl: proxy.url });
    const running = worker;
    await workerStarted(running);
    const baselineId = await postScan(orgscan);
    const baseline = await waitForFinalScan(orgscan, baselineId);
    // Every account runs; one generated account's credential report lacks the root user (ERROR cells), so
    // the undisturbed scan ends incomplete, and each disturbed one must end exactly as it did.
    expect(baseline.status).toBe('incomplete');
    const expected = await findingSet(orgscan, baselineId);

    for (const outageSeconds of [5, 15, 60]) {
      const logStart = running.stdout.length;
      const linesSince = () => running.stdout.slice(logStart);
      const scanId = await postScan(orgscan);
      await waitFor(`the scan to be under way (outage of ${outageSeconds} s)`, async () => {
        const counts = await accountStatusCounts(orgscan, scanId);
        return (counts.succeeded ?? 0) >= 3 ? counts : undefined;
      });
      proxy.cut();
      await waitFor(
        'a worker to wait for the store',
        async () => (linesSince().some((line) => line.includes('store unavailable')) ? true : undefined),
        { lastSeen: () => [...running.stdout.slice(-3), ...running.stderr.slice(-3)] },
      );
      // The outage itself lasts its length: this is the fault being injected, not a wait for a result.
      await holdFor(outageSeconds * 1000);
      proxy.restore();

      const finished = await waitForFinalScan(orgscan, scanId);
      expect(finished.status, `after an outage of ${outageSeconds} s`).toBe(baseline.status);
      expect(await findingSet(orgscan, scanId)).toEqual(expected);
      // No scan job failed an attempt (the webhook sweep, a repeatable job, may miss a round meanwhile).
      expect(linesSince().filter((line) => line.includes('"msg":"job failed"'))).toEqual([]);
      expect(linesSince().some((line) => line.includes('store available again'))).toBe(true);
      const { rows } = await orgscan.database.pool.query<{
        account_id: string;
        status: string;
        attempts: number;
        findings_count: number;
        stored: number;
      }>(
        `SELECT a.account_id, a.status, a.attempts, a.findings_count,
                (SELECT count(*)::int FROM findings f WHERE f.scan_id = a.scan_id AND f.account_id = a.account_id) AS stored
         FROM scan_accounts a WHERE a.scan_id = $1`,
        [scanId],
      );
      expect(rows.filter((row) => row.status !== 'succeeded' || row.findings_count !== row.stored)).toEqual(
        [],
      );
    }
  }, 420_000);
});
