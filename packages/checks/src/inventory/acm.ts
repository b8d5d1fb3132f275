/** A certificate managed by ACM in the region (ListCertificates summary, every key type). */
export interface AcmCertificate {
  readonly arn: string;
  readonly domainName: string;
  /** AMAZON_ISSUED, IMPORTED or PRIVATE. */
  readonly type: string;
  /** ISSUED, EXPIRED, PENDING_VALIDATION, INACTIVE, REVOKED, FAILED, VALIDATION_TIMED_OUT. */
  readonly status: string;
  /** RSA_1024, RSA_2048, RSA_3072, RSA_4096, EC_prime256v1, EC_secp384r1, EC_secp521r1; null if unknown. */
  readonly keyAlgorithm: string | null;
  /** When the certificate stops being valid (ISO 8601); null while it has never been issued. */
  readonly notAfter: string | null;
}
