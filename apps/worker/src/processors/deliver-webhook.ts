import {
  type AttemptOutcome,
  AUTOMATION_JOB_NAMES,
  type ClaimedDelivery,
  DeliverWebhookJobSchema,
  DestinationNotAllowedError,
  parseJobData,
  type TicketRef,
  type WebhookFormat,
  type WebhookRecord,
  webhookSecretContext,
} from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import {
  type DeliveryAdapter,
  type DeliveryResult,
  UndeliverableError,
} from '../delivery/delivery-adapter.js';
import { EventPayloads } from '../delivery/event-payloads.js';
import { genericAdapter } from '../delivery/generic-adapter.js';
import { jiraAdapter } from '../delivery/jira-adapter.js';
import { pagerDutyAdapter } from '../delivery/pagerduty-adapter.js';
import type { WebhookDeps } from '../delivery/webhook-deps.js';

/**
 * Deliveries a drain claims at once: one claim statement per batch instead of per delivery, while each
 * drain still sends one request at a time.
 */
const CLAIM_BATCH = 25;
/** A slow batch still records what it did at least this often. */
const RECORD_AT_LEAST_EVERY_MS = 1_000;

const ADAPTERS: Readonly<Record<WebhookFormat, DeliveryAdapter>> = {
  generic: genericAdapter,
  pagerduty: pagerDutyAdapter,
  jira: jiraAdapter,
};

/**
 * One drain slot of a webhook: claims its due deliveries in small batches (oldest first, a finding's events
 * in order) and sends them one after the other, until none is due or the worker is closing (unsent ones
 * are handed back). A webhook has at most
 * WEBHOOK_CONCURRENCY_PER_ENDPOINT drains (their job ids are the slots), which bounds its requests in
 * flight whatever the number of deliveries or workers.
 */
