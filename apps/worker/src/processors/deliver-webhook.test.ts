import { randomBytes } from 'node:crypto';
import {
  type AttemptOutcome,
  type ClaimedDelivery,
  createLogger,
  generateSigningSecret,
  RetrySchedule,
  SecretBox,
  type Store,
  type WebhookRecord,
  webhookSecretContext,
} from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { HttpResponse, SafeHttpClient } from '../delivery/safe-http-client.js';
import type { WebhookDeps } from '../delivery/webhook-deps.js';
import { processDeliverWebhook } from './deliver-webhook.js';

const WEBHOOK_ID = '6d0c9a52-1f0e-4c57-9a51-0c7e4ef0e001';
// The receiver checks the timestamp against its own clock (replay protection): send at the current second.
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const SIGNING_SECRET = generateSigningSecret();

function delivery(id: number, overrides: Partial<ClaimedDelivery> = {}): ClaimedDelivery {
  return {
    id: `0b7d8c3e-5a1f-4e2d-9c3b-${String(id).padStart(12, '0')}`,
    webhookId: WEBHOOK_ID,
    eventType: 'webhook.test',
    eventKey: `test-${id}`,
    scanId: null,
    fingerprint: null,
    fingerprints: null,
    part: null,
    parts: null,
    status: 'delivering',
    attemptCount: 1,
    roundAttempts: 1,
    nextAttemptAt: NOW,
    lastStatusCode: null,
    lastError: null,
    attempts: [],
    createdAt: new Date('2026-04-01T00:00:00Z'),
    deliveredAt: null,
    deadAt: null,
    finding: null,
    ticketRefs: [],
    ...overrides,
  };
}

const answer = (status: number, headers: Record<string, string> = {}, body = ''): HttpResponse => ({
  status,
  headers,
  body,
});

interface Setup {
  /** The batches claimDue hands out, one per call. */
  readonly batches: ClaimedDelivery[][];
  /** The endpoint's answers, one per request. */
  readonly answers: HttpResponse[];
  readonly secrets?: SecretBox | null;
  readonly webhook?: WebhookRecord | null;
  readonly closingAfter?: number;
}

/** The webhook, its deliveries and the endpoint, in memory; what the drain records is kept. */
function setup(options: Setup) {
  const secrets =
    options.secrets === undefined ? new SecretBox(randomBytes(32).toString('base64')) : options.secrets;
  const box = secrets ?? new SecretBox(randomBytes(32).toString('base64'));
  const webhook: WebhookRecord | null =
    options.webhook === undefined
      ? {
          id: WEBHOOK_ID,
          organizationId: 'default',
          name: 'tickets',
          url: 'https://hooks.example.com/orgscan',
          format: 'generic',
          mode: 'per-finding',
          events: ['finding.opened'],
          filters: {},
          jira: null,
          secretEncrypted: box.seal(SIGNING_SECRET, webhookSecretContext(WEBHOOK_ID)),
          enabled: true,
          disabledReason: null,
          throttledUntil: null,
          createdBy: 'test',
          createdAt: new Date(0),
          updatedAt: new Date(0),
        }
      : options.webhook;
  const batches = [...options.batches];
  const answers = [...options.answers];
  const recorded: AttemptOutcome[] = [];
  const released: string[] = [];
  const disabled: string[] = [];
  const throttled: Date[] = [];
  const requests: Array<{ url: string; method: string; headers: Record<string, string>; body: string }> = [];
  const deliveries = {
    claimDue: async () => batches.shift() ?? [],
    release: async (ids: readonly string[]) => {
      released.push(...ids);
    },
    recordAttempts: async (outcomes: readonly AttemptOutcome[]) => {
      recorded.push(...outcomes);
    },
    saveTicketRef: async () => {},
  };
  const webhooks = {
    get: async () => webhook,
    disable: async (_id: string, reason: string) => {
      disabled.push(reason);
    },
    throttle: async (_id: string, until: Date) => {
      throttled.push(until);
    },
  };
  const store = {
    webhooks,
    webhookDeliveries: deliveries,
    transaction: (work: (repositories: unknown) => Promise<unknown>) =>
      work({ webhooks, webhookDeliveries: deliveries }),
  } as unknown as Store;
  const http = {
    request: async (
      url: string,
      init: { method: string; headers?: Record<string, string>; body?: string },
    ) => {
      requests.push({ url, method: init.method, headers: init.headers ?? {}, body: init.body ?? '' });
      const next = answers.shift();
      if (!next) throw new Error('no answer left: the drain sent more requests than expected');
      return next;
    },
    close: () => {},
  } as unknown as SafeHttpClient;
  const deps: WebhookDeps = {
    store,
    logger: createLogger({ level: 'silent', name: 'test' }),
    now: () => NOW,
    queue: { wake: async () => {} },
    secrets,
    http,
    // No jitter (random 0.5 lands in the middle): 1 s after the first failure, 2 s after the second, then dead.
    retrySchedule: new RetrySchedule('1s,2s', () => 0.5),
    concurrencyPerEndpoint: 2,
    leaseMs: 60_000,
    closing: () => options.closingAfter !== undefined && requests.length >= options.closingAfter,
  };
  return { deps, recorded, released, disabled, throttled, requests };
}

