import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The secrets key is missing (SECRETS_ENCRYPTION_KEY unset) or cannot open a stored value. */
export class SecretsUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsUnavailableError';
  }
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface Key {
  readonly id: string;
  readonly bytes: Buffer;
}

/** A key id: the first 8 hex digits of the key's SHA-256, so a stored value names the key that sealed it. */
function keyOf(base64: string): Key {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== 32) throw new SecretsUnavailableError('an encryption key must be 32 bytes, base64');
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
}

/**
 * Seals secrets (webhook signing secrets, PagerDuty routing keys, Jira API tokens) for the database with
 * AES-256-GCM under a key from configuration, so a dump of the database alone reveals none of them.
 *
 * A sealed value is `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts). `context` (e.g. the webhook id)
 * is authenticated data: a value copied onto another row does not open. Rotation: seal with the current
 * key; values sealed under a previous key still open while that key is listed in `previousKeys`.
 */
export class SecretBox {
  private readonly current: Key;
  private readonly keys: ReadonlyMap<string, Key>;

  constructor(currentKey: string, previousKeys: readonly string[] = []) {
    this.current = keyOf(currentKey);
    this.keys = new Map([this.current, ...previousKeys.map(keyOf)].map((key) => [key.id, key]));
  }

  /** Id of the key new values are sealed with. */
  get keyId(): string {
    return this.current.id;
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.current.id, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string, context: string): string {
    const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !keyId || iv === undefined || tag === undefined || ciphertext === undefined) {
      throw new SecretsUnavailableError('a stored secret is not in a known format');
    }
    const key = this.keys.get(keyId);
    if (!key) {
      throw new SecretsUnavailableError(
        `a stored secret was sealed with key ${keyId}, which is not configured (SECRETS_ENCRYPTION_PREVIOUS_KEYS?)`,
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SecretsUnavailableError('a stored secret could not be opened (wrong key or altered value)');
    }
  }

  /** The key from configuration, or null when none is set (webhooks then cannot be created or delivered). */
  static fromConfig(config: {
    readonly SECRETS_ENCRYPTION_KEY?: string | undefined;
    readonly SECRETS_ENCRYPTION_PREVIOUS_KEYS?: string | undefined;
  }): SecretBox | null {
    if (!config.SECRETS_ENCRYPTION_KEY) return null;
    const previous = (config.SECRETS_ENCRYPTION_PREVIOUS_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean);
    return new SecretBox(config.SECRETS_ENCRYPTION_KEY, previous);
  }
}
