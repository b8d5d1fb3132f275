import { hashApiKey } from '@orgscan/core';
import type { AuthSettings } from '../http/auth.js';

/** The bootstrap admin key of route tests (the hash is what the app is given, as in production). */
export const TEST_ADMIN_KEY = 'osk_test-admin-key-0123456789abcdefghijklmnop';
export const ADMIN_HEADERS = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

export function testAuth(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return {
    bootstrapKeyHash: hashApiKey(TEST_ADMIN_KEY, undefined),
    pepper: undefined,
    rateLimit: { perMinute: 60_000, burst: 10_000 },
    ...overrides,
  };
}
