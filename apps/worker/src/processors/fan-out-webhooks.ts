import { AUTOMATION_JOB_NAMES, FanOutWebhooksJobSchema, parseJobData } from '@orgscan/core';
import { UnrecoverableError } from 'bullmq';
import type { WebhookDeps } from '../delivery/webhook-deps.js';

/**
 * Turns a finalized scan into webhook deliveries: for every enabled webhook of its organization, one
 * set-based insert (scan.completed, and the finding events that pass its filters, per finding or in digest
 * parts), then its drains are woken. Runs after finalize-scan, which only enqueued this job: a scan's
 * completion never waits for deliveries nor for building them. Idempotent (deliveries are unique per event).
 */
export async function processFanOutWebhooks(
  job: { readonly data: unknown },
  deps: Pick<WebhookDeps, 'store' | 'logger' | 'now' | 'queue' | 'concurrencyPerEndpoint'>,
): Promise<{ webhooks: number; deliveries: number }> {
  let scanId: string;
  try {
    scanId = parseJobData(AUTOMATION_JOB_NAMES.fanOutWebhooks, FanOutWebhooksJobSchema, job.data).scanId;
  } catch (error) {
    throw new UnrecoverableError((error as Error).message);
  }
  const scan = await deps.store.scans.get(scanId);
  if (!scan) throw new UnrecoverableError(`scan ${scanId} does not exist`);
  const webhooks = await deps.store.webhooks.listEnabled(scan.organizationId);
  let deliveries = 0;
  for (const webhook of webhooks) {
    const created = await deps.store.webhookDeliveries.fanOutScan(webhook, scanId, deps.now());
    deliveries += created;
    // Woken even when nothing was created now: a previous run may have created them and died before this.
    await deps.queue.wake(webhook.id, deps.concurrencyPerEndpoint);
  }
  if (webhooks.length > 0) {
    deps.logger.info({ scanId, webhooks: webhooks.length, deliveries }, 'webhook deliveries created');
  }
  return { webhooks: webhooks.length, deliveries };
}
