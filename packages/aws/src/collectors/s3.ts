import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { parsePolicyDocument, type S3Bucket, type S3PublicAccessBlock } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { CollectorContext, GlobalCollector } from './collector.js';
import { nullWhen, readField } from './read-field.js';

/** Buckets per ListBuckets page; with MaxBuckets set, S3 answers a ContinuationToken while more remain. */
const BUCKETS_PER_PAGE = 1_000;

/** Block Public Access settings as S3 and S3 Control report them; an unset flag is off. */
export function publicAccessBlock(
  configuration: PublicAccessBlockConfiguration | undefined,
): S3PublicAccessBlock {
  return {
    blockPublicAcls: configuration?.BlockPublicAcls ?? false,
    ignorePublicAcls: configuration?.IgnorePublicAcls ?? false,
    blockPublicPolicy: configuration?.BlockPublicPolicy ?? false,
    restrictPublicBuckets: configuration?.RestrictPublicBuckets ?? false,
  };
}

/**
 * GetBucketLocation answers null (or '') for us-east-1 and the legacy 'EU' for eu-west-1. Outside the aws
 * partition a null constraint means the partition's default region, the home region the call was made in.
 */
export function bucketRegion(locationConstraint: string | undefined | null, ctx: CollectorContext): string {
  if (!locationConstraint) return ctx.partition === 'aws' ? 'us-east-1' : ctx.region;
  return locationConstraint === 'EU' ? 'eu-west-1' : locationConstraint;
}

/**
 * Every setting of one bucket, each read in the bucket's own region and failing on its own. ListBuckets
 * names each bucket's region nowadays; GetBucketLocation is asked only when it does not.
 */
async function collectBucket(
  ctx: CollectorContext,
  name: string,
  listedRegion: string | undefined,
): Promise<S3Bucket> {
  const { api } = ctx;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const location = listedRegion
    ? { ok: true as const, value: { LocationConstraint: listedRegion } }
    : await readField('s3:GetBucketLocation', () =>
        api.call(ctx.region, 's3', new GetBucketLocationCommand({ Bucket: name })),
      );
  if (!location.ok) {
    return {
      name,
      arn,
      region: null,
      policy: location,
      encryption: location,
      publicAccessBlock: location,
      versioning: location,
      logging: location,
    };
  }
  const region = bucketRegion(location.value.LocationConstraint, ctx);
  const [policy, encryption, publicAccess, versioning, logging] = await Promise.all([
    readField('s3:GetBucketPolicy', () =>
      nullWhen(['NoSuchBucketPolicy'], async () => {
        const { Policy: policy } = await api.call(region, 's3', new GetBucketPolicyCommand({ Bucket: name }));
        return policy ? parsePolicyDocument(policy).statements : null;
      }),
    ),
    readField('s3:GetBucketEncryption', () =>
      nullWhen(['ServerSideEncryptionConfigurationNotFoundError'], async () => {
        const { ServerSideEncryptionConfiguration: configuration } = await api.call(
          region,
          's3',
          new GetBucketEncryptionCommand({ Bucket: name }),
        );
        const rule = configuration?.Rules?.find((candidate) => candidate.ApplyServerSideEncryptionByDefault);
        const defaults = rule?.ApplyServerSideEncryptionByDefault;
        if (!defaults?.SSEAlgorithm) return null;
        return {
          algorithm: defaults.SSEAlgorithm,
          kmsKeyId: defaults.KMSMasterKeyID ?? null,
          bucketKeyEnabled: rule?.BucketKeyEnabled ?? false,
        };
      }),
    ),
    readField('s3:GetPublicAccessBlock', () =>
      nullWhen(['NoSuchPublicAccessBlockConfiguration'], async () => {
        const output = await api.call(region, 's3', new GetPublicAccessBlockCommand({ Bucket: name }));
        return publicAccessBlock(output.PublicAccessBlockConfiguration);
      }),
    ),
    readField('s3:GetBucketVersioning', async () => {
      const output = await api.call(region, 's3', new GetBucketVersioningCommand({ Bucket: name }));
      return { status: output.Status ?? null, mfaDelete: output.MFADelete === 'Enabled' };
    }),
    readField('s3:GetBucketLogging', async () => {
      const { LoggingEnabled: logging } = await api.call(
        region,
        's3',
        new GetBucketLoggingCommand({ Bucket: name }),
      );
      return logging?.TargetBucket ? { targetBucket: logging.TargetBucket } : null;
    }),
  ]);
  return { name, arn, region, policy, encryption, publicAccessBlock: publicAccess, versioning, logging };
}

/** Every bucket of the account: ListBuckets (all pages) in the home region, then each bucket in its region. */
export const s3BucketsCollector: GlobalCollector<'s3.buckets'> = {
  slice: 's3.buckets',
  async collect(ctx) {
    const pages = await allPages(
      (token) =>
        ctx.api.call(
          ctx.region,
          's3',
          new ListBucketsCommand({ MaxBuckets: BUCKETS_PER_PAGE, ContinuationToken: token }),
        ),
      (page) => page.ContinuationToken || undefined,
    );
    const buckets = pages.flatMap((page) => page.Buckets ?? []).filter((bucket) => bucket.Name);
    return Promise.all(buckets.map((bucket) => collectBucket(ctx, bucket.Name!, bucket.BucketRegion)));
  },
};