const job = { data: { webhookId: WEBHOOK_ID, slot: 0 } };
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('deliver-webhook processor', () => {
  it('sends a delivery signed per Standard Webhooks and records it succeeded', async () => {
    const sent = delivery(1);
    const { deps, recorded, requests } = setup({ batches: [[sent]], answers: [answer(204)] });
    expect(await processDeliverWebhook(job, deps)).toEqual({ delivered: 1 });

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ url: 'https://hooks.example.com/orgscan', method: 'POST' });
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'webhook-id': `msg_${sent.id.replaceAll('-', '')}`,
      'webhook-timestamp': String(NOW.getTime() / 1000),
    });
    // A receiver holding the signing secret accepts the request as it was sent.
    const verified = new Webhook(SIGNING_SECRET).verify(request?.body ?? '', request?.headers ?? {});
    expect(verified).toMatchObject({ type: 'webhook.test', data: { webhookId: WEBHOOK_ID } });
    expect(() =>
      new Webhook(generateSigningSecret()).verify(request?.body ?? '', request?.headers ?? {}),
    ).toThrow();
    // The secret itself is never sent nor recorded.
    const secretBytes = SIGNING_SECRET.slice('whsec_'.length);
    expect(JSON.stringify({ request, recorded })).not.toContain(secretBytes);
    expect(recorded).toEqual([
      {
        id: sent.id,
        attempt: { at: NOW.toISOString(), durationMs: 0, statusCode: 204, error: null },
        next: { status: 'succeeded' },
        ticket: undefined,
      },
    ]);
  });

  it('sends the same webhook-id on every attempt of a delivery', async () => {
    const first = setup({ batches: [[delivery(1)]], answers: [answer(500)] });
    const second = setup({ batches: [[delivery(1, { roundAttempts: 2 })]], answers: [answer(200)] });
    await processDeliverWebhook(job, first.deps);
    await processDeliverWebhook(job, second.deps);
    expect(second.requests[0]?.headers['webhook-id']).toBe(first.requests[0]?.headers['webhook-id']);
  });

  it('schedules a failed attempt per the retry schedule, and dead-letters after the last one', async () => {
    const { deps, recorded } = setup({
      batches: [
        [
          delivery(1, { roundAttempts: 1 }),
          delivery(2, { roundAttempts: 2 }),
          delivery(3, { roundAttempts: 3, attemptCount: 7 }),
        ],
      ],
      answers: [answer(500, {}, 'upstream down'), answer(502), answer(503)],
    });
    expect(await processDeliverWebhook(job, deps)).toEqual({ delivered: 3 });
    expect(recorded.map((outcome) => outcome.next)).toEqual([
      { status: 'pending', at: at(1_000) },
      { status: 'pending', at: at(2_000) },
      { status: 'dead' },
    ]);
    expect(recorded.map((outcome) => outcome.attempt)).toEqual([
      { at: NOW.toISOString(), durationMs: 0, statusCode: 500, error: 'HTTP 500: upstream down' },
      { at: NOW.toISOString(), durationMs: 0, statusCode: 502, error: 'HTTP 502' },
      { at: NOW.toISOString(), durationMs: 0, statusCode: 503, error: 'HTTP 503' },
    ]);
  });

  it('429: waits at least Retry-After, pauses the whole endpoint and hands the rest of the batch back', async () => {
    const { deps, recorded, released, throttled, requests } = setup({
      batches: [[delivery(1), delivery(2), delivery(3)]],
      answers: [answer(429, { 'retry-after': '30' })],
    });
    expect(await processDeliverWebhook(job, deps)).toEqual({ delivered: 1 });
    expect(requests).toHaveLength(1);
    expect(recorded.map((outcome) => outcome.next)).toEqual([{ status: 'pending', at: at(30_000) }]);
    expect(throttled).toEqual([at(30_000)]);
    expect(released).toEqual([delivery(2).id, delivery(3).id]);
  });

  it('410 Gone: disables the webhook, dead-letters the delivery and stops the drain', async () => {
    const { deps, recorded, released, disabled } = setup({
      batches: [[delivery(1), delivery(2)]],
      answers: [answer(410)],
    });
    await processDeliverWebhook(job, deps);
    expect(recorded.map((outcome) => outcome.next)).toEqual([{ status: 'dead' }]);
    expect(disabled).toEqual([`the endpoint answered 410 Gone at ${NOW.toISOString()}`]);
    expect(released).toEqual([delivery(2).id]);
  });

  it('dead-letters at once what can never be sent (its event record is gone), without a request', async () => {
    const { deps, recorded, requests } = setup({
      batches: [[delivery(1, { eventType: 'finding.opened', finding: null })]],
      answers: [],
    });
    await processDeliverWebhook(job, deps);
    expect(requests).toEqual([]);
    expect(recorded).toMatchObject([{ next: { status: 'dead' }, attempt: { statusCode: null } }]);
    expect(recorded[0]?.attempt.error).toContain('is gone');
  });

  it('without SECRETS_ENCRYPTION_KEY: nothing is sent and the delivery is retried, not lost', async () => {
    const { deps, recorded, requests } = setup({ batches: [[delivery(1)]], answers: [], secrets: null });
    await processDeliverWebhook(job, deps);
    expect(requests).toEqual([]);
    expect(recorded).toMatchObject([
      {
        next: { status: 'pending', at: at(1_000) },
        attempt: { error: 'SECRETS_ENCRYPTION_KEY is not configured on this worker' },
      },
    ]);
  });

  it('drains batch after batch until none is due, and stops after the delivery in hand when closing', async () => {
    const all = setup({ batches: [[delivery(1)], [delivery(2)]], answers: [answer(200), answer(200)] });
    expect(await processDeliverWebhook(job, all.deps)).toEqual({ delivered: 2 });

    const closing = setup({
      batches: [[delivery(1), delivery(2), delivery(3)]],
      answers: [answer(200)],
      closingAfter: 1,
    });
    expect(await processDeliverWebhook(job, closing.deps)).toEqual({ delivered: 1 });
    expect(closing.recorded.map((outcome) => outcome.id)).toEqual([delivery(1).id]);
    expect(closing.released).toEqual([delivery(2).id, delivery(3).id]);
  });

  it('does nothing for a deleted webhook, and refuses an invalid payload without retries', async () => {
    const gone = setup({ batches: [[delivery(1)]], answers: [], webhook: null });
    expect(await processDeliverWebhook(job, gone.deps)).toEqual({ delivered: 0 });
    expect(gone.requests).toEqual([]);
    await expect(processDeliverWebhook({ data: { webhookId: 'x' } }, gone.deps)).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
  });
});
