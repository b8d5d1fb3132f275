import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';

/** What DescribeKey says about a key. */
export interface KmsKeyDetails {
  readonly manager: 'AWS' | 'CUSTOMER';
  /** SYMMETRIC_DEFAULT, RSA_2048, HMAC_256, ... */
  readonly keySpec: string;
  /** ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT. */
  readonly keyUsage: string;
  /** Enabled, Disabled, PendingDeletion, PendingImport, ... */
  readonly state: string;
  /** AWS_KMS, EXTERNAL (imported material), AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  readonly origin: string;
}

/**
 * A KMS key of the region (ListKeys). A key policy can deny the scanner, so every per-key read may fail on
 * its own. `rotation` is read only for enabled customer-managed symmetric encryption keys with AWS-made
 * material (the only keys AWS rotates automatically), `policy` only for customer-managed keys; null: not read.
 */
export interface KmsKey {
  readonly id: string;
  readonly arn: string;
  readonly details: ReadResult<KmsKeyDetails>;
  readonly rotation: ReadResult<{ readonly enabled: boolean; readonly periodDays: number | null }> | null;
  /** Normalized statements of the key policy named "default". */
  readonly policy: ReadResult<readonly PolicyStatement[]> | null;
}

/**
 * Keys AWS rotates automatically when asked: enabled, customer-managed, symmetric, for encryption, with
 * AWS-made key material (imported material and custom key stores are rotated by hand). CIS 4.6 judges these.
 */
export function isAutoRotatable(details: KmsKeyDetails): boolean {
  return (
    details.manager === 'CUSTOMER' &&
    details.keySpec === 'SYMMETRIC_DEFAULT' &&
    details.keyUsage === 'ENCRYPT_DECRYPT' &&
    details.state === 'Enabled' &&
    details.origin === 'AWS_KMS'
  );
}
