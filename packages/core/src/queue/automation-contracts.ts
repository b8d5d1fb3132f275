import { type Static, Type } from '@sinclair/typebox';

/** Scheduled scans: one BullMQ job scheduler per enabled schedule fires `scheduled-scan` jobs here. */
export const SCHEDULE_QUEUE = 'schedules';
/** Webhooks: fan-out of a finalized scan into deliveries, drains that deliver them, the periodic sweep. */
export const WEBHOOK_QUEUE = 'webhooks';

export const AUTOMATION_JOB_NAMES = {
  scheduledScan: 'scheduled-scan',
  fanOutWebhooks: 'fan-out-webhooks',
  deliverWebhook: 'deliver-webhook',
  sweepWebhooks: 'sweep-webhooks',
} as const;

const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });

/** Job data carries ids only: the schedule, scan and webhook rows hold everything else (secrets included). */
export const ScheduledScanJobSchema = Type.Object({ scheduleId: Uuid }, { additionalProperties: false });
export type ScheduledScanJob = Static<typeof ScheduledScanJobSchema>;

export const FanOutWebhooksJobSchema = Type.Object({ scanId: Uuid }, { additionalProperties: false });
export type FanOutWebhooksJob = Static<typeof FanOutWebhooksJobSchema>;

/** One of a webhook's drain slots: at most WEBHOOK_CONCURRENCY_PER_ENDPOINT run per webhook. */
export const DeliverWebhookJobSchema = Type.Object(
  { webhookId: Uuid, slot: Type.Integer({ minimum: 0, maximum: 63 }) },
  { additionalProperties: false },
);
export type DeliverWebhookJob = Static<typeof DeliverWebhookJobSchema>;

/** Stable across restarts: upserting it again replaces the scheduler, never adds a second one. */
export function scheduleSchedulerId(scheduleId: string): string {
  return `schedule-${scheduleId}`;
}

export function fanOutJobId(scanId: string): string {
  return `scan-${scanId}-webhooks`;
}

/**
 * A drain's job id is its slot: BullMQ keeps one job per id, so a webhook never has more drains than
 * slots, whichever process enqueues them.
 */
export function deliverWebhookJobId(webhookId: string, slot: number): string {
  return `webhook-${webhookId}-drain-${slot}`;
}

export const WEBHOOK_SWEEP_SCHEDULER_ID = 'webhook-sweep';
