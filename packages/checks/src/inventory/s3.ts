import type { PolicyStatement } from '../policy/policy-document.js';
import type { ReadResult } from './read-result.js';

/** The four Block Public Access settings, of a bucket (GetPublicAccessBlock) or of the account (S3 Control). */
export interface S3PublicAccessBlock {
  readonly blockPublicAcls: boolean;
  readonly ignorePublicAcls: boolean;
  readonly blockPublicPolicy: boolean;
  readonly restrictPublicBuckets: boolean;
}

/** The bucket's default encryption as it reports it (GetBucketEncryption, first rule). */
export interface S3BucketEncryption {
  /** AES256 (SSE-S3), aws:kms (SSE-KMS) or aws:kms:dsse (DSSE-KMS). */
  readonly algorithm: string;
  readonly kmsKeyId: string | null;
  readonly bucketKeyEnabled: boolean;
}

export interface S3BucketVersioning {
  /** null: versioning was never enabled on the bucket. */
  readonly status: 'Enabled' | 'Suspended' | null;
  readonly mfaDelete: boolean;
}

/**
 * A bucket of the account (ListBuckets), with each setting read in the bucket's own region. Every field
 * is read on its own and may fail on its own (see ReadResult). "Not configured" answers are values:
 * no bucket policy → policy null, no default encryption → encryption null, no Block Public Access
 * configuration → publicAccessBlock null, no server access logging → logging null.
 */
export interface S3Bucket {
  readonly name: string;
  readonly arn: string;
  /** From GetBucketLocation; null when it failed, and then every field below carries that error. */
  readonly region: string | null;
  /** Normalized statements of the bucket policy. */
  readonly policy: ReadResult<readonly PolicyStatement[] | null>;
  readonly encryption: ReadResult<S3BucketEncryption | null>;
  readonly publicAccessBlock: ReadResult<S3PublicAccessBlock | null>;
  readonly versioning: ReadResult<S3BucketVersioning>;
  /** The bucket server access logs are delivered to. */
  readonly logging: ReadResult<{ readonly targetBucket: string } | null>;
}
