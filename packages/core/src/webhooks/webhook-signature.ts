import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. Shown to the user once. */
export function generateSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export interface SignedHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/**
 * Standard Webhooks headers for one attempt (https://www.standardwebhooks.com): the signature is
 * `v1,` + base64(HMAC-SHA256(secret bytes, "<id>.<timestamp>.<body>")). The id stays the same across
 * retries (receivers deduplicate on it); the timestamp is the attempt's, so receivers can reject replays.
 */
export function signWebhook(secret: string, messageId: string, sentAt: Date, body: string): SignedHeaders {
  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
  const timestamp = String(Math.floor(sentAt.getTime() / 1000));
  const signature = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': messageId, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}

/** The webhook-id of a delivery: derived from its id, so every attempt and redelivery carries the same. */
export function deliveryMessageId(deliveryId: string): string {
  return `msg_${deliveryId.replaceAll('-', '')}`;
}

/** Authenticated data of a webhook's sealed secret: it opens only on its own row. */
export function webhookSecretContext(webhookId: string): string {
  return `webhook:${webhookId}`;
}
