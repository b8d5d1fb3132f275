import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import type { OrgscanProcess } from '../../support/orgscan-process.js';
import { type PrivateRedis, startPrivateRedis } from '../../support/private-redis.js';
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

describe('fault: Redis restarts in the middle of a scan', () => {
  const org = generateOrganization({ accounts: 24, regions: 3 });
  const orgFile = writeOrgFile(org);
  let redis: PrivateRedis;
  let orgscan: InProcessOrgscan;
  let worker: OrgscanProcess | undefined;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    orgscan = await startInProcessOrgscan({ org, inProcessWorker: false, redisUrl: redis.url });
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await orgscan?.close();
    await redis?.stop();
  });

  it('api and worker reconnect by themselves and the scan completes with the same findings', async () => {
    worker = startWorkerProcess(orgscan, { orgFile, latencyMs: 40, redisUrl: redis.url });
    await workerStarted(worker);
    const baselineId = await postScan(orgscan);
    const baseline = await waitForFinalScan(orgscan, baselineId);
    const expected = await findingSet(orgscan, baselineId);

    const scanId = await postScan(orgscan);
    await waitFor('the scan to be under way', async () => {
      const counts = await accountStatusCounts(orgscan, scanId);
      return (counts.succeeded ?? 0) >= 3 ? counts : undefined;
    });
    await redis.restart();

    const finished = await waitForFinalScan(orgscan, scanId);
    expect(finished.status).toBe(baseline.status);
    expect(await findingSet(orgscan, scanId)).toEqual(expected);
    // The api's producer is back too: a new scan can be started.
    await waitFor('the api to accept scans again', async () => {
      const response = await orgscan.fetch('/v1/scans', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ checks: ['iam-root-mfa-enabled'] }),
      });
      return response.status === 202 ? true : undefined;
    });
  }, 180_000);
});