export async function processDeliverWebhook(
  job: { readonly data: unknown },
  deps: WebhookDeps,
): Promise<{ delivered: number }> {
  let webhookId: string;
  try {
    webhookId = parseJobData(
      AUTOMATION_JOB_NAMES.deliverWebhook,
      DeliverWebhookJobSchema,
      job.data,
    ).webhookId;
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  const payloads = new EventPayloads(deps.store.webhookDeliveries);
  let handled = 0;
  while (!deps.closing()) {
    // Read per batch: a change (new URL, new token, disabled) applies from the next batch on.
    const webhook = await deps.store.webhooks.get(webhookId);
    if (!webhook) break;
    const batch = await deps.store.webhookDeliveries.claimDue(
      webhookId,
      deps.now(),
      deps.leaseMs * CLAIM_BATCH,
      CLAIM_BATCH,
    );
    if (batch.length === 0) break;
    const recorder = new AttemptRecorder(deps);
    let stopped = false;
    for (const [index, delivery] of batch.entries()) {
      if (deps.closing() || stopped) {
        // Hand back what this drain will not send (shutdown; the endpoint is gone or rate-limited): due as
        // it was, for the next drain.
        await recorder.flush();
        await deps.store.webhookDeliveries.release(batch.slice(index).map((rest) => rest.id));
        break;
      }
      const { outcome, stop } = await deliverOne(webhook, delivery, payloads, deps);
      await recorder.add(outcome);
      handled += 1;
      stopped = stop;
    }
    await recorder.flush();
  }
  return { delivered: handled };
}

/** A delivery's attempt with the ticket it opened or updated, waiting to be recorded. */
interface RecordedAttempt extends AttemptOutcome {
  readonly ticket?: { readonly fingerprint: string; readonly ref: TicketRef } | undefined;
}

/**
 * Records a drain's attempts in one statement per batch (or sooner when a batch is slow, so the
 * deliveries list stays current): a commit per request would make the database's commits, not the
 * endpoint, the limit. If the worker dies before recording, the deliveries are sent again after their
 * lease (at least once, with the same webhook-id).
 */
class AttemptRecorder {
  private pending: RecordedAttempt[] = [];
  private since = Date.now();

  constructor(private readonly deps: WebhookDeps) {}

  async add(outcome: RecordedAttempt): Promise<void> {
    this.pending.push(outcome);
    if (Date.now() - this.since >= RECORD_AT_LEAST_EVERY_MS) await this.flush();
  }

  async flush(): Promise<void> {
    const outcomes = this.pending;
    this.pending = [];
    this.since = Date.now();
    if (outcomes.length === 0) return;
    const tickets = outcomes.flatMap((outcome) => (outcome.ticket ? [outcome.ticket] : []));
    if (tickets.length === 0) {
      await this.deps.store.webhookDeliveries.recordAttempts(outcomes);
      return;
    }
    await this.deps.store.transaction(async (tx) => {
      await tx.webhookDeliveries.recordAttempts(outcomes);
      for (const ticket of tickets) await tx.webhookDeliveries.saveTicketRef(ticket.fingerprint, ticket.ref);
    });
  }
}

async function attempt(
  webhook: WebhookRecord,
  delivery: ClaimedDelivery,
  payloads: EventPayloads,
  deps: WebhookDeps,
): Promise<DeliveryResult> {
  if (!deps.secrets) {
    return {
      kind: 'retry',
      statusCode: null,
      error: 'SECRETS_ENCRYPTION_KEY is not configured on this worker',
    };
  }
  try {
    const secret = deps.secrets.open(webhook.secretEncrypted, webhookSecretContext(webhook.id));
    return await ADAPTERS[webhook.format].deliver({
      webhook,
      secret,
      delivery,
      http: deps.http,
      payloads,
      now: deps.now,
    });
  } catch (error) {
    if (error instanceof DestinationNotAllowedError || error instanceof UndeliverableError) {
      return { kind: 'rejected', statusCode: null, error: error.message };
    }
    return { kind: 'retry', statusCode: null, error: (error as Error).message };
  }
}

/**
 * Sends one delivery and says how it went and whether the drain may go on with its batch. What concerns
 * the endpoint itself is applied at once: 410 disables it, 429 pauses all its drains.
 */
async function deliverOne(
  webhook: WebhookRecord,
  delivery: ClaimedDelivery,
  payloads: EventPayloads,
  deps: WebhookDeps,
): Promise<{ outcome: RecordedAttempt; stop: boolean }> {
  const started = deps.now();
  const result = await attempt(webhook, delivery, payloads, deps);
  const finished = deps.now();
  const record = {
    at: started.toISOString(),
    durationMs: Math.max(0, finished.getTime() - started.getTime()),
    statusCode: result.statusCode,
    error: result.kind === 'delivered' ? null : result.error,
  };
  const base = { id: delivery.id, attempt: record };
  switch (result.kind) {
    case 'delivered': {
      const ticket =
        result.ticket && delivery.fingerprint
          ? { fingerprint: delivery.fingerprint, ref: result.ticket }
          : undefined;
      return { outcome: { ...base, next: { status: 'succeeded' }, ticket }, stop: false };
    }
    case 'gone':
      await deps.store.webhooks.disable(
        webhook.id,
        `the endpoint answered 410 Gone at ${finished.toISOString()}`,
        finished,
      );
      deps.logger.warn({ webhookId: webhook.id }, 'webhook disabled: the endpoint answered 410 Gone');
      return { outcome: { ...base, next: { status: 'dead' } }, stop: true };
    case 'rejected':
      deps.logger.warn(
        { webhookId: webhook.id, deliveryId: delivery.id, error: result.error },
        'webhook delivery dead-lettered: it cannot succeed as it is',
      );
      return { outcome: { ...base, next: { status: 'dead' } }, stop: false };
    case 'retry': {
      const delay = deps.retrySchedule.delayAfter(delivery.roundAttempts, result.retryAfterMs ?? null);
      if (result.throttled) {
        // A rate limit applies to the endpoint, not to this one delivery: pause all its drains.
        const pause = result.retryAfterMs ?? delay ?? deps.retrySchedule.delaysMs[0] ?? 1_000;
        await deps.store.webhooks.throttle(webhook.id, new Date(finished.getTime() + pause));
      }
      if (delay === null) {
        deps.logger.warn(
          {
            webhookId: webhook.id,
            deliveryId: delivery.id,
            attempts: delivery.attemptCount,
            error: result.error,
          },
          'webhook delivery dead-lettered after its last attempt',
        );
        return { outcome: { ...base, next: { status: 'dead' } }, stop: result.throttled === true };
      }
      return {
        outcome: { ...base, next: { status: 'pending', at: new Date(finished.getTime() + delay) } },
        stop: result.throttled === true,
      };
    }
  }
}
