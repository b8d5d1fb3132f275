import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/load-config.js';
import { createLogger } from '../logging/logger.js';
import { requireSecretsKeyForWebhooks } from './require-secrets-key.js';
import { SecretBox } from './secret-box.js';

const storeWith = (exists: boolean) => ({ webhooks: { exists: async () => exists } });

describe('webhook secrets at start-up and in logs', () => {
  it('requires SECRETS_ENCRYPTION_KEY once webhooks exist, and only then', async () => {
    await expect(requireSecretsKeyForWebhooks(storeWith(false), null)).resolves.toBeUndefined();
    await expect(requireSecretsKeyForWebhooks(storeWith(true), null)).rejects.toThrow(ConfigError);
    await expect(requireSecretsKeyForWebhooks(storeWith(true), null)).rejects.toThrow(
      /SECRETS_ENCRYPTION_KEY/,
    );
    const box = new SecretBox(randomBytes(32).toString('base64'));
    await expect(requireSecretsKeyForWebhooks(storeWith(true), box)).resolves.toBeUndefined();
  });

  it('never logs signing secrets, routing keys, API tokens or their sealed form', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger({ level: 'info', name: 'test', destination }).info(
      {
        webhook: { secretEncrypted: 'v1.abcd.sealed', name: 'visible-name' },
        request: { routingKey: 'R0UTINGKEY', jira: { apiToken: 'ATATT-token' } },
        created: { signingSecret: 'whsec_c2VjcmV0' },
        event: { routing_key: 'R0UTINGKEY2' },
      },
      'webhook',
    );
    const line = lines.join('');
    expect(line).toContain('visible-name');
    for (const secret of ['v1.abcd.sealed', 'R0UTINGKEY', 'ATATT-token', 'whsec_c2VjcmV0', 'R0UTINGKEY2']) {
      expect(line).not.toContain(secret);
    }
  });
});
