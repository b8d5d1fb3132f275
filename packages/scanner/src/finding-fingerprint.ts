import { createHash } from 'node:crypto';

export interface FingerprintParts {
  readonly organizationId: string;
  readonly accountId: string;
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
}

/**
 * The stable identity of a finding across scans: the same check on the same resource in the same account
 * and region of the same organization. 128 bits of SHA-256, hex.
 */
export function findingFingerprint(parts: FingerprintParts): string {
  return createHash('sha256')
    .update(
      [parts.organizationId, parts.accountId, parts.region, parts.checkId, parts.resourceId].join('\u0000'),
    )
    .digest('hex')
    .slice(0, 32);
}
