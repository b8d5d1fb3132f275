import type { Finding } from '@orgscan/checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import { createSyntheticOrganization, finding, runSyntheticScan } from '../../support/synthetic-scan.js';
import { waitFor } from '../../support/wait-for.js';
import { WebhookReceiver } from '../../support/webhook-receiver.js';

const ORG = 'volume';
const ACCOUNTS = 50;
const PER_ACCOUNT = 1_000;
const FINDINGS = ACCOUNTS * PER_ACCOUNT;
const CONCURRENCY_PER_ENDPOINT = 4;

let orgscan: InProcessOrgscan;
let receiver: WebhookReceiver;
const accountIds = Array.from({ length: ACCOUNTS }, (_, index) => String(400_000_000_000 + index));

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  orgscan = await startInProcessOrgscan({
    // Held answers must not time out: a client that gave up would free its slot while the server still counts it.
    webhooks: { concurrencyPerEndpoint: CONCURRENCY_PER_ENDPOINT, workerConcurrency: 16, timeoutMs: 120_000 },
  });
  await createSyntheticOrganization(
    orgscan.database.store,
    ORG,
    accountIds.map((id) => ({ id, ouIds: ['r-1'] })),
  );
}, 120_000);
afterAll(async () => {
  await orgscan?.close();
  await receiver?.close();
});

async function countDeliveries(webhookId: string) {
  const { rows } = await orgscan.database.pool.query<{ status: string; count: string }>(
    'SELECT status, count(*) AS count FROM webhook_deliveries WHERE webhook_id = $1 GROUP BY status',
    [webhookId],
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Record<string, number>;
}

async function createWebhook(path: string, mode: 'per-finding' | 'digest'): Promise<string> {
  const response = await orgscan.fetch('/v1/webhooks', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationId: ORG,
      name: `volume ${mode}`,
      url: `${receiver.url}${path}`,
      mode,
      events: ['scan.completed', 'finding.opened'],
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('a scan that opens 50,000 findings', () => {
  it('finalizes without waiting for deliveries, which drain with bounded concurrency per endpoint', async () => {
    const perFinding = await createWebhook('/per-finding', 'per-finding');
    const digest = await createWebhook('/digest', 'digest');
    const findings = new Map<string, Finding[]>(
      accountIds.map((accountId) => [
        accountId,
        Array.from({ length: PER_ACCOUNT }, (_, index) => finding(accountId, `user-${index}`, 'FAIL')),
      ]),
    );

    // The endpoints hold every answer: if finalize waited on deliveries (or on building them), it could
    // not complete while they are held.
    receiver.hold();
    const scanId = await runSyntheticScan(orgscan.processorDeps, ORG, findings);
    const scan = await orgscan.database.store.scans.get(scanId);
    expect(scan).toMatchObject({ status: 'completed', totals: { findings: FINDINGS } });
    expect(scan?.finishedAt).not.toBeNull();

    // The fan-out job then builds every delivery; sends stay blocked at the held endpoints meanwhile.
    await waitFor(
      'the fan-out to create every delivery',
      async () => {
        const [counts, parts] = await Promise.all([countDeliveries(perFinding), countDeliveries(digest)]);
        const total = (counts: Record<string, number>) =>
          Object.values(counts).reduce((sum, n) => sum + n, 0);
        return total(counts) === FINDINGS + 1 && total(parts) === FINDINGS / 1000 + 1 ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    await waitFor('requests to queue up at the held endpoints', async () =>
      receiver.inFlight >= CONCURRENCY_PER_ENDPOINT ? true : undefined,
    );
    expect(receiver.requests.filter((request) => request.path === '/per-finding').length).toBeLessThanOrEqual(
      CONCURRENCY_PER_ENDPOINT,
    );

    receiver.release();
    await waitFor(
      'every delivery to be delivered',
      async () => {
        const [counts, parts] = await Promise.all([countDeliveries(perFinding), countDeliveries(digest)]);
        return counts.succeeded === FINDINGS + 1 && parts.succeeded === FINDINGS / 1000 + 1
          ? true
          : undefined;
      },
      { timeoutMs: 280_000, intervalMs: 500 },
    );

    const received = receiver.requests.filter((request) => request.path === '/per-finding');
    expect(received).toHaveLength(FINDINGS + 1);
    expect(new Set(received.map((request) => request.headers['webhook-id'])).size).toBe(FINDINGS + 1);
    const digests = receiver.requests.filter((request) => request.path === '/digest');
    expect(digests).toHaveLength(FINDINGS / 1000 + 1);
    // Two endpoints, each with at most CONCURRENCY_PER_ENDPOINT requests in flight.
    expect(receiver.maxInFlight).toBeLessThanOrEqual(2 * CONCURRENCY_PER_ENDPOINT);
    expect(receiver.maxInFlightByPath('/per-finding')).toBeLessThanOrEqual(CONCURRENCY_PER_ENDPOINT);
    expect(receiver.maxInFlightByPath('/per-finding')).toBeGreaterThan(1);
  }, 420_000);
});
