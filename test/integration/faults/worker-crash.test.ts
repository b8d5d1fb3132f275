import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import type { OrgscanProcess } from '../../support/orgscan-process.js';
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

describe('fault: a worker is killed (-9) in the middle of a scan', () => {
  const org = generateOrganization({ accounts: 24, regions: 3 });
  const orgFile = writeOrgFile(org);
  let orgscan: InProcessOrgscan;
  const workers: OrgscanProcess[] = [];
  const worker = () => {
    const started = startWorkerProcess(orgscan, { orgFile, latencyMs: 40 });
    workers.push(started);
    return started;
  };

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ org, inProcessWorker: false });
  });
  afterAll(async () => {
    await Promise.all(workers.map((started) => started.stop('SIGKILL')));
    await orgscan?.close();
  });

  it('every account reaches exactly one final state and the findings equal an undisturbed run', async () => {
    const calm = worker();
    await workerStarted(calm);
    const undisturbedId = await postScan(orgscan);
    const undisturbed = await waitForFinalScan(orgscan, undisturbedId);
    const expected = await findingSet(orgscan, undisturbedId);
    expect(expected.length).toBeGreaterThan(100);
    await calm.stop();

    const doomed = worker();
    await workerStarted(doomed);
    const scanId = await postScan(orgscan);
    await waitFor('the scan to be half-way', async () => {
      const counts = await accountStatusCounts(orgscan, scanId);
      return (counts.succeeded ?? 0) >= 4 && (counts.running ?? 0) > 0 ? counts : undefined;
    });
    expect(await doomed.stop('SIGKILL')).toBe('SIGKILL');

    // Its locked jobs are taken over once their lock expires (WORKER_LOCK_MS).
    const rescuer = worker();
    const finished = await waitForFinalScan(orgscan, scanId);
    expect(finished.status).toBe(undisturbed.status);
    expect(
      finished.accounts.every((account) => ['succeeded', 'failed', 'skipped'].includes(account.status)),
    ).toBe(true);
    expect(finished.accounts).toHaveLength(undisturbed.accounts.length);
    expect(await findingSet(orgscan, scanId)).toEqual(expected);
    await rescuer.stop();
  }, 180_000);
});
