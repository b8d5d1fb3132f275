import {
  type DeliveryRecord,
  type DeliveryStatus,
  deliveryMessageId,
  type WebhookRecord,
} from '@orgscan/core';

/**
 * What of a webhook URL may be shown: scheme, host and port. A path or query (a chat webhook's token, a
 * `?token=`) is replaced by an ellipsis.
 */
export function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const hidden = parsed.pathname.replace(/^\/$/, '') !== '' || parsed.search !== '' || parsed.hash !== '';
    return `${parsed.protocol}//${parsed.host}/${hidden ? '…' : ''}`;
  } catch {
    return '…';
  }
}

/** A webhook as the API shows it: secrets never (only that one is set), the URL masked. */
export function webhookView(webhook: WebhookRecord, deliveries: Record<DeliveryStatus, number>) {
  return {
    id: webhook.id,
    organizationId: webhook.organizationId,
    name: webhook.name,
    url: maskedUrl(webhook.url),
    format: webhook.format,
    mode: webhook.mode,
    events: [...webhook.events],
    filters: webhook.filters as never,
    jira: webhook.jira
      ? { email: webhook.jira.email, projectKey: webhook.jira.projectKey, issueType: webhook.jira.issueType }
      : null,
    secretSet: webhook.secretEncrypted.length > 0,
    enabled: webhook.enabled,
    disabledReason: webhook.disabledReason,
    throttledUntil: webhook.throttledUntil ? webhook.throttledUntil.toISOString() : null,
    deliveries,
    createdBy: webhook.createdBy,
    createdAt: webhook.createdAt.toISOString(),
    updatedAt: webhook.updatedAt.toISOString(),
  };
}

export function deliveryView(delivery: DeliveryRecord) {
  const final = delivery.status === 'succeeded' || delivery.status === 'dead';
  return {
    id: delivery.id,
    webhookId: delivery.webhookId,
    messageId: deliveryMessageId(delivery.id),
    eventType: delivery.eventType,
    scanId: delivery.scanId,
    fingerprint: delivery.fingerprint,
    part: delivery.part,
    parts: delivery.parts,
    status: delivery.status,
    attemptCount: delivery.attemptCount,
    nextAttemptAt: final ? null : delivery.nextAttemptAt.toISOString(),
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    attempts: delivery.attempts.map((attempt) => ({ ...attempt })),
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt ? delivery.deliveredAt.toISOString() : null,
    deadAt: delivery.deadAt ? delivery.deadAt.toISOString() : null,
  };
}
