import type { Severity } from '@orgscan/checks';

/** generic: signed JSON (Standard Webhooks); pagerduty: Events API v2; jira: Jira Cloud REST issues. */
export const WEBHOOK_FORMATS = ['generic', 'pagerduty', 'jira'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** per-finding: one delivery per finding event; digest: per scan, the events in parts of DIGEST_PART_SIZE. */
export const WEBHOOK_MODES = ['per-finding', 'digest'] as const;
export type WebhookMode = (typeof WEBHOOK_MODES)[number];

export const WEBHOOK_EVENTS = [
  'scan.completed',
  'finding.opened',
  'finding.resolved',
  'finding.reopened',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Event types of deliveries: the subscribable events, the digest of a scan's finding events, and a ping. */
export type DeliveryEventType = WebhookEvent | 'findings.digest' | 'webhook.test';

/** Findings events in one digest delivery (a digest of 50,000 findings is 50 deliveries, not one 20 MB body). */
export const DIGEST_PART_SIZE = 1000;

/** Which finding events reach an endpoint: every filter that is set must match. */
export interface WebhookFilters {
  readonly severities?: readonly Severity[] | undefined;
  readonly checkIds?: readonly string[] | undefined;
  readonly accountIds?: readonly string[] | undefined;
  /** Accounts anywhere under these OUs (nested included). */
  readonly ouIds?: readonly string[] | undefined;
}

/** Where and how Jira issues are created; the API token is the webhook's (encrypted) secret. */
export interface JiraSettings {
  readonly email: string;
  readonly projectKey: string;
  readonly issueType: string;
}

/** A ticket opened for a finding, kept in finding_state.ticket_refs (one per webhook). */
export interface TicketRef {
  readonly webhookId: string;
  readonly system: 'jira' | 'pagerduty';
  /** Jira issue key, or the PagerDuty dedup_key. */
  readonly key: string;
  /** Jira issue id (used to read the issue back consistently right after creating it). */
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly state: 'open' | 'resolved';
  readonly updatedAt: string;
}
