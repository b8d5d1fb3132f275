import type { AwsCommand } from './aws-transport.js';

/** What the SDK transport needs of a client: send a command, release the connections. */
export interface SendableClient {
  send<Output extends object>(command: AwsCommand<Output>): Promise<Output>;
  destroy(): void;
}

/** An SDK v3 client class (SQSClient, IAMClient, ...), constructed with the transport's settings. */
export type SdkClientClass = new (config: {
  readonly region: string;
  // biome-ignore lint/suspicious/noExplicitAny: each client declares its own config type
  readonly [setting: string]: any;
}) => unknown;

/** One AWS service orgscan calls. Everything about a service that is not an API call lives here. */
export interface AwsServiceDefinition {
  /** The SDK v3 client package; the permissions test maps the package's commands to IAM actions with it. */
  readonly sdkPackage: `@aws-sdk/client-${string}`;
  /**
   * Loads the client class on first use of the service, so a process or test file that never calls the
   * service never loads its SDK (an SDK client takes hundreds of milliseconds to load).
   */
  readonly loadClient: () => Promise<SdkClientClass>;
  /** IAM action prefix: the action of operation Op is `<iamPrefix>:<Op>` unless `iamActions` says otherwise. */
  readonly iamPrefix: string;
  /** The operations whose IAM action is not named like the operation, e.g. ListBuckets → s3:ListAllMyBuckets. */
  readonly iamActions?: Readonly<Record<string, string>>;
  /** One global endpoint: calls go to the partition's home region whatever region is asked. */
  readonly global?: boolean;
  /**
   * Regions where AWS does not offer the service. Its regional slices are not collected there; checks
   * reading them report SKIPPED (not applicable by fact), never ERROR or PASS.
   */
  readonly notOfferedIn?: readonly string[];
}

/**
 * The AWS services orgscan talks to, by the short name used in call counts, rate-limit keys, IAM actions
 * and the simulated AWS. Adding a service: an entry here (`npm run new:collector` writes it), a simulated
 * service in simulated/services/, and its read actions in deploy/ (docs/adding-an-aws-service.md).
 */
