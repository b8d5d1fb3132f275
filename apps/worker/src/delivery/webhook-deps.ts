import type { Logger, RetrySchedule, SecretBox, Store, WebhookQueue } from '@orgscan/core';
import type { SafeHttpClient } from './safe-http-client.js';

/** What the webhook processors need; built by createWorkerRuntime from configuration, by unit tests from fakes. */
export interface WebhookDeps {
  readonly store: Store;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly queue: Pick<WebhookQueue, 'wake'>;
  /** Opens the stored secrets; null when SECRETS_ENCRYPTION_KEY is not configured. */
  readonly secrets: SecretBox | null;
  readonly http: SafeHttpClient;
  readonly retrySchedule: RetrySchedule;
  /** Drain slots per webhook: the bound on its deliveries in flight across every worker. */
  readonly concurrencyPerEndpoint: number;
  /** How long a claimed delivery is held before another drain may take it over (longer than a request). */
  readonly leaseMs: number;
  /** true once the worker is shutting down: drains stop after the delivery in hand. */
  readonly closing: () => boolean;
}
