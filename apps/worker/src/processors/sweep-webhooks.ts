import type { WebhookDeps } from '../delivery/webhook-deps.js';

/**
 * The periodic sweep: wakes the drains of every webhook with a delivery due (a retry whose time came, a
 * delivery whose drain died, a wake-up that was lost). Deliveries live in Postgres, so this is what makes
 * "never lost" hold even if a queue job is.
 */
export async function processSweepWebhooks(
  deps: Pick<WebhookDeps, 'store' | 'now' | 'queue' | 'concurrencyPerEndpoint'>,
): Promise<{ woken: number }> {
  const due = await deps.store.webhookDeliveries.webhooksWithDueDeliveries(deps.now());
  for (const webhookId of due) await deps.queue.wake(webhookId, deps.concurrencyPerEndpoint);
  return { woken: due.length };
}
