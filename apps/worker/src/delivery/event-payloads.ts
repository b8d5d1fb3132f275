import { findCheck } from '@orgscan/checks';
import type {
  ClaimedDelivery,
  FindingEventData,
  ScanEventData,
  WebhookDeliveriesRepository,
  WebhookRecord,
} from '@orgscan/core';
import { UndeliverableError } from './delivery-adapter.js';

/** A finding as events describe it: where, what, how bad, how to fix, and the dedupe key of its ticket. */
export function findingPayload(event: FindingEventData) {
  const check = findCheck(event.checkId);
  return {
    fingerprint: event.fingerprint,
    organizationId: event.organizationId,
    accountId: event.accountId,
    accountName: event.accountName,
    ouPath: event.ouPath,
    region: event.region,
    checkId: event.checkId,
    checkTitle: check?.title ?? event.checkId,
    service: check?.service ?? null,
    severity: event.severity,
    resourceId: event.resourceId,
    resourceType: event.resourceType,
    status: event.status,
    previousStatus: event.previousStatus,
    message: event.message,
    remediation: check ? { text: check.remediation.text, url: check.remediation.url } : null,
    links: { finding: `/v1/findings/${event.fingerprint}?organizationId=${event.organizationId}` },
  };
}

/** One finding event: the fingerprint is the dedupe key, the same for every event of that finding. */
export function findingEventData(event: FindingEventData) {
  return {
    dedupeKey: event.fingerprint,
    change: event.change,
    scanId: event.scanId,
    finding: findingPayload(event),
  };
}

/** The generic envelope (Standard Webhooks style): type, timestamp, data. */
export interface EventEnvelope {
  readonly type: string;
  readonly timestamp: string;
  readonly data: unknown;
}

/**
 * Builds the body of a delivery from what the database recorded for it (the scan's lifecycle changes, the
 * scan row), never from current state that a later scan may have changed: every attempt of a delivery
 * sends the same bytes. The timestamp is when the event was created, not when it was sent.
 */
export class EventPayloads {
  constructor(private readonly deliveries: WebhookDeliveriesRepository) {}

  async envelope(webhook: WebhookRecord, delivery: ClaimedDelivery): Promise<EventEnvelope> {
    const timestamp = delivery.createdAt.toISOString();
    switch (delivery.eventType) {
      case 'webhook.test':
        return {
          type: 'webhook.test',
          timestamp,
          data: {
            webhookId: webhook.id,
            message: 'Test event from orgscan: this endpoint receives its events.',
          },
        };
      case 'scan.completed':
        return { type: 'scan.completed', timestamp, data: { scan: await this.scan(delivery) } };
      case 'findings.digest': {
        const events = await this.deliveries.digestEvents(
          delivery.scanId as string,
          delivery.fingerprints ?? [],
        );
        return {
          type: 'findings.digest',
          timestamp,
          data: {
            scan: await this.scan(delivery),
            part: delivery.part,
            parts: delivery.parts,
            events: events.map((event) => ({ type: event.type, ...findingEventData(event) })),
          },
        };
      }
      default: {
        if (!delivery.finding)
          throw new UndeliverableError(`the lifecycle record of delivery ${delivery.id} is gone`);
        return { type: delivery.eventType, timestamp, data: findingEventData(delivery.finding) };
      }
    }
  }

  private async scan(delivery: ClaimedDelivery): Promise<ScanEventData> {
    const scan = await this.deliveries.scanEvent(delivery.scanId as string);
    if (!scan) throw new UndeliverableError(`scan ${delivery.scanId} of delivery ${delivery.id} is gone`);
    return scan;
  }
}
