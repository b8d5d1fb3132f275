import type { ClaimedDelivery, FindingEventData, TicketRef, WebhookRecord } from '@orgscan/core';
import { describe, expect, it } from 'vitest';
import type { DeliveryContext } from './delivery-adapter.js';
import type { EventPayloads } from './event-payloads.js';
import { pagerDutyAdapter } from './pagerduty-adapter.js';
import type { SafeHttpClient } from './safe-http-client.js';

const WEBHOOK: WebhookRecord = {
  id: '6d0c9a52-1f0e-4c57-9a51-0c7e4ef0e001',
  organizationId: 'default',
  name: 'pager',
  url: 'https://events.pagerduty.com/v2/enqueue',
  format: 'pagerduty',
  mode: 'per-finding',
  events: ['finding.opened', 'finding.resolved'],
  filters: {},
  jira: null,
  secretEncrypted: 'sealed',
  enabled: true,
  disabledReason: null,
  throttledUntil: null,
  createdBy: 'test',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

const FINGERPRINT = '2ed9fca7cad0b17781dd7bd2baec9bbb';
/** The fingerprint the finding had when its alert was triggered (before migration 0011 renamed it). */
const EARLIER_FINGERPRINT = '4d363a6c3e732d970e43281c519f84ad';

function event(type: FindingEventData['type']): FindingEventData {
  return {
    type,
    change: type === 'finding.resolved' ? 'resolved' : 'regressed',
    fingerprint: FINGERPRINT,
    organizationId: 'default',
    scanId: '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21',
    accountId: '111111111111',
    accountName: 'prod',
    ouPath: 'Root',
    region: 'global',
    checkId: 'iam-root-mfa-enabled',
    resourceId: 'arn:aws:account::111111111111:account',
    resourceType: 'AwsAccount',
    severity: 'critical',
    status: type === 'finding.resolved' ? 'PASS' : 'FAIL',
    previousStatus: type === 'finding.resolved' ? 'FAIL' : 'PASS',
    message: 'root MFA',
    muted: false,
  };
}

/** One attempt of a delivery against a PagerDuty that accepts everything; returns what was sent. */
async function deliver(finding: FindingEventData, ticketRefs: readonly TicketRef[]) {
  const sent: { dedup_key?: string; event_action?: string }[] = [];
  const http = {
    async request(_url: string, init: { body: string }) {
      sent.push(JSON.parse(init.body));
      return { status: 202, headers: {}, body: '' };
    },
  } as unknown as SafeHttpClient;
  const delivery = {
    id: 'd-1',
    eventType: finding.type,
    createdAt: new Date('2026-01-02T00:00:00Z'),
    finding,
    ticketRefs,
  } as unknown as ClaimedDelivery;
  const context: DeliveryContext = {
    webhook: WEBHOOK,
    secret: 'routing-key',
    delivery,
    http,
    payloads: {} as EventPayloads,
    now: () => new Date('2026-01-02T00:00:01Z'),
  };
  const result = await pagerDutyAdapter.deliver(context);
  return { sent, result };
}

const ref = (webhookId: string, key: string): TicketRef => ({
  webhookId,
  system: 'pagerduty',
  key,
  state: 'open',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('PagerDuty dedup_key', () => {
  it('is the fingerprint of a finding that has no alert yet', async () => {
    const { sent, result } = await deliver(event('finding.opened'), []);
    expect(sent).toMatchObject([{ event_action: 'trigger', dedup_key: FINGERPRINT }]);
    expect(result).toMatchObject({ kind: 'delivered', ticket: { key: FINGERPRINT, state: 'open' } });
  });

  it("is the recorded alert's key once the fingerprint changed, so the same alert resolves and re-triggers", async () => {
    const refs = [ref('another-webhook', 'other'), ref(WEBHOOK.id, EARLIER_FINGERPRINT)];
    const resolved = await deliver(event('finding.resolved'), refs);
    expect(resolved.sent).toMatchObject([{ event_action: 'resolve', dedup_key: EARLIER_FINGERPRINT }]);
    expect(resolved.result).toMatchObject({ ticket: { key: EARLIER_FINGERPRINT, state: 'resolved' } });
    const regressed = await deliver(event('finding.opened'), refs);
    expect(regressed.sent).toMatchObject([{ event_action: 'trigger', dedup_key: EARLIER_FINGERPRINT }]);
  });
});
