import { describe, expect, it } from 'vitest';
import { findingFingerprint } from './finding-fingerprint.js';

describe('findingFingerprint', () => {
  it('is the first 128 bits of SHA-256 over the parts joined by NUL: stored fingerprints never change', () => {
    // Pinned value: every stored finding, posture row and webhook event key depends on it.
    expect(
      findingFingerprint({
        organizationId: 'o-abc',
        accountId: '111111111111',
        region: 'us-east-1',
        checkId: 'cis-1.1',
        resourceId: 'arn:aws:s3:::b',
      }),
    ).toBe('a1a48acb6b08e4a270d82757f171ea82');
  });

  it('keeps the parts apart', () => {
    const parts = { organizationId: 'o', accountId: 'a', region: 'r', checkId: 'c', resourceId: 'x' };
    expect(findingFingerprint(parts)).not.toBe(
      findingFingerprint({ ...parts, checkId: 'cx', resourceId: '' }),
    );
  });
});
