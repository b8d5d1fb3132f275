import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated S3, S3 Control, KMS, RDS, EFS, Lambda, ECS and SQS of one account.
 *
 * Omitted means "as AWS has it for a fresh account": no buckets, no account-level Block Public Access, and
 * in every region no KMS keys, DB instances, file systems, functions, task definitions or queues. Within a
 * bucket or key, omitted fields take the value AWS gives a resource created today without options (see
 * each field). Policies are written as the JSON documents AWS stores; handlers return them as AWS does.
 */

/** An IAM policy document (bucket, key, function or queue policy) as JSON. */
const PolicyDocumentSchema = Type.Record(Type.String(), Type.Unknown());

const PublicAccessBlockSchema = Type.Object(
  {
    blockPublicAcls: Type.Boolean(),
    ignorePublicAcls: Type.Boolean(),
    blockPublicPolicy: Type.Boolean(),
    restrictPublicBuckets: Type.Boolean(),
  },
  { additionalProperties: false },
);

const BucketSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' }),
    /** Where the bucket lives: calls about it must be sent there (else PermanentRedirect). */
    region: Type.String({ minLength: 1 }),
    /** Omitted: no bucket policy. */
    policy: Type.Optional(PolicyDocumentSchema),
    /**
     * Default encryption. Omitted: SSE-S3 (AES256), which S3 applies to every bucket since January 2023.
     * null: no default encryption reported (an S3-compatible endpoint that does not apply one).
     */
    encryption: Type.Optional(
      Type.Union([
        Type.Object(
          {
            algorithm: Type.Union([
              Type.Literal('AES256'),
              Type.Literal('aws:kms'),
              Type.Literal('aws:kms:dsse'),
            ]),
            kmsKeyId: Type.Optional(Type.String({ minLength: 1 })),
            bucketKeyEnabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    /** Omitted: all four settings on, as S3 sets them on new buckets since April 2023. null: none configured. */
    publicAccessBlock: Type.Optional(Type.Union([PublicAccessBlockSchema, Type.Null()])),
    /** Omitted: versioning never enabled. */
    versioning: Type.Optional(
      Type.Object(
        {
          status: Type.Union([Type.Literal('Enabled'), Type.Literal('Suspended')]),
          mfaDelete: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    /** The bucket server access logs go to; omitted: logging disabled (the default). */
    loggingTargetBucket: Type.Optional(Type.String({ minLength: 3 })),
  },
  { additionalProperties: false },
);

const KmsKeySchema = Type.Object(
  {
    /** The key id (a UUID in AWS; any stable string here). */
    id: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }),
    /** Omitted: CUSTOMER. */
    manager: Type.Optional(Type.Union([Type.Literal('AWS'), Type.Literal('CUSTOMER')])),
    /** Omitted: SYMMETRIC_DEFAULT. */
    keySpec: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: ENCRYPT_DECRYPT. */
    keyUsage: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: Enabled. */
    state: Type.Optional(
      Type.Union([
        Type.Literal('Enabled'),
        Type.Literal('Disabled'),
        Type.Literal('PendingDeletion'),
        Type.Literal('PendingImport'),
      ]),
    ),
    /** Omitted: AWS_KMS. */
    origin: Type.Optional(
      Type.Union([Type.Literal('AWS_KMS'), Type.Literal('EXTERNAL'), Type.Literal('AWS_CLOUDHSM')]),
    ),
    /** Automatic rotation of a customer key; omitted: off, as KMS creates keys. AWS-managed keys always rotate. */
    rotationEnabled: Type.Optional(Type.Boolean()),
    /** Omitted: the default key policy (the account root may do kms:*). */
    policy: Type.Optional(PolicyDocumentSchema),
  },
  { additionalProperties: false },
);

export const DbInstanceSchema = Type.Object(
  {
    identifier: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
    engine: Type.String({ minLength: 1 }),
    /** The Aurora cluster the instance belongs to; omitted: none. */
    clusterIdentifier: Type.Optional(Type.String({ minLength: 1 })),
    storageEncrypted: Type.Boolean(),
    autoMinorVersionUpgrade: Type.Boolean(),
    publiclyAccessible: Type.Boolean(),
    multiAz: Type.Boolean(),
    /** Omitted: available. */
    status: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false, as CreateDBInstance leaves it. */
    deletionProtection: Type.Optional(Type.Boolean()),
    /** Enhanced Monitoring interval in seconds; omitted: 0 (off, CreateDBInstance's default). */
    monitoringInterval: Type.Optional(Type.Integer({ minimum: 0 })),
    /** Omitted: false. */
    iamDatabaseAuthenticationEnabled: Type.Optional(Type.Boolean()),
    /** Days; omitted: 1, CreateDBInstance's default. */
    backupRetentionPeriod: Type.Optional(Type.Integer({ minimum: 0, maximum: 35 })),
    /** The source instance of a read replica; omitted: not a replica. */
    readReplicaSourceIdentifier: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false, CreateDBInstance's default. */
    copyTagsToSnapshot: Type.Optional(Type.Boolean()),
    /** Omitted: the console's default for the engine (postgres for PostgreSQL engines, else admin). */
    masterUsername: Type.Optional(Type.String({ minLength: 1 })),
    /** Log types published to CloudWatch Logs; omitted: none. */
    cloudwatchLogsExports: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Omitted: the engine's default port (3306 MySQL, 5432 PostgreSQL, 1521 Oracle, 1433 SQL Server). */
    port: Type.Optional(Type.Integer({ minimum: 1150, maximum: 65535 })),
  },
  { additionalProperties: false },
);

const FileSystemSchema = Type.Object(
  {
    id: Type.String({ pattern: '^fs-[0-9a-f]{8,17}$' }),
    name: Type.Optional(Type.String({ minLength: 1 })),
    encrypted: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** Environment variables by name; simulated values (fake key shapes included) never leave the collectors. */
const EnvironmentSchema = Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), Type.String());

const LambdaFunctionSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
    /** Omitted: nodejs20.x. */
    runtime: Type.Optional(Type.String({ minLength: 1 })),
    environment: Type.Optional(EnvironmentSchema),
    /** The function's resource policy; omitted: none (GetPolicy answers ResourceNotFoundException). */
    policy: Type.Optional(PolicyDocumentSchema),
  },
  { additionalProperties: false },
);

const TaskDefinitionSchema = Type.Object(
  {
    family: Type.String({ pattern: '^[A-Za-z0-9_-]{1,255}$' }),
    revision: Type.Integer({ minimum: 1 }),
    /** Omitted: ACTIVE. INACTIVE revisions are deregistered and not listed as ACTIVE. */
    status: Type.Optional(Type.Union([Type.Literal('ACTIVE'), Type.Literal('INACTIVE')])),
    /** Omitted: bridge (the default on Linux container instances). */
    networkMode: Type.Optional(
      Type.Union([
        Type.Literal('bridge'),
        Type.Literal('host'),
        Type.Literal('awsvpc'),
        Type.Literal('none'),
      ]),
    ),
    /** Omitted: none set (each container has its own process namespace). */
    pidMode: Type.Optional(Type.Union([Type.Literal('host'), Type.Literal('task')])),
    containers: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          environment: Type.Optional(EnvironmentSchema),
          /** Names of variables taken from Secrets Manager / SSM (the `secrets` list). */
          secrets: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
          /** Omitted: false. */
          privileged: Type.Optional(Type.Boolean()),
          /** Omitted: none set (the image's user, root unless the image says otherwise). */
          user: Type.Optional(Type.String({ minLength: 1 })),
          /** Omitted: false. */
          readonlyRootFilesystem: Type.Optional(Type.Boolean()),
          /** The logConfiguration's driver; omitted: no logConfiguration. */
          logDriver: Type.Optional(
            Type.Union([Type.Literal('awslogs'), Type.Literal('awsfirelens'), Type.Literal('json-file')]),
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const QueueSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_-]{1,80}(\\.fifo)?$' }),
    /** Omitted: no queue policy. */
    policy: Type.Optional(PolicyDocumentSchema),
    /**
     * Encryption at rest. Omitted: 'sqs-managed' (SSE-SQS), which SQS applies to new queues since October
     * 2022; 'none': created with SSE off; or SSE-KMS with a key id, ARN or alias.
     */
    encryption: Type.Optional(
      Type.Union([
        Type.Literal('sqs-managed'),
        Type.Literal('none'),
        Type.Object({ kmsMasterKeyId: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const RegionDataStateSchema = Type.Object(
  {
    kmsKeys: Type.Optional(Type.Array(KmsKeySchema)),
    dbInstances: Type.Optional(Type.Array(DbInstanceSchema)),
    fileSystems: Type.Optional(Type.Array(FileSystemSchema)),
    functions: Type.Optional(Type.Array(LambdaFunctionSchema)),
    taskDefinitions: Type.Optional(Type.Array(TaskDefinitionSchema)),
    queues: Type.Optional(Type.Array(QueueSchema)),
  },
  { additionalProperties: false },
);

export const DataStateSchema = Type.Object(
  {
    /** S3 is one namespace per account: each bucket names its region. */
    buckets: Type.Optional(Type.Array(BucketSchema)),
    /** The account-level Block Public Access (S3 Control); omitted: never configured. */
    accountPublicAccessBlock: Type.Optional(PublicAccessBlockSchema),
    /** Regional services, by region; a region not listed has none of them. */
    regions: Type.Optional(Type.Record(Type.String(), RegionDataStateSchema)),
  },
  { additionalProperties: false },
);

export type DataState = Static<typeof DataStateSchema>;
export type RegionDataState = Static<typeof RegionDataStateSchema>;
export type SimulatedBucket = Static<typeof BucketSchema>;
export type SimulatedKmsKey = Static<typeof KmsKeySchema>;
export type SimulatedTaskDefinition = Static<typeof TaskDefinitionSchema>;
export type SimulatedQueue = Static<typeof QueueSchema>;
export type SimulatedDbInstance = Static<typeof DbInstanceSchema>;
export type SimulatedPublicAccessBlock = Static<typeof PublicAccessBlockSchema>;
