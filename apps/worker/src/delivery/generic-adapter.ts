import { deliveryMessageId, signWebhook } from '@orgscan/core';
import {
  type DeliveryAdapter,
  type DeliveryContext,
  type DeliveryResult,
  resultOf,
} from './delivery-adapter.js';

export const USER_AGENT = 'orgscan-webhooks/0.1';

/**
 * Generic JSON, signed per Standard Webhooks: `webhook-id` (the delivery's, the same on every retry),
 * `webhook-timestamp` and `webhook-signature` (v1, HMAC-SHA256 under the whsec_ secret). The body carries
 * the finding fingerprint as `data.dedupeKey`, so a receiver opens one ticket per finding. Any non-2xx is
 * retried; 410 Gone disables the endpoint.
 */
export const genericAdapter: DeliveryAdapter = {
  async deliver(context: DeliveryContext): Promise<DeliveryResult> {
    const body = JSON.stringify(await context.payloads.envelope(context.webhook, context.delivery));
    const now = context.now();
    const response = await context.http.request(context.webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        ...signWebhook(context.secret, deliveryMessageId(context.delivery.id), now, body),
      },
      body,
    });
    return resultOf(response, context.now());
  },
};
