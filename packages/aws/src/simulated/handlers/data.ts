import { simulatedError } from '../simulated-error.js';
import type {
  RegionDataState,
  SimulatedBucket,
  SimulatedKmsKey,
  SimulatedPublicAccessBlock,
  SimulatedTaskDefinition,
} from '../state/data-state.js';
import { page, type SimulatedHandler, type SimulatedRequest } from './handler.js';

function regionState({ caller, region }: SimulatedRequest): RegionDataState {
  return caller.services?.data?.regions?.[region] ?? {};
}

/** AWS rejects page sizes outside its bounds; without a size it uses its default. */
function pageSize(
  size: number | undefined,
  fallback: number,
  min: number,
  max: number,
  parameter: string,
): number {
  if (size === undefined) return fallback;
  if (size < min || size > max) {
    throw simulatedError('InvalidParameterValue', `${parameter} must be between ${min} and ${max}`, 400);
  }
  return size;
}

// ── S3 ──────────────────────────────────────────────────────────────────────────────────────────────

const ALL_BLOCKED: SimulatedPublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

function publicAccessBlockConfiguration(block: SimulatedPublicAccessBlock) {
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
function bucketInRegion(request: SimulatedRequest): SimulatedBucket {
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

const s3Handlers: Record<string, SimulatedHandler> = {
  /** Every bucket of the account, from any region, sorted by name. */
  's3:ListBuckets': ({ caller, input }) => {
    const buckets = [...(caller.services?.data?.buckets ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const size = pageSize(input.MaxBuckets, 10_000, 1, 10_000, 'MaxBuckets');
    const { items, next } = page(buckets, input.ContinuationToken, size);
    return {
      Buckets: items.map((bucket) => ({ Name: bucket.name, BucketRegion: bucket.region })),
      Owner: { ID: `canonical-${caller.id}` },
      ...(next ? { ContinuationToken: next } : {}),
    };
  },
  /** Answered from any region. us-east-1 has no location constraint (null), as in S3. */
  's3:GetBucketLocation': (request) => {
    const bucket = findBucket(request, request.input.Bucket);
    return bucket.region === 'us-east-1' ? {} : { LocationConstraint: bucket.region };
  },
  's3:GetBucketPolicy': (request) => {
    const bucket = bucketInRegion(request);
    if (!bucket.policy) throw simulatedError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
    return { Policy: JSON.stringify(bucket.policy) };
  },
  's3:GetBucketEncryption': (request) => {
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
  's3:GetPublicAccessBlock': (request) => {
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
  's3:GetBucketVersioning': (request) => {
    const { versioning } = bucketInRegion(request);
    if (!versioning) return {};
    return { Status: versioning.status, MFADelete: versioning.mfaDelete ? 'Enabled' : 'Disabled' };
  },
  's3:GetBucketLogging': (request) => {
    const bucket = bucketInRegion(request);
    if (!bucket.loggingTargetBucket) return {};
    return { LoggingEnabled: { TargetBucket: bucket.loggingTargetBucket, TargetPrefix: `${bucket.name}/` } };
  },
  /** The account-level setting; only the caller's own account may be asked. */
  's3control:GetPublicAccessBlock': ({ caller, input }) => {
    if (input.AccountId !== caller.id) throw simulatedError('AccessDenied', 'Access Denied', 403);
    const block = caller.services?.data?.accountPublicAccessBlock;
    if (!block) {
      throw simulatedError(
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
        404,
      );
    }
    return { PublicAccessBlockConfiguration: publicAccessBlockConfiguration(block) };
  },
};

// ── KMS ─────────────────────────────────────────────────────────────────────────────────────────────

function keyArn({ caller, region }: SimulatedRequest, key: SimulatedKmsKey): string {
  return `arn:aws:kms:${region}:${caller.id}:key/${key.id}`;
}

/** KMS takes a key id or a key ARN. */
function findKey(request: SimulatedRequest): SimulatedKmsKey {
  const wanted = String(request.input.KeyId ?? '');
  const key = regionState(request).kmsKeys?.find(
    (candidate) => candidate.id === wanted || keyArn(request, candidate) === wanted,
  );
  if (!key) throw simulatedError('NotFoundException', `Key '${wanted}' does not exist`, 400);
  return key;
}

function defaultKeyPolicy({ caller }: SimulatedRequest) {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${caller.id}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

const kmsHandlers: Record<string, SimulatedHandler> = {
  'kms:ListKeys': (request) => {
    const keys = regionState(request).kmsKeys ?? [];
    const size = pageSize(request.input.Limit, 100, 1, 1000, 'Limit');
    const { items, next } = page(keys, request.input.Marker, size);
    return {
      Keys: items.map((key) => ({ KeyId: key.id, KeyArn: keyArn(request, key) })),
      Truncated: next !== undefined,
      ...(next ? { NextMarker: next } : {}),
    };
  },
  'kms:DescribeKey': (request) => {
    const key = findKey(request);
    const state = key.state ?? 'Enabled';
    return {
      KeyMetadata: {
        AWSAccountId: request.caller.id,
        KeyId: key.id,
        Arn: keyArn(request, key),
        Enabled: state === 'Enabled',
        KeyState: state,
        KeyManager: key.manager ?? 'CUSTOMER',
        KeySpec: key.keySpec ?? 'SYMMETRIC_DEFAULT',
        KeyUsage: key.keyUsage ?? 'ENCRYPT_DECRYPT',
        Origin: key.origin ?? 'AWS_KMS',
        MultiRegion: false,
      },
    };
  },
  'kms:GetKeyRotationStatus': (request) => {
    const key = findKey(request);
    const state = key.state ?? 'Enabled';
    if (state === 'PendingDeletion' || state === 'PendingImport') {
      throw simulatedError('KMSInvalidStateException', `${keyArn(request, key)} is ${state}`, 400);
    }
    if (
      (key.keySpec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT' ||
      (key.origin ?? 'AWS_KMS') !== 'AWS_KMS'
    ) {
      throw simulatedError(
        'UnsupportedOperationException',
        `${keyArn(request, key)} does not support automatic rotation`,
        400,
      );
    }
    const enabled = key.manager === 'AWS' || (key.rotationEnabled ?? false);
    return {
      KeyId: keyArn(request, key),
      KeyRotationEnabled: enabled,
      ...(enabled ? { RotationPeriodInDays: 365 } : {}),
    };
  },
  'kms:GetKeyPolicy': (request) => {
    const key = findKey(request);
    if ((request.input.PolicyName ?? 'default') !== 'default') {
      throw simulatedError('NotFoundException', `No such policy: ${request.input.PolicyName}`, 400);
    }
    return { Policy: JSON.stringify(key.policy ?? defaultKeyPolicy(request)), PolicyName: 'default' };
  },
};

// ── RDS, EFS ────────────────────────────────────────────────────────────────────────────────────────

const storageHandlers: Record<string, SimulatedHandler> = {
  'rds:DescribeDBInstances': (request) => {
    const { caller, region, input } = request;
    const instances = regionState(request).dbInstances ?? [];
    const size = pageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(instances, input.Marker, size);
    return {
      DBInstances: items.map((instance) => ({
        DBInstanceIdentifier: instance.identifier,
        DBInstanceArn: `arn:aws:rds:${region}:${caller.id}:db:${instance.identifier}`,
        DBInstanceStatus: 'available',
        Engine: instance.engine,
        ...(instance.clusterIdentifier ? { DBClusterIdentifier: instance.clusterIdentifier } : {}),
        StorageEncrypted: instance.storageEncrypted,
        AutoMinorVersionUpgrade: instance.autoMinorVersionUpgrade,
        PubliclyAccessible: instance.publiclyAccessible,
        MultiAZ: instance.multiAz,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  'efs:DescribeFileSystems': (request) => {
    const { caller, region, input, now } = request;
    const fileSystems = regionState(request).fileSystems ?? [];
    const size = pageSize(input.MaxItems, 100, 1, 100, 'MaxItems');
    const { items, next } = page(fileSystems, input.Marker, size);
    return {
      ...(input.Marker ? { Marker: input.Marker } : {}),
      FileSystems: items.map((fileSystem) => ({
        OwnerId: caller.id,
        CreationToken: fileSystem.id,
        FileSystemId: fileSystem.id,
        FileSystemArn: `arn:aws:elasticfilesystem:${region}:${caller.id}:file-system/${fileSystem.id}`,
        CreationTime: now,
        LifeCycleState: 'available',
        NumberOfMountTargets: 0,
        SizeInBytes: { Value: 6144 },
        PerformanceMode: 'generalPurpose',
        Encrypted: fileSystem.encrypted,
        ...(fileSystem.name ? { Name: fileSystem.name } : {}),
        Tags: fileSystem.name ? [{ Key: 'Name', Value: fileSystem.name }] : [],
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
};

// ── Lambda, ECS ─────────────────────────────────────────────────────────────────────────────────────

function functionArn({ caller, region }: SimulatedRequest, name: string): string {
  return `arn:aws:lambda:${region}:${caller.id}:function:${name}`;
}

function taskDefinitionArn(
  { caller, region }: SimulatedRequest,
  definition: SimulatedTaskDefinition,
): string {
  return `arn:aws:ecs:${region}:${caller.id}:task-definition/${definition.family}:${definition.revision}`;
}

const computeHandlers: Record<string, SimulatedHandler> = {
  'lambda:ListFunctions': (request) => {
    const functions = regionState(request).functions ?? [];
    const size = Math.min(pageSize(request.input.MaxItems, 50, 1, 10_000, 'MaxItems'), 50);
    const { items, next } = page(functions, request.input.Marker, size);
    return {
      Functions: items.map((fn) => ({
        FunctionName: fn.name,
        FunctionArn: functionArn(request, fn.name),
        Runtime: fn.runtime ?? 'nodejs20.x',
        Role: `arn:aws:iam::${request.caller.id}:role/${fn.name}-role`,
        ...(fn.environment ? { Environment: { Variables: { ...fn.environment } } } : {}),
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  /** Lambda takes a name or an ARN; a function without a policy answers like a missing one. */
  'lambda:GetPolicy': (request) => {
    const wanted = String(request.input.FunctionName ?? '');
    const fn = (regionState(request).functions ?? []).find(
      (candidate) => candidate.name === wanted || functionArn(request, candidate.name) === wanted,
    );
    if (!fn?.policy) {
      throw simulatedError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
    }
    return { Policy: JSON.stringify(fn.policy), RevisionId: `${fn.name}-1` };
  },
  'ecs:ListTaskDefinitions': (request) => {
    const status = request.input.status ?? 'ACTIVE';
    const definitions = (regionState(request).taskDefinitions ?? []).filter(
      (definition) => (definition.status ?? 'ACTIVE') === status,
    );
    const size = pageSize(request.input.maxResults, 100, 1, 100, 'maxResults');
    const { items, next } = page(definitions, request.input.nextToken, size);
    return {
      taskDefinitionArns: items.map((definition) => taskDefinitionArn(request, definition)),
      ...(next ? { nextToken: next } : {}),
    };
  },
  /** ECS takes an ARN or family:revision. */
  'ecs:DescribeTaskDefinition': (request) => {
    const wanted = String(request.input.taskDefinition ?? '');
    const definition = (regionState(request).taskDefinitions ?? []).find(
      (candidate) =>
        taskDefinitionArn(request, candidate) === wanted ||
        `${candidate.family}:${candidate.revision}` === wanted,
    );
    if (!definition) throw simulatedError('ClientException', 'Unable to describe task definition.', 400);
    return {
      taskDefinition: {
        taskDefinitionArn: taskDefinitionArn(request, definition),
        family: definition.family,
        revision: definition.revision,
        status: definition.status ?? 'ACTIVE',
        containerDefinitions: definition.containers.map((container) => ({
          name: container.name,
          image: `${container.name}:latest`,
          environment: Object.entries(container.environment ?? {}).map(([name, value]) => ({ name, value })),
          secrets: (container.secrets ?? []).map((name) => ({
            name,
            valueFrom: `arn:aws:ssm:${request.region}:${request.caller.id}:parameter/${definition.family}/${name}`,
          })),
        })),
      },
    };
  },
};

// ── SQS ─────────────────────────────────────────────────────────────────────────────────────────────

function queueUrl({ caller, region }: SimulatedRequest, name: string): string {
  return `https://sqs.${region}.amazonaws.com/${caller.id}/${name}`;
}

const sqsHandlers: Record<string, SimulatedHandler> = {
  /** Without MaxResults SQS answers up to 1000 queues and no token. */
  'sqs:ListQueues': (request) => {
    const queues = regionState(request).queues ?? [];
    const paged = request.input.MaxResults !== undefined;
    const size = pageSize(request.input.MaxResults, 1000, 1, 1000, 'MaxResults');
    const { items, next } = page(queues, request.input.NextToken, size);
    if (items.length === 0) return {};
    return {
      QueueUrls: items.map((queue) => queueUrl(request, queue.name)),
      ...(paged && next ? { NextToken: next } : {}),
    };
  },
  'sqs:GetQueueAttributes': (request) => {
    const queue = (regionState(request).queues ?? []).find(
      (candidate) => queueUrl(request, candidate.name) === request.input.QueueUrl,
    );
    if (!queue) throw simulatedError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
    const all: Record<string, string> = {
      QueueArn: `arn:aws:sqs:${request.region}:${request.caller.id}:${queue.name}`,
      ...(queue.policy ? { Policy: JSON.stringify(queue.policy) } : {}),
    };
    const names: string[] = request.input.AttributeNames ?? [];
    return {
      Attributes: Object.fromEntries(
        Object.entries(all).filter(([name]) => names.includes('All') || names.includes(name)),
      ),
    };
  },
};

/** Simulated operations of S3, S3 Control, KMS, RDS, EFS, Lambda, ECS, SQS, answered from `services.data`. */
export const dataHandlers: Record<string, SimulatedHandler> = {
  ...s3Handlers,
  ...kmsHandlers,
  ...storageHandlers,
  ...computeHandlers,
  ...sqsHandlers,
};
