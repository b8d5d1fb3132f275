import { hash } from 'node:crypto';

export interface FingerprintParts {
  readonly organizationId: string;
  readonly accountId: string;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
}

/**
 * The stable identity of a finding across scans: the same check on the same resource in the same account
 * and region of the same organization. 128 bits of SHA-256, hex. One is computed per stored finding, so
 * the one-shot `hash` (no Hash object per call) and a template string rather than an array joined.
 */
export function findingFingerprint(parts: FingerprintParts): string {
  const { organizationId, accountId, region, checkId, resourceId } = parts;
  return hash(
    'sha256',
    `${organizationId}\u0000${accountId}\u0000${region}\u0000${checkId}\u0000${resourceId}`,
  ).slice(0, 32);
}
