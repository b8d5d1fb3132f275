import type { RedisClient } from '@orgscan/core';
import { createRedisConnection } from '@orgscan/core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import {
  createSyntheticOrganization,
  finding,
  fingerprintOf,
  runSyntheticScan,
} from '../../support/synthetic-scan.js';
import { testRedisUrl } from '../../support/test-redis.js';
import { waitFor } from '../../support/wait-for.js';
import { type ReceivedRequest, WebhookReceiver } from '../../support/webhook-receiver.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const ORG = 'hooks';
const A = '200000000001';
const B = '200000000002';

let orgscan: InProcessOrgscan;
let receiver: WebhookReceiver;

async function call(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await orgscan.fetch(path, {
    method: init.method ?? 'GET',
    headers: init.body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Json };
}

async function createWebhook(body: Record<string, unknown>): Promise<Json> {
  const { status, body: created } = await call('/v1/webhooks', {
    method: 'POST',
    body: { organizationId: ORG, name: 'receiver', url: `${receiver.url}/hook`, ...body },
  });
  expect(status, JSON.stringify(created)).toBe(201);
  return created;
}

const requestsTo = (path: string) => receiver.requests.filter((request) => request.path === path);

async function deliveries(webhookId: string): Promise<Json[]> {
  return (await call(`/v1/webhooks/${webhookId}/deliveries?limit=500`)).body.items;
}

async function settled(webhookId: string, count: number): Promise<Json[]> {
  return waitFor(`${count} deliveries of ${webhookId} to settle`, async () => {
    const items = await deliveries(webhookId);
    return items.length >= count && items.every((item) => ['succeeded', 'dead'].includes(item.status))
      ? items
      : undefined;
  });
}

function verified(secret: string, request: ReceivedRequest): Json {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });
}

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  orgscan = await startInProcessOrgscan({ webhooks: { retrySchedule: '50ms,100ms,200ms' } });
  await createSyntheticOrganization(orgscan.database.store, ORG, [
    { id: A, ouIds: ['r-1', 'ou-prod-00000001'] },
    { id: B, ouIds: ['r-1', 'ou-dev-000000001'] },
  ]);
});
afterAll(async () => {
  await orgscan?.close();
  await receiver?.close();
});

