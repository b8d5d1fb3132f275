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

describe('fault: Postgres is unavailable for a few seconds while workers write', () => {
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

  it('account jobs retry; no account shows partial results as final; findings equal an undisturbed run', async () => {
    worker = startWorkerProcess(orgscan, {
      orgFile,
      latencyMs: 40,
      databaseUrl: proxy.url,
      env: { SCAN_ACCOUNT_ATTEMPTS: '8' },
    });
    await workerStarted(worker);
    const baselineId = await postScan(orgscan);
    const baseline = await waitForFinalScan(orgscan, baselineId);
    const expected = await findingSet(orgscan, baselineId);

    const scanId = await postScan(orgscan);
    await waitFor('the scan to be under way', async () => {
      const counts = await accountStatusCounts(orgscan, scanId);
      return (counts.succeeded ?? 0) >= 3 ? counts : undefined;
    });
    proxy.cut();
    // Let the workers hit the outage: new attempts fail while the database is away.
    await waitFor(
      'a job to fail on the outage',
      async () => (worker?.stdout.some((line) => line.includes('job failed')) ? true : undefined),
      { lastSeen: () => [...(worker?.stdout.slice(-3) ?? []), ...(worker?.stderr.slice(-3) ?? [])] },
    );
    proxy.restore();

    const finished = await waitForFinalScan(orgscan, scanId);
    expect(finished.status).toBe(baseline.status);
    expect(await findingSet(orgscan, scanId)).toEqual(expected);
    const { rows } = await orgscan.database.pool.query<{
      account_id: string;
      findings_count: number;
      stored: number;
    }>(
      `SELECT a.account_id, a.findings_count,
              (SELECT count(*)::int FROM findings f WHERE f.scan_id = a.scan_id AND f.account_id = a.account_id) AS stored
       FROM scan_accounts a WHERE a.scan_id = $1 AND a.status = 'succeeded'`,
      [scanId],
    );
    expect(rows.filter((row) => row.findings_count !== row.stored)).toEqual([]);
  }, 180_000);
});
