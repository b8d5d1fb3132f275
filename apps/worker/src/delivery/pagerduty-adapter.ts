import type { Severity } from '@orgscan/checks';
import type { FindingEventData } from '@orgscan/core';
import {
  type DeliveryAdapter,
  type DeliveryContext,
  type DeliveryResult,
  resultOf,
  UndeliverableError,
} from './delivery-adapter.js';
import { findingPayload } from './event-payloads.js';
import { USER_AGENT } from './generic-adapter.js';

const PD_SEVERITY: Readonly<Record<Severity, 'critical' | 'error' | 'warning' | 'info'>> = {
  critical: 'critical',
  high: 'error',
  medium: 'warning',
  low: 'info',
  informational: 'info',
};

/** PagerDuty's own limits: summary ≤ 1024 characters, dedup_key ≤ 255. */
const MAX_SUMMARY = 1024;

function triggerEvent(routingKey: string, dedupKey: string, event: FindingEventData, at: string) {
  const finding = findingPayload(event);
  const summary = `[${event.severity}] ${finding.checkTitle}: ${event.resourceId} (account ${event.accountId}, ${event.region})`;
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: {
      summary: summary.slice(0, MAX_SUMMARY),
      source: `aws:${event.accountId}:${event.region}`,
      severity: PD_SEVERITY[event.severity],
      timestamp: at,
      component: finding.service ?? undefined,
      group: event.accountId,
      class: event.checkId,
      custom_details: {
        change: event.change,
        message: event.message,
        resource: event.resourceId,
        account: event.accountName ?? event.accountId,
        ou: event.ouPath,
        remediation: finding.remediation?.text,
      },
    },
    client: 'orgscan',
    links: finding.remediation ? [{ href: finding.remediation.url, text: 'Remediation' }] : [],
  };
}

/** The dedup_key of the finding's alert: the one this webhook recorded, else the finding's fingerprint. */
function alertKey({ delivery, webhook }: DeliveryContext, event: FindingEventData): string {
  const recorded = delivery.ticketRefs.find(
    (ref) => ref.webhookId === webhook.id && ref.system === 'pagerduty',
  );
  return recorded?.key ?? event.fingerprint;
}

/**
 * PagerDuty Events API v2: finding.opened and finding.reopened trigger an alert whose dedup_key is the
 * finding fingerprint (a repeated trigger adds to the open alert instead of opening another); finding.resolved
 * resolves it. Once an alert exists, its events keep the dedup_key recorded in the finding's ticket, so a
 * fingerprint that changed since (migration 0011 renamed account-level findings) still reaches that alert.
 * A ping is a change event (it pages nobody). 202 is success; 400 means the event is invalid (not retried,
 * per PagerDuty); 429 and 5xx are retried with backoff.
 */
export const pagerDutyAdapter: DeliveryAdapter = {
  async deliver(context: DeliveryContext): Promise<DeliveryResult> {
    const { delivery, webhook } = context;
    const at = delivery.createdAt.toISOString();
    let url = webhook.url;
    let body: unknown;
    if (delivery.eventType === 'webhook.test') {
      url = new URL('/v2/change/enqueue', webhook.url).toString();
      body = {
        routing_key: context.secret,
        payload: { summary: 'orgscan webhook test', source: 'orgscan', timestamp: at },
      };
    } else {
      const event = delivery.finding;
      if (!event) throw new UndeliverableError(`delivery ${delivery.id} has no finding event`);
      body =
        event.type === 'finding.resolved'
          ? { routing_key: context.secret, event_action: 'resolve', dedup_key: alertKey(context, event) }
          : triggerEvent(context.secret, alertKey(context, event), event, at);
    }
    const response = await context.http.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body: JSON.stringify(body),
    });
    const result = resultOf(response, context.now(), [400]);
    if (result.kind !== 'delivered' || !delivery.finding) return result;
    return {
      ...result,
      ticket: {
        webhookId: webhook.id,
        system: 'pagerduty',
        key: alertKey(context, delivery.finding),
        state: delivery.finding.type === 'finding.resolved' ? 'resolved' : 'open',
        updatedAt: context.now().toISOString(),
      },
    };
  },
};