describe('generic webhooks', () => {
  let webhook: Json;
  let secret: string;

  it('shows the signing secret once, stores it sealed, and never returns it again', async () => {
    webhook = await createWebhook({
      events: ['scan.completed', 'finding.opened', 'finding.resolved', 'finding.reopened'],
    });
    secret = webhook.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(webhook).toMatchObject({ format: 'generic', mode: 'per-finding', secretSet: true, enabled: true });
    const read = await call(`/v1/webhooks/${webhook.id}`);
    const list = await call(`/v1/webhooks?organizationId=${ORG}`);
    for (const body of [read.body, list.body]) {
      expect(JSON.stringify(body)).not.toContain(secret.slice(6));
      expect(JSON.stringify(body)).not.toContain('whsec_');
    }
    const { rows } = await orgscan.database.pool.query(
      'SELECT row_to_json(w)::text AS row FROM webhooks w WHERE id = $1',
      [webhook.id],
    );
    expect(rows[0].row).not.toContain(secret.slice(6));
    expect(rows[0].row).not.toContain(secret.slice(6, 20));
    // The audit log keeps the request, not the secret it answered with.
    const audit = await orgscan.database.pool.query('SELECT details::text AS details FROM audit_log');
    expect(audit.rows.map((row) => row.details).join()).not.toContain(secret.slice(6));
  });

  it('refuses URLs it must not call, naming the reason', async () => {
    for (const [url, reason] of [
      ['https://169.254.169.254/latest/meta-data', /link-local/],
      ['https://[fd00:ec2::254]/', /unique-local/],
      ['https://10.0.0.5/hook', /private/],
      ['http://hooks.example.com/hook', /use https/],
      ['https://user:pw@hooks.example.com/hook', /credentials/],
      ['file:///etc/passwd', /scheme/],
    ] as const) {
      const { status, body } = await call('/v1/webhooks', {
        method: 'POST',
        body: { organizationId: ORG, name: 'x', url, events: ['finding.opened'] },
      });
      expect(status, url).toBe(400);
      expect(body.errors[0]).toMatchObject({ field: 'body.url', message: expect.stringMatching(reason) });
    }
  });

  it('sends a signed ping through the queue', async () => {
    const { status, body } = await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' });
    expect(status).toBe(202);
    const [delivery] = await settled(webhook.id, 1);
    expect(delivery).toMatchObject({ id: body.deliveryId, eventType: 'webhook.test', status: 'succeeded' });
    const [ping] = requestsTo('/hook');
    expect(ping?.headers['webhook-id']).toBe(delivery.messageId);
    expect(verified(secret, ping as ReceivedRequest)).toMatchObject({ type: 'webhook.test' });
  });

  it('delivers a scan: scan.completed and one signed finding.opened per new failure, the fingerprint as dedupe key', async () => {
    receiver.requests.length = 0;
    const [alice, bob, carol] = [
      finding(A, 'alice', 'FAIL'),
      finding(A, 'bob', 'FAIL'),
      finding(B, 'carol', 'FAIL'),
    ];
    const failing = [alice, bob, carol];
    const scanId = await runSyntheticScan(
      orgscan.processorDeps,
      ORG,
      new Map([
        [A, [alice, bob, finding(A, 'dave', 'PASS')]],
        [B, [carol]],
      ]),
    );
    const items = await settled(webhook.id, 5);
    expect(
      items
        .filter((item) => item.scanId === scanId)
        .map((item) => item.eventType)
        .sort(),
    ).toEqual(['finding.opened', 'finding.opened', 'finding.opened', 'scan.completed']);
    const events = requestsTo('/hook').map((request) => verified(secret, request));
    const completed = events.find((event) => event.type === 'scan.completed');
    expect(completed.data.scan).toMatchObject({
      id: scanId,
      organizationId: ORG,
      status: 'completed',
      failureReason: null,
      changes: { new: 3, resolved: 0, regressed: 0, reopened: 0, unchanged: 1 },
    });
    const opened = events.filter((event) => event.type === 'finding.opened');
    expect(opened.map((event) => event.data.dedupeKey).sort()).toEqual(
      failing.map((item) => fingerprintOf(ORG, item)).sort(),
    );
    expect(opened[0].data.finding).toMatchObject({
      organizationId: ORG,
      checkId: 'iam-user-console-mfa-enabled',
      severity: 'high',
      status: 'FAIL',
      remediation: { url: expect.stringMatching(/^https:/) },
    });
    // Each event carries the message its scan observed (read from that scan's findings partition).
    for (const event of opened) {
      const source = failing.find((item) => fingerprintOf(ORG, item) === event.data.dedupeKey);
      expect(event.data.finding.message).toBe(source?.message);
    }
    expect(new Set(requestsTo('/hook').map((request) => request.headers['webhook-id'])).size).toBe(4);
  });

  it('sends nothing new for a repeated scan of the same failures, and finding.resolved when one is fixed', async () => {
    receiver.requests.length = 0;
    await runSyntheticScan(
      orgscan.processorDeps,
      ORG,
      new Map([
        [A, [finding(A, 'alice', 'FAIL'), finding(A, 'bob', 'PASS'), finding(A, 'dave', 'PASS')]],
        [B, [finding(B, 'carol', 'FAIL')]],
      ] as const),
    );
    await settled(webhook.id, 7);
    const events = requestsTo('/hook').map((request) => verified(secret, request));
    expect(events.map((event) => event.type).sort()).toEqual(['finding.resolved', 'scan.completed']);
    const resolved = events.find((event) => event.type === 'finding.resolved');
    expect(resolved.data).toMatchObject({
      dedupeKey: fingerprintOf(ORG, finding(A, 'bob', 'FAIL')),
      change: 'resolved',
      finding: { status: 'PASS', previousStatus: 'FAIL' },
    });
  });

  it('applies filters (severity, account, OU) and digests in parts', async () => {
    const critical = await createWebhook({
      events: ['finding.opened'],
      filters: { severities: ['critical'], ouIds: ['ou-prod-00000001'] },
    });
    const digest = await createWebhook({ events: ['finding.opened', 'finding.resolved'], mode: 'digest' });
    receiver.requests.length = 0;
    await runSyntheticScan(
      orgscan.processorDeps,
      ORG,
      new Map([
        [
          A,
          [
            finding(A, 'alice', 'FAIL'),
            finding(A, 'dave', 'PASS'),
            finding(A, 'root', 'FAIL', 'iam-root-mfa-enabled', 'critical'),
          ],
        ],
        [B, [finding(B, 'carol', 'FAIL'), finding(B, 'root', 'FAIL', 'iam-root-mfa-enabled', 'critical')]],
      ] as const),
      ['iam-user-console-mfa-enabled', 'iam-root-mfa-enabled'],
    );
    const [onlyCritical] = await settled(critical.id, 1);
    const criticalEvent = verified(
      critical.secret,
      requestsTo('/hook').find(
        (request) => request.headers['webhook-id'] === onlyCritical.messageId,
      ) as ReceivedRequest,
    );
    expect(criticalEvent.data.finding).toMatchObject({
      accountId: A,
      severity: 'critical',
      checkId: 'iam-root-mfa-enabled',
    });
    const [part] = await settled(digest.id, 1);
    expect(part).toMatchObject({ eventType: 'findings.digest', part: 1, parts: 1 });
    const digestEvent = verified(
      digest.secret,
      requestsTo('/hook').find(
        (request) => request.headers['webhook-id'] === part.messageId,
      ) as ReceivedRequest,
    );
    expect(digestEvent.data.events.map((event: Json) => event.finding.resourceId).sort()).toEqual([
      `arn:aws:iam::${A}:user/root`,
      `arn:aws:iam::${B}:user/root`,
    ]);
    for (const id of [critical.id, digest.id]) await call(`/v1/webhooks/${id}`, { method: 'DELETE' });
  });
});

