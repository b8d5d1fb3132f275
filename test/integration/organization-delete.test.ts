import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';

let orgscan: InProcessOrgscan;

async function call(method: string, path: string, body?: unknown) {
  const response = await orgscan.fetch(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}

describe('deleting an organization while one of its scans runs', () => {
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ inProcessWorker: false });
  }, 60_000);
  afterAll(async () => {
    await orgscan?.close();
  });

  it('is refused with a 409 naming the scan, and allowed once the scan is final', async () => {
    expect((await call('POST', '/v1/organizations', { id: 'busy-org', name: 'Busy' })).status).toBe(201);
    const scanId = randomUUID();
    await orgscan.database.store.scans.create({
      id: scanId,
      organizationId: 'busy-org',
      trigger: 'api',
      checkIds: ['iam-root-mfa-enabled'],
      regions: null,
      accountCount: 1,
      createdAt: new Date(),
      orgContext: null,
    });

    const refused = await call('DELETE', '/v1/organizations/busy-org');
    expect(refused.status).toBe(409);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body.detail).toContain(scanId);
    expect((await call('GET', '/v1/organizations/busy-org')).status).toBe(200);
    expect((await call('GET', `/v1/scans/${scanId}`)).status).toBe(200);

    await orgscan.database.store.scans.markRunning(scanId, new Date());
    expect((await call('DELETE', '/v1/organizations/busy-org')).status).toBe(409);

    const totals = {
      findings: 0,
      byStatus: { PASS: 0, FAIL: 0, ERROR: 0, SKIPPED: 0, MANUAL: 0 },
      failedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, informational: 0 },
    };
    const coverage = {
      accounts: { total: 1, succeeded: 0, failed: 0, skipped: 0, cancelled: 1, pending: 0, running: 0 },
      regionsScanned: [],
      checksSelected: 1,
      checksEvaluated: 0,
      checksWithErrors: 0,
      cells: { judged: 0, total: 1, ratio: 0, notScannedPerAccount: 1 },
    };
    await orgscan.database.store.scans.finish(scanId, 'cancelled', totals, coverage, new Date());
    expect((await call('DELETE', '/v1/organizations/busy-org')).status).toBe(204);
    expect((await call('GET', `/v1/scans/${scanId}`)).status).toBe(404);
  });
});
