import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { AccountClient } from '@aws-sdk/client-account';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EFSClient } from '@aws-sdk/client-efs';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';

/**
 * The AWS services orgscan talks to, by the short name used in call counts, rate-limit keys, IAM actions
 * and the simulated AWS. Adding a service: add its client here and its operations to the simulator.
 */
export const AWS_SERVICE_CLIENTS = {
  accessanalyzer: AccessAnalyzerClient,
  account: AccountClient,
  cloudtrail: CloudTrailClient,
  cloudwatch: CloudWatchClient,
  config: ConfigServiceClient,
  ec2: EC2Client,
  ecs: ECSClient,
  efs: EFSClient,
  iam: IAMClient,
  kms: KMSClient,
  lambda: LambdaClient,
  logs: CloudWatchLogsClient,
  organizations: OrganizationsClient,
  rds: RDSClient,
  s3: S3Client,
  s3control: S3ControlClient,
  securityhub: SecurityHubClient,
  sns: SNSClient,
  sqs: SQSClient,
  sts: STSClient,
} as const;

export type AwsServiceName = keyof typeof AWS_SERVICE_CLIENTS;

/** Services with one global endpoint: calls go to the partition's home region whatever region is asked. */
export const GLOBAL_SERVICES: ReadonlySet<AwsServiceName> = new Set<AwsServiceName>([
  'iam',
  'organizations',
  'account',
]);

/** IAM action prefix of each service (the deploy template and its test use these). */
export const IAM_ACTION_PREFIX: { readonly [K in AwsServiceName]: string } = {
  accessanalyzer: 'access-analyzer',
  account: 'account',
  cloudtrail: 'cloudtrail',
  cloudwatch: 'cloudwatch',
  config: 'config',
  ec2: 'ec2',
  ecs: 'ecs',
  efs: 'elasticfilesystem',
  iam: 'iam',
  kms: 'kms',
  lambda: 'lambda',
  logs: 'logs',
  organizations: 'organizations',
  rds: 'rds',
  s3: 's3',
  s3control: 's3',
  securityhub: 'securityhub',
  sns: 'sns',
  sqs: 'sqs',
  sts: 'sts',
};
