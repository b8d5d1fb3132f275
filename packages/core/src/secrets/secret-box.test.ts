import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretsUnavailableError } from './secret-box.js';

const key = () => randomBytes(32).toString('base64');

describe('SecretBox', () => {
  it('seals so that the stored value reveals nothing, and opens it again', () => {
    const box = new SecretBox(key());
    const sealed = box.seal('whsec_c2VjcmV0LXZhbHVl', 'webhook:1');
    expect(sealed).not.toContain('whsec_');
    expect(sealed).not.toContain('c2VjcmV0LXZhbHVl');
    expect(sealed.startsWith(`v1.${box.keyId}.`)).toBe(true);
    expect(box.open(sealed, 'webhook:1')).toBe('whsec_c2VjcmV0LXZhbHVl');
  });

  it('uses a fresh IV each time: the same secret never seals to the same value', () => {
    const box = new SecretBox(key());
    expect(box.seal('token', 'webhook:1')).not.toBe(box.seal('token', 'webhook:1'));
  });

  it('refuses a value moved to another row (context), altered, or sealed under another key', () => {
    const box = new SecretBox(key());
    const sealed = box.seal('token', 'webhook:1');
    expect(() => box.open(sealed, 'webhook:2')).toThrow(SecretsUnavailableError);
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'webhook:1')).toThrow(SecretsUnavailableError);
    expect(() => new SecretBox(key()).open(sealed, 'webhook:1')).toThrow(/not configured/);
  });

  it('opens values sealed under a previous key during a rotation', () => {
    const old = key();
    const sealed = new SecretBox(old).seal('routing-key', 'webhook:1');
    const rotated = new SecretBox(key(), [old]);
    expect(rotated.open(sealed, 'webhook:1')).toBe('routing-key');
    expect(rotated.seal('routing-key', 'webhook:1').split('.')[1]).toBe(rotated.keyId);
  });

  it('is built from configuration only when a key is set, and rejects keys that are not 32 bytes', () => {
    expect(SecretBox.fromConfig({})).toBeNull();
    expect(SecretBox.fromConfig({ SECRETS_ENCRYPTION_KEY: key() })).toBeInstanceOf(SecretBox);
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