export const AWS_SERVICES = {
  accessanalyzer: {
    sdkPackage: '@aws-sdk/client-accessanalyzer',
    loadClient: async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient,
    iamPrefix: 'access-analyzer',
  },
  account: {
    sdkPackage: '@aws-sdk/client-account',
    loadClient: async () => (await import('@aws-sdk/client-account')).AccountClient,
    iamPrefix: 'account',
    global: true,
  },
  cloudtrail: {
    sdkPackage: '@aws-sdk/client-cloudtrail',
    loadClient: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient,
    iamPrefix: 'cloudtrail',
  },
  cloudwatch: {
    sdkPackage: '@aws-sdk/client-cloudwatch',
    loadClient: async () => (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient,
    iamPrefix: 'cloudwatch',
  },
  config: {
    sdkPackage: '@aws-sdk/client-config-service',
    loadClient: async () => (await import('@aws-sdk/client-config-service')).ConfigServiceClient,
    iamPrefix: 'config',
  },
  ec2: {
    sdkPackage: '@aws-sdk/client-ec2',
    loadClient: async () => (await import('@aws-sdk/client-ec2')).EC2Client,
    iamPrefix: 'ec2',
  },
  ecs: {
    sdkPackage: '@aws-sdk/client-ecs',
    loadClient: async () => (await import('@aws-sdk/client-ecs')).ECSClient,
    iamPrefix: 'ecs',
  },
  efs: {
    sdkPackage: '@aws-sdk/client-efs',
    loadClient: async () => (await import('@aws-sdk/client-efs')).EFSClient,
    iamPrefix: 'elasticfilesystem',
  },
  iam: {
    sdkPackage: '@aws-sdk/client-iam',
    loadClient: async () => (await import('@aws-sdk/client-iam')).IAMClient,
    iamPrefix: 'iam',
    global: true,
  },
  kms: {
    sdkPackage: '@aws-sdk/client-kms',
    loadClient: async () => (await import('@aws-sdk/client-kms')).KMSClient,
    iamPrefix: 'kms',
  },
  lambda: {
    sdkPackage: '@aws-sdk/client-lambda',
    loadClient: async () => (await import('@aws-sdk/client-lambda')).LambdaClient,
    iamPrefix: 'lambda',
  },
  logs: {
    sdkPackage: '@aws-sdk/client-cloudwatch-logs',
    loadClient: async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient,
    iamPrefix: 'logs',
  },
  organizations: {
    sdkPackage: '@aws-sdk/client-organizations',
    loadClient: async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient,
    iamPrefix: 'organizations',
    global: true,
  },
  rds: {
    sdkPackage: '@aws-sdk/client-rds',
    loadClient: async () => (await import('@aws-sdk/client-rds')).RDSClient,
    iamPrefix: 'rds',
  },
  s3: {
    sdkPackage: '@aws-sdk/client-s3',
    loadClient: async () => (await import('@aws-sdk/client-s3')).S3Client,
    iamPrefix: 's3',
    iamActions: {
      ListBuckets: 's3:ListAllMyBuckets',
      GetBucketEncryption: 's3:GetEncryptionConfiguration',
      GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
      GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
    },
  },
  s3control: {
    sdkPackage: '@aws-sdk/client-s3-control',
    loadClient: async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient,
    iamPrefix: 's3',
    iamActions: { GetPublicAccessBlock: 's3:GetAccountPublicAccessBlock' },
  },
  securityhub: {
    sdkPackage: '@aws-sdk/client-securityhub',
    loadClient: async () => (await import('@aws-sdk/client-securityhub')).SecurityHubClient,
    iamPrefix: 'securityhub',
  },
  sns: {
    sdkPackage: '@aws-sdk/client-sns',
    loadClient: async () => (await import('@aws-sdk/client-sns')).SNSClient,
    iamPrefix: 'sns',
  },
  sqs: {
    sdkPackage: '@aws-sdk/client-sqs',
    loadClient: async () => (await import('@aws-sdk/client-sqs')).SQSClient,
    iamPrefix: 'sqs',
  },
  sts: {
    sdkPackage: '@aws-sdk/client-sts',
    loadClient: async () => (await import('@aws-sdk/client-sts')).STSClient,
    iamPrefix: 'sts',
  },
  autoscaling: {
    sdkPackage: '@aws-sdk/client-auto-scaling',
    loadClient: async () => (await import('@aws-sdk/client-auto-scaling')).AutoScalingClient,
    iamPrefix: 'autoscaling',
  },
  ssm: {
    sdkPackage: '@aws-sdk/client-ssm',
    loadClient: async () => (await import('@aws-sdk/client-ssm')).SSMClient,
    iamPrefix: 'ssm',
  },
  elbv2: {
    sdkPackage: '@aws-sdk/client-elastic-load-balancing-v2',
    loadClient: async () =>
      (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client,
    iamPrefix: 'elasticloadbalancing',
  },
  elb: {
    sdkPackage: '@aws-sdk/client-elastic-load-balancing',
    loadClient: async () =>
      (await import('@aws-sdk/client-elastic-load-balancing')).ElasticLoadBalancingClient,
    iamPrefix: 'elasticloadbalancing',
  },
  cloudfront: {
    sdkPackage: '@aws-sdk/client-cloudfront',
    loadClient: async () => (await import('@aws-sdk/client-cloudfront')).CloudFrontClient,
    iamPrefix: 'cloudfront',
    global: true,
  },
  acm: {
    sdkPackage: '@aws-sdk/client-acm',
    loadClient: async () => (await import('@aws-sdk/client-acm')).ACMClient,
    iamPrefix: 'acm',
  },
  guardduty: {
    sdkPackage: '@aws-sdk/client-guardduty',
    loadClient: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient,
    iamPrefix: 'guardduty',
  },
  secretsmanager: {
    sdkPackage: '@aws-sdk/client-secrets-manager',
    loadClient: async () => (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient,
    iamPrefix: 'secretsmanager',
  },
  redshift: {
    sdkPackage: '@aws-sdk/client-redshift',
    loadClient: async () => (await import('@aws-sdk/client-redshift')).RedshiftClient,
    iamPrefix: 'redshift',
  },
  elasticache: {
    sdkPackage: '@aws-sdk/client-elasticache',
    loadClient: async () => (await import('@aws-sdk/client-elasticache')).ElastiCacheClient,
    iamPrefix: 'elasticache',
  },
  opensearch: {
    sdkPackage: '@aws-sdk/client-opensearch',
    loadClient: async () => (await import('@aws-sdk/client-opensearch')).OpenSearchClient,
    iamPrefix: 'es',
  },
  ecr: {
    sdkPackage: '@aws-sdk/client-ecr',
    loadClient: async () => (await import('@aws-sdk/client-ecr')).ECRClient,
    iamPrefix: 'ecr',
  },
  eks: {
    sdkPackage: '@aws-sdk/client-eks',
    loadClient: async () => (await import('@aws-sdk/client-eks')).EKSClient,
    iamPrefix: 'eks',
  },
  dynamodb: {
    sdkPackage: '@aws-sdk/client-dynamodb',
    loadClient: async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient,
    iamPrefix: 'dynamodb',
  },
  apigateway: {
    sdkPackage: '@aws-sdk/client-api-gateway',
    loadClient: async () => (await import('@aws-sdk/client-api-gateway')).APIGatewayClient,
    iamPrefix: 'apigateway',
  },
  wafv2: {
    sdkPackage: '@aws-sdk/client-wafv2',
    loadClient: async () => (await import('@aws-sdk/client-wafv2')).WAFV2Client,
    iamPrefix: 'wafv2',
  },
  codebuild: {
    sdkPackage: '@aws-sdk/client-codebuild',
    loadClient: async () => (await import('@aws-sdk/client-codebuild')).CodeBuildClient,
    iamPrefix: 'codebuild',
  },
  sagemaker: {
    sdkPackage: '@aws-sdk/client-sagemaker',
    loadClient: async () => (await import('@aws-sdk/client-sagemaker')).SageMakerClient,
    iamPrefix: 'sagemaker',
  },
} as const satisfies Readonly<Record<string, AwsServiceDefinition>>;

export type AwsServiceName = keyof typeof AWS_SERVICES;

const SERVICE_NAMES = Object.keys(AWS_SERVICES) as AwsServiceName[];

function definition(service: AwsServiceName): AwsServiceDefinition {
  return AWS_SERVICES[service];
}

/** Services with one global endpoint: calls go to the partition's home region whatever region is asked. */
export const GLOBAL_SERVICES: ReadonlySet<AwsServiceName> = new Set(
  SERVICE_NAMES.filter((service) => definition(service).global === true),
);

/** IAM action prefix of each service (the deploy templates and their test use these). */
export const IAM_ACTION_PREFIX: { readonly [K in AwsServiceName]: string } = Object.fromEntries(
  SERVICE_NAMES.map((service) => [service, definition(service).iamPrefix]),
) as { readonly [K in AwsServiceName]: string };

/** Whether AWS offers `service` in `region` (see AwsServiceDefinition.notOfferedIn). */
export function serviceOfferedIn(service: AwsServiceName, region: string): boolean {
  return !definition(service).notOfferedIn?.includes(region);
}

/** The IAM action that authorizes `operation` of `service` (GetAccountSummary → iam:GetAccountSummary). */
export function iamActionOf(service: AwsServiceName, operation: string): string {
  const { iamPrefix, iamActions } = definition(service);
  return iamActions?.[operation] ?? `${iamPrefix}:${operation}`;
}
