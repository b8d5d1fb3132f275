import type { ClaimedDelivery, TicketRef, WebhookRecord } from '@orgscan/core';
import type { EventPayloads } from './event-payloads.js';
import type { HttpResponse, SafeHttpClient } from './safe-http-client.js';

/** What one attempt of a delivery needs. The secret is opened just for the attempt and never logged. */
export interface DeliveryContext {
  readonly webhook: WebhookRecord;
  /** Signing secret (generic), routing key (pagerduty) or API token (jira). */
  readonly secret: string;
  readonly delivery: ClaimedDelivery;
  readonly http: SafeHttpClient;
  readonly payloads: EventPayloads;
  readonly now: () => Date;
}

/**
 * How an attempt ended. delivered: done (with the ticket it opened or updated, if any); retry: try again
 * per the retry schedule (`throttled`: the endpoint rate-limited us, pause all its deliveries); gone: the
 * endpoint answered 410, disable it; rejected: retrying cannot help (the request itself is refused, or
 * the destination is not allowed), dead-letter now.
 */
export type DeliveryResult =
  | { readonly kind: 'delivered'; readonly statusCode: number; readonly ticket?: TicketRef | undefined }
  | {
      readonly kind: 'retry';
      readonly statusCode: number | null;
      readonly error: string;
      readonly retryAfterMs?: number | undefined;
      readonly throttled?: boolean | undefined;
    }
  | { readonly kind: 'gone'; readonly statusCode: number; readonly error: string }
  | { readonly kind: 'rejected'; readonly statusCode: number | null; readonly error: string };

/** The delivery can never be sent (its event's records are gone): dead-letter it rather than retry. */
export class UndeliverableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndeliverableError';
  }
}

export interface DeliveryAdapter {
  deliver(context: DeliveryContext): Promise<DeliveryResult>;
}

/** Retry-After in seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function retryAfterMs(response: HttpResponse, now: Date): number | undefined {
  const value = response.headers['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** A short, secret-free description of an unsuccessful answer, for the delivery's attempts. */
export function describeAnswer(response: HttpResponse): string {
  const excerpt = response.body.replace(/\s+/g, ' ').trim().slice(0, 300);
  return `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`;
}

/**
 * The common reading of an answer: 2xx delivered; 410 gone; 429 throttled (Retry-After honoured);
 * `permanent` statuses rejected; anything else (5xx, 3xx — redirects are not followed —, other 4xx) retried.
 */
export function resultOf(
  response: HttpResponse,
  now: Date,
  permanent: readonly number[] = [],
): DeliveryResult {
  if (response.status >= 200 && response.status < 300)
    return { kind: 'delivered', statusCode: response.status };
  if (response.status === 410) return { kind: 'gone', statusCode: 410, error: describeAnswer(response) };
  if (response.status === 429) {
    return {
      kind: 'retry',
      statusCode: 429,
      error: describeAnswer(response),
      retryAfterMs: retryAfterMs(response, now),
      throttled: true,
    };
  }
  if (permanent.includes(response.status)) {
    return { kind: 'rejected', statusCode: response.status, error: describeAnswer(response) };
  }
  const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
  return { kind: 'retry', statusCode: response.status, error: `${describeAnswer(response)}${redirect}` };
}
