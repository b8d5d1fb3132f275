import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { postScan, waitForFinalScan } from '../support/scan-cluster.js';

describe('cap on accounts of one organization scanned at once', () => {
  let orgscan: InProcessOrgscan;
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({
      org: generateOrganization({ accounts: 12, regions: 2 }),
      // The worker could run 6 accounts at once; the organization allows 2.
      concurrency: 6,
      orgMaxConcurrentAccounts: 2,
      knobs: { latencyMs: 5 },
    });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  it('never scans more accounts of the organization at once than the cap, and still scans them all', async () => {
    const scanId = await postScan(orgscan, { services: ['iam', 'ec2'] });
    const scan = await waitForFinalScan(orgscan, scanId);
    // Every account ran; one generated account's credential report lacks the root user (ERROR cells).
    expect(scan.status).toBe('incomplete');
    expect(scan.progress).toMatchObject({ succeeded: 13, failed: 0 });
    expect(orgscan.maxConcurrentAccounts()).toBe(2);
  }, 120_000);
});
