import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_ROLES = ['viewer', 'operator', 'admin'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/** viewer reads; operator also starts, cancels and retries scans; admin also manages keys, mutes, organizations. */
export function roleAllows(role: ApiRole, required: ApiRole): boolean {
  return API_ROLES.indexOf(role) >= API_ROLES.indexOf(required);
}

const KEY_PREFIX = 'osk_';
/** Shown in listings and the audit log so a key can be recognised without revealing it. */
const VISIBLE_CHARACTERS = 12;

/** Used when no API_KEY_PEPPER is configured: hashing stays keyed and domain-separated. */
const DEFAULT_PEPPER = 'orgscan-api-key-v1';

export interface GeneratedApiKey {
  /** The key itself: shown once, never stored. */
  readonly key: string;
  readonly prefix: string;
}

/** A new key: `osk_` + 256 random bits (base64url). */
export function generateApiKey(): GeneratedApiKey {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, VISIBLE_CHARACTERS) };
}

export function visiblePrefix(key: string): string {
  return key.slice(0, VISIBLE_CHARACTERS);
}

/**
 * What is stored for a key: HMAC-SHA256 under a server-side pepper. Keys are 256-bit random values, not
 * passwords: nobody can guess or dictionary-attack them, so a slow hash (scrypt, argon2) would buy nothing
 * and cost every request; a single keyed hash is irreversible, lets the key be found by an indexed lookup,
 * and with a pepper kept out of the database a stolen table cannot even be checked against a leaked key.
 */
export function hashApiKey(key: string, pepper: string | undefined): string {
  return createHmac('sha256', pepper ?? DEFAULT_PEPPER)
    .update(key, 'utf8')
    .digest('hex');
}

/** Constant-time comparison of two hashes (hex). */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
