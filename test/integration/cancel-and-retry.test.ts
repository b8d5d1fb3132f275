import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { accountStatusCounts, findingSet, postScan, waitForFinalScan } from '../support/scan-cluster.js';
import { waitFor } from '../support/wait-for.js';

describe('cancel a running scan', () => {
  let orgscan: InProcessOrgscan;
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({
      org: generateOrganization({ accounts: 20, regions: 2 }),
      concurrency: 2,
      knobs: { latencyMs: 60 },
    });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  it('stops the remaining account jobs, keeps what finished, and ends cancelled', async () => {
    const scanId = await postScan(orgscan, { services: ['iam', 'ec2'] });
    await waitFor('the first accounts to finish', async () => {
      const counts = await accountStatusCounts(orgscan, scanId);
      return (counts.succeeded ?? 0) >= 2 ? counts : undefined;
    });
    const response = await orgscan.fetch(`/v1/scans/${scanId}/cancel`, { method: 'POST' });
    expect(response.status).toBe(202);
    const cancelled = (await response.json()) as { accountsCancelled: number; accountsRunning: number };
    expect(cancelled.accountsCancelled).toBeGreaterThan(0);

    const scan = await waitForFinalScan(orgscan, scanId);
    expect(scan.status).toBe('cancelled');
    expect(scan.progress.cancelled).toBe(cancelled.accountsCancelled);
    expect((scan.progress.succeeded ?? 0) + (scan.progress.cancelled ?? 0)).toBe(21);
    const cancelledIds = scan.accounts
      .filter((account) => account.status === 'cancelled')
      .map((a) => a.accountId);
    expect(
      scan.accounts
        .filter((account) => account.status === 'cancelled')
        .every((a) => a.reason?.category === 'cancelled'),
    ).toBe(true);
    const findings = await findingSet(orgscan, scanId);
    expect(findings.some((line) => cancelledIds.includes(line.split(' ')[0]!))).toBe(false);
    expect(findings.length).toBeGreaterThan(0);

    const again = await orgscan.fetch(`/v1/scans/${scanId}/cancel`, { method: 'POST' });
    expect(again.status).toBe(409);
  }, 120_000);
});

describe('retry the failed accounts of a scan', () => {
  let orgscan: InProcessOrgscan;
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({
      org: generateOrganization({ accounts: 10, regions: 2, deniedRoleRate: 0.2 }),
      concurrency: 4,
    });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  it('re-runs only the accounts that failed, as a new round, and finishes the scan again', async () => {
    const scanId = await postScan(orgscan, { services: ['iam'] });
    const first = await waitForFinalScan(orgscan, scanId);
    expect(first.status).toBe('partial');
    const failed = first.accounts
      .filter((account) => account.status === 'failed')
      .map((account) => account.accountId);
    expect(failed).toHaveLength(2);
    const before = await findingSet(orgscan, scanId);

    // The team deploys the missing roles, then asks for a retry.
    for (const account of orgscan.org.accounts) if (failed.includes(account.id)) account.roleAssumable = true;
    const response = await orgscan.fetch(`/v1/scans/${scanId}/retry`, { method: 'POST' });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ round: 1, accountsQueued: 2 });

    const second = await waitForFinalScan(orgscan, scanId);
    // Every account ran now, but one of the generated accounts has a credential report without the root
    // user (ERROR CredentialReportMissingRoot for three root checks): those cells are not judged.
    expect(second.status).toBe('incomplete');
    expect(second.progress).toMatchObject({ succeeded: 11, failed: 0 });
    const after = await findingSet(orgscan, scanId);
    // Findings of the accounts that succeeded the first time are untouched; the retried ones are added.
    expect(after.filter((line) => !failed.includes(line.split(' ')[0]!))).toEqual(before);
    expect(after.filter((line) => failed.includes(line.split(' ')[0]!)).length).toBeGreaterThan(0);

    const nothingToRetry = await orgscan.fetch(`/v1/scans/${scanId}/retry`, { method: 'POST' });
    expect(nothingToRetry.status).toBe(409);
  }, 120_000);

  it('refuses to retry or cancel what does not exist', async () => {
    const missing = '00000000-0000-4000-8000-00000000dead';
    expect((await orgscan.fetch(`/v1/scans/${missing}/retry`, { method: 'POST' })).status).toBe(404);
    expect((await orgscan.fetch(`/v1/scans/${missing}/cancel`, { method: 'POST' })).status).toBe(404);
  });
});
