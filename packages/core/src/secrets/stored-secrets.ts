import { ConfigError } from '../config/load-config.js';
import type { Logger } from '../logging/logger.js';
import type { OrganizationsRepository } from '../store/organizations-repository.js';
import type { WebhooksRepository } from '../store/webhooks-repository.js';
import { requireSecretsKeyForWebhooks } from './require-secrets-key.js';
import type { SecretBox } from './secret-box.js';

/**
 * Start-up of every process, before it serves or takes jobs. With SECRETS_ENCRYPTION_KEY: ExternalIds and
 * webhook URLs still stored in clear (by an earlier version, or while no key was set) are sealed. Without
 * it: a process stops at once if sealed values exist (it could not read them), and says plainly that
 * ExternalIds are stored in clear when there are any, rather than doing so silently.
 */
export async function prepareStoredSecrets(
  store: {
    readonly organizations: Pick<OrganizationsRepository, 'hasSealed' | 'hasClear' | 'sealClear'>;
    readonly webhooks: Pick<WebhooksRepository, 'exists' | 'sealClear'>;
  },
  secrets: SecretBox | null,
  logger: Logger,
): Promise<void> {
  if (!secrets) {
    await requireSecretsKeyForWebhooks(store, null);
    if (await store.organizations.hasSealed()) {
      throw new ConfigError([
        'SECRETS_ENCRYPTION_KEY: required: ExternalIds are stored sealed with it (set the key they were sealed with)',
      ]);
    }
    if (await store.organizations.hasClear()) {
      logger.warn(
        'SECRETS_ENCRYPTION_KEY is not set: ExternalIds are stored in clear; set it and they are sealed at the next start',
      );
    }
    return;
  }
  const organizations = await store.organizations.sealClear();
  const webhooks = await store.webhooks.sealClear();
  if (organizations + webhooks > 0) {
    logger.info({ organizations, webhooks }, 'sealed ExternalIds and webhook URLs that were stored in clear');
  }
}
