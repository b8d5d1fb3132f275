import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, roleAllows, sameHash } from './api-key.js';

describe('API keys', () => {
  it('are 256 random bits with a recognisable prefix, never twice the same', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).toMatch(/^osk_[A-Za-z0-9_-]{43}$/);
    expect(first.prefix).toBe(first.key.slice(0, 12));
    expect(first.key).not.toBe(second.key);
  });

  it('are stored as an HMAC that depends on the pepper and never contains the key', () => {
    const { key } = generateApiKey();
    const plain = hashApiKey(key, undefined);
    const peppered = hashApiKey(key, 'a-server-side-pepper-of-32-characters!');
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
    expect(peppered).not.toBe(plain);
    expect(hashApiKey(key, undefined)).toBe(plain);
    expect(plain).not.toContain(key.slice(4, 20));
    expect(sameHash(plain, hashApiKey(key, undefined))).toBe(true);
    expect(sameHash(plain, peppered)).toBe(false);
    expect(sameHash(plain, 'abcd')).toBe(false);
  });

  it('order roles: viewer < operator < admin', () => {
    expect(roleAllows('admin', 'operator')).toBe(true);
    expect(roleAllows('operator', 'operator')).toBe(true);
    expect(roleAllows('operator', 'admin')).toBe(false);
    expect(roleAllows('viewer', 'operator')).toBe(false);
  });
});
