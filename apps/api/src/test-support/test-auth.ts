import { hashApiKey } from '@orgscan/core';
import type { AuthSettings } from '../http/auth.js';

/** The bootstrap admin key of route tests (the hash is what the app is given, as in production). */
export const TEST_ADMIN_KEY = 'osk_test-admin-key-0123456789abcdefghijklmnop';
export const ADMIN_HEADERS = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

/** Tests speak from one address as many clients would: the per-address limit is out of their way. */
export const UNLIMITED_CLIENTS = { perSecond: 1_000_000, burst: 1_000_000, maxClients: 10 } as const;

export function testAuth(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return {
    bootstrapKeyHash: hashApiKey(TEST_ADMIN_KEY, undefined),
    pepper: undefined,
    rateLimit: { perMinute: 60_000, burst: 10_000 },
    ...overrides,
  };
}
