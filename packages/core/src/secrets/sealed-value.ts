import type { SecretBox } from './secret-box.js';
import { SecretsUnavailableError } from './secret-box.js';

/** A value as stored: in clear (no key configured) or sealed, never both. */
export interface StoredValue {
  readonly clear: string | null;
  readonly sealed: string | null;
}

/** The columns for `value`: sealed when a key is configured, in clear only when none is. */
export function storedValue(secrets: SecretBox | null, value: string | null, context: string): StoredValue {
  if (value === null) return { clear: null, sealed: null };
  return secrets ? { clear: null, sealed: secrets.seal(value, context) } : { clear: value, sealed: null };
}

/** The value of a row's columns, opened when sealed. */
export function readStoredValue(
  secrets: SecretBox | null,
  stored: StoredValue,
  context: string,
): string | null {
  if (stored.sealed === null) return stored.clear;
  if (!secrets) {
    throw new SecretsUnavailableError(
      'a stored value is sealed but SECRETS_ENCRYPTION_KEY is not configured',
    );
  }
  return secrets.open(stored.sealed, context);
}