describe('retries, dead letters and endpoint answers', () => {
  let webhook: Json;
  const answers: number[] = [];

  beforeAll(async () => {
    webhook = await createWebhook({ url: `${receiver.url}/flaky`, events: ['finding.opened'] });
    receiver.respond((request) => {
      if (request.path !== '/flaky') return { status: 204 };
      const status = answers.shift() ?? 204;
      return status === 429 ? { status, headers: { 'retry-after': '1' } } : { status };
    });
  });

  it('retries with the same webhook-id until the endpoint accepts', async () => {
    answers.push(500, 502);
    await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' });
    const [delivery] = await settled(webhook.id, 1);
    expect(delivery.status).toBe('succeeded');
    expect(delivery.attempts.map((attempt: Json) => attempt.statusCode)).toEqual([500, 502, 204]);
    expect(delivery.attempts[0].error).toMatch(/HTTP 500/);
    const tries = requestsTo('/flaky');
    expect(new Set(tries.map((request) => request.headers['webhook-id']))).toEqual(
      new Set([delivery.messageId]),
    );
    for (const request of tries) verified(webhook.secret, request);
  });

  it('dead-letters after the last attempt, and redelivers on request', async () => {
    answers.push(503, 503, 503, 503);
    const { body } = await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' });
    const dead = await waitFor('the delivery to be dead-lettered', async () => {
      const { body: delivery } = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}`);
      return delivery.status === 'dead' ? delivery : undefined;
    });
    expect(dead.attempts.map((attempt: Json) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
    expect(dead.deadAt).not.toBeNull();
    expect(
      (await call(`/v1/webhooks/${webhook.id}/deliveries?status=dead`)).body.items.map(
        (item: Json) => item.id,
      ),
    ).toEqual([body.deliveryId]);
    const redelivered = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}/redeliver`, {
      method: 'POST',
    });
    expect(redelivered.status).toBe(202);
    const done = await waitFor('the redelivery', async () => {
      const { body: delivery } = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}`);
      return delivery.status === 'succeeded' ? delivery : undefined;
    });
    expect(done.attempts.map((attempt: Json) => attempt.statusCode)).toEqual([503, 503, 503, 503, 204]);
    expect(done.messageId).toBe(dead.messageId);
    // A delivered one can be sent again too.
    const again = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}/redeliver`, {
      method: 'POST',
    });
    expect(again.status).toBe(202);
    await waitFor('the second redelivery', async () => {
      const { body: delivery } = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}`);
      return delivery.status === 'succeeded' && delivery.attempts.length === 6 ? true : undefined;
    });
  });

  it('waits out a 429 for at least its Retry-After, for the whole endpoint', async () => {
    answers.push(429);
    const { body } = await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' });
    const done = await waitFor('the throttled delivery', async () => {
      const { body: delivery } = await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}`);
      return delivery.status === 'succeeded' ? delivery : undefined;
    });
    const [first, second] = done.attempts;
    expect([first.statusCode, second.statusCode]).toEqual([429, 204]);
    expect(Date.parse(second.at) - Date.parse(first.at)).toBeGreaterThanOrEqual(1_000);
  });

  it('disables the endpoint when it answers 410 Gone', async () => {
    answers.push(410);
    const { body } = await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' });
    const gone = await waitFor('the endpoint to be disabled', async () => {
      const { body: current } = await call(`/v1/webhooks/${webhook.id}`);
      return current.enabled === false ? current : undefined;
    });
    expect(gone.disabledReason).toMatch(/410 Gone/);
    expect((await call(`/v1/webhooks/${webhook.id}/deliveries/${body.deliveryId}`)).body).toMatchObject({
      status: 'dead',
      lastStatusCode: 410,
    });
    expect((await call(`/v1/webhooks/${webhook.id}/test`, { method: 'POST' })).status).toBe(409);
    const enabled = await call(`/v1/webhooks/${webhook.id}`, { method: 'PATCH', body: { enabled: true } });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
  });
});

describe('secrets', () => {
  it('keeps webhook secrets out of Redis: jobs carry ids only', async () => {
    const redis: RedisClient = createRedisConnection(testRedisUrl(), 'worker');
    try {
      const keys = await redis.keys(`${orgscan.queuePrefix}:*`);
      const dump: string[] = [];
      for (const key of keys) {
        const type = await redis.type(key);
        if (type === 'hash') dump.push(JSON.stringify(await redis.hgetall(key)));
        if (type === 'string') dump.push((await redis.get(key)) ?? '');
      }
      const text = dump.join('\n');
      expect(text).toContain('scanId');
      expect(text).not.toContain('whsec_');
      expect(text).not.toContain('secret');
    } finally {
      await redis.quit();
    }
  });

  it('refuses to store a webhook when no encryption key is configured', async () => {
    const keyless = await startInProcessOrgscan({ inProcessWorker: false, webhooks: { secretsKey: null } });
    try {
      const response = await keyless.fetch('/v1/webhooks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', url: 'https://hooks.example.com/x', events: ['finding.opened'] }),
      });
      expect(response.status).toBe(409);
      expect(((await response.json()) as Json).detail).toMatch(/SECRETS_ENCRYPTION_KEY/);
    } finally {
      await keyless.close();
    }
  });
});
