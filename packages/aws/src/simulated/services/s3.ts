import type * as S3 from '@aws-sdk/client-s3';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedBucket, SimulatedPublicAccessBlock } from '../state/data-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof S3>> = SimulatedAnswer<typeof S3, Op>;

const ALL_BLOCKED: SimulatedPublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

export function publicAccessBlockConfiguration(block: SimulatedPublicAccessBlock) {
  return {
    BlockPublicAcls: block.blockPublicAcls,
    IgnorePublicAcls: block.ignorePublicAcls,
    BlockPublicPolicy: block.blockPublicPolicy,
    RestrictPublicBuckets: block.restrictPublicBuckets,
  };
}

function findBucket({ caller }: SimulatedRequest, name: string | undefined): SimulatedBucket {
  const bucket = caller.services?.data?.buckets?.find((candidate) => candidate.name === name);
  if (!bucket) throw simulatedError('NoSuchBucket', 'The specified bucket does not exist', 404);
  return bucket;
}

/**
 * A bucket's own operations must reach the bucket's region, as with S3: elsewhere S3 answers a redirect
 * (the SDK surfaces it as PermanentRedirect), so a collector that routes badly sees errors, not data.
 */
function bucketInRegion(request: SimulatedRequest<{ readonly Bucket?: string }>): SimulatedBucket {
  const bucket = findBucket(request, request.input.Bucket);
  if (bucket.region !== request.region) {
    throw simulatedError(
      'PermanentRedirect',
      `The bucket you are attempting to access must be addressed using the specified endpoint: ${bucket.name}.s3.${bucket.region}.amazonaws.com`,
      301,
    );
  }
  return bucket;
}

/** Simulated S3: the account's buckets (`services.data.buckets`), each answered in its own region. */
export const simulatedS3 = {
  /** Every bucket of the account, from any region, sorted by name. */
  ListBuckets: ({ caller, input }): Answer<'ListBuckets'> => {
    const buckets = [...(caller.services?.data?.buckets ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const size = boundedPageSize(input.MaxBuckets, 10_000, 1, 10_000, 'MaxBuckets');
    const { items, next } = page(buckets, input.ContinuationToken, size);
    return {
      Buckets: items.map((bucket) => ({ Name: bucket.name, BucketRegion: bucket.region })),
      Owner: { ID: `canonical-${caller.id}` },
      ...(next ? { ContinuationToken: next } : {}),
    };
  },
  /** Answered from any region. us-east-1 has no location constraint (null), as in S3. */
  GetBucketLocation: (request): Answer<'GetBucketLocation'> => {
    const bucket = findBucket(request, request.input.Bucket);
    return bucket.region === 'us-east-1'
      ? {}
      : { LocationConstraint: bucket.region as S3.BucketLocationConstraint };
  },
  GetBucketPolicy: (request): Answer<'GetBucketPolicy'> => {
    const bucket = bucketInRegion(request);
    if (!bucket.policy) throw simulatedError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
    return { Policy: JSON.stringify(bucket.policy) };
  },
  GetBucketEncryption: (request): Answer<'GetBucketEncryption'> => {
    const bucket = bucketInRegion(request);
    if (bucket.encryption === null) {
      throw simulatedError(
        'ServerSideEncryptionConfigurationNotFoundError',
        'The server side encryption configuration was not found',
        404,
      );
    }
    const encryption = bucket.encryption ?? { algorithm: 'AES256' };
    return {
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: encryption.algorithm,
              ...(encryption.kmsKeyId ? { KMSMasterKeyID: encryption.kmsKeyId } : {}),
            },
            BucketKeyEnabled: encryption.bucketKeyEnabled ?? false,
          },
        ],
      },
    };
  },
  GetPublicAccessBlock: (request): Answer<'GetPublicAccessBlock'> => {
    const bucket = bucketInRegion(request);
    if (bucket.publicAccessBlock === null) {
      throw simulatedError(
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
        404,
      );
    }
    return {
      PublicAccessBlockConfiguration: publicAccessBlockConfiguration(bucket.publicAccessBlock ?? ALL_BLOCKED),
    };
  },
  /** S3 reports MFADelete once versioning was configured, and nothing for a bucket never versioned. */
  GetBucketVersioning: (request): Answer<'GetBucketVersioning'> => {
    const { versioning } = bucketInRegion(request);
    if (!versioning) return {};
    return { Status: versioning.status, MFADelete: versioning.mfaDelete ? 'Enabled' : 'Disabled' };
  },
  GetBucketLogging: (request): Answer<'GetBucketLogging'> => {
    const bucket = bucketInRegion(request);
    if (!bucket.loggingTargetBucket) return {};
    return { LoggingEnabled: { TargetBucket: bucket.loggingTargetBucket, TargetPrefix: `${bucket.name}/` } };
  },
} satisfies SimulatedService<typeof S3>;
