import { ConfigError } from '../config/load-config.js';
import type { WebhooksRepository } from '../store/webhooks-repository.js';
import type { SecretBox } from './secret-box.js';

/**
 * SECRETS_ENCRYPTION_KEY becomes required once webhooks exist: their stored secrets cannot be opened
 * without it. Checked at start-up so a process missing the key stops at once instead of failing every
 * delivery later.
 */
export async function requireSecretsKeyForWebhooks(
  store: { readonly webhooks: Pick<WebhooksRepository, 'exists'> },
  secrets: SecretBox | null,
): Promise<void> {
  if (secrets || !(await store.webhooks.exists())) return;
  throw new ConfigError([
    'SECRETS_ENCRYPTION_KEY: required once webhooks exist (their secrets are stored sealed with it)',
  ]);
}
