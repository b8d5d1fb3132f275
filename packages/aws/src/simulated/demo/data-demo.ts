import type { DataState } from '../state/data-state.js';

/**
 * The demo organization's S3, S3 Control, KMS, RDS, EFS, Lambda, ECS and SQS, per account (undefined:
 * nothing configured). What each account plants:
 * - management: account-level Block Public Access; a billing bucket that does everything right (TLS-only
 *   policy, SSE-KMS, versioning with MFA Delete); a rotating KMS key beside an AWS-managed one
 * - security-tooling: no buckets; an SQS queue and a Lambda function whose grants are narrowed to the
 *   organization / to one EventBridge rule; a function environment that only references a secret
 * - log-archive: the organization trail's bucket `orgscan-demo-org-trail-logs` (TLS-only, SSE-KMS, MFA
 *   Delete, server access logging to `orgscan-demo-access-logs`); that log bucket lacks a TLS-only policy
 *   and MFA Delete; a legacy trail bucket CloudTrail may still write to, without access logging or MFA
 *   Delete; the trail's KMS key rotates
 * - prod-web: no account-level Block Public Access; a public website bucket in eu-west-1 (Principal "*"
 *   GetObject, Block Public Access off); a public Lambda function (eu-west-1) and a public SQS queue;
 *   narrowed ones beside them
 * - prod-data: an RDS instance that is unencrypted, public, without minor upgrades and single-AZ, a
 *   compliant one, an Aurora member; an unencrypted EFS in eu-west-1; a KMS key without rotation and one
 *   whose policy lets everyone decrypt; a bucket readable by everyone but guarded by a Deny outside the org
 * - dev-sandbox: a bucket with partial Block Public Access and no default encryption; a bucket in sa-east-1,
 *   which an SCP denies (every per-bucket read fails); a Lambda function and an ECS task definition holding
 *   access-key-shaped values (the AWS documentation examples); a clean function in eu-south-1
 * - shared-services: a compliant artifacts bucket in us-west-2; an ECS task definition with a token in its
 *   environment; narrowed KMS key and SQS queue policies
 * For FSBP: prod-data's fourth KMS key is pending deletion; sandbox-etl-test runs the deprecated python3.8;
 * prod-web-notifications is not encrypted at rest and security-findings uses SSE-KMS (other queues SSE-SQS).
 */
const ORG_ID = 'o-demo123456';
// The AWS documentation's example credentials: shapes only, never real.
const EXAMPLE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const ALL_BLOCKED = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

function denyInsecureTransport(bucket: string) {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

function policy(...statements: object[]) {
  return { Version: '2012-10-17', Statement: statements };
}

function kmsKeyArn(account: string, region: string, id: string): string {
  return `arn:aws:kms:${region}:${account}:key/${id}`;
}

const STATES: Readonly<Record<string, DataState>> = {
  // management
  '111111111111': {
    accountPublicAccessBlock: ALL_BLOCKED,
    buckets: [
      {
        name: 'orgscan-demo-mgmt-billing-reports',
        region: 'us-east-1',
        policy: policy(denyInsecureTransport('orgscan-demo-mgmt-billing-reports'), {
          Sid: 'BillingReports',
          Effect: 'Allow',
          Principal: { Service: 'bcm-data-exports.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::orgscan-demo-mgmt-billing-reports/*',
          Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
        }),
        encryption: {
          algorithm: 'aws:kms',
          kmsKeyId: kmsKeyArn('111111111111', 'us-east-1', '1a1a1a1a-0000-4000-8000-000000000001'),
          bucketKeyEnabled: true,
        },
        versioning: { status: 'Enabled', mfaDelete: true },
      },
    ],
    regions: {
      'us-east-1': {
        kmsKeys: [
          { id: '1a1a1a1a-0000-4000-8000-000000000001', rotationEnabled: true },
          { id: '1a1a1a1a-0000-4000-8000-0000000000aa', manager: 'AWS' },
        ],
      },
    },
  },
  // security-tooling
  '222222222222': {
    regions: {
      'us-east-1': {
        queues: [
          {
            name: 'security-findings',
            encryption: { kmsMasterKeyId: 'alias/security-findings' },
            policy: policy({
              Sid: 'OrganizationSenders',
              Effect: 'Allow',
              Principal: '*',
              Action: 'sqs:SendMessage',
              Resource: 'arn:aws:sqs:us-east-1:222222222222:security-findings',
              Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
            }),
          },
        ],
        functions: [
          {
            name: 'findings-forwarder',
            runtime: 'python3.12',
            environment: {
              SLACK_WEBHOOK_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:222222222222:secret:slack-webhook',
              LOG_LEVEL: 'INFO',
            },
            policy: policy({
              Sid: 'EventBridgeInvoke',
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'lambda:InvokeFunction',
              Resource: 'arn:aws:lambda:us-east-1:222222222222:function:findings-forwarder',
              Condition: {
                ArnLike: { 'AWS:SourceArn': 'arn:aws:events:us-east-1:222222222222:rule/security-findings' },
              },
            }),
          },
        ],
      },
    },
  },
  // log-archive
  '333333333333': {
    accountPublicAccessBlock: ALL_BLOCKED,
    buckets: [
      {
        name: 'orgscan-demo-org-trail-logs',
        region: 'us-east-1',
        policy: policy(
          denyInsecureTransport('orgscan-demo-org-trail-logs'),
          {
            Sid: 'AWSCloudTrailAclCheck',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: 'arn:aws:s3:::orgscan-demo-org-trail-logs',
            Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111111111111:trail/*' } },
          },
          {
            Sid: 'AWSCloudTrailWrite',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::orgscan-demo-org-trail-logs/AWSLogs/*',
            Condition: {
              StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' },
              ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111111111111:trail/*' },
            },
          },
        ),
        encryption: {
          algorithm: 'aws:kms',
          kmsKeyId: kmsKeyArn('333333333333', 'us-east-1', '3c3c3c3c-0000-4000-8000-000000000001'),
          bucketKeyEnabled: true,
        },
        versioning: { status: 'Enabled', mfaDelete: true },
        loggingTargetBucket: 'orgscan-demo-access-logs',
      },
      {
        // Members' trails from before the organization trail delivered here; CloudTrail may still write.
        name: 'orgscan-demo-legacy-trail-logs',
        region: 'us-east-1',
        policy: policy(denyInsecureTransport('orgscan-demo-legacy-trail-logs'), {
          Sid: 'AWSCloudTrailWrite',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::orgscan-demo-legacy-trail-logs/AWSLogs/*',
          Condition: { StringEquals: { 'aws:SourceOrgID': ORG_ID } },
        }),
        versioning: { status: 'Enabled', mfaDelete: false },
      },
      {
        name: 'orgscan-demo-access-logs',
        region: 'us-east-1',
        policy: policy({
          Sid: 'S3ServerAccessLogsPolicy',
          Effect: 'Allow',
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::orgscan-demo-access-logs/*',
          Condition: { StringEquals: { 'aws:SourceAccount': '333333333333' } },
        }),
        versioning: { status: 'Enabled', mfaDelete: false },
      },
    ],
    regions: {
      'us-east-1': {
        kmsKeys: [
          {
            id: '3c3c3c3c-0000-4000-8000-000000000001',
            rotationEnabled: true,
            policy: policy(
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::333333333333:root' },
                Action: 'kms:*',
                Resource: '*',
              },
              {
                Sid: 'AllowCloudTrailEncrypt',
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 'kms:GenerateDataKey*',
                Resource: '*',
                Condition: { StringLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111111111111:trail/*' } },
              },
            ),
          },
        ],
      },
    },
  },
  // prod-web
  '444444444444': {
    buckets: [
      {
        name: 'prod-web-static-assets',
        region: 'eu-west-1',
        policy: policy({
          Sid: 'PublicRead',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::prod-web-static-assets/*',
        }),
        publicAccessBlock: null,
      },
      {
        name: 'prod-web-uploads',
        region: 'us-east-1',
        policy: policy(denyInsecureTransport('prod-web-uploads')),
        encryption: { algorithm: 'aws:kms' },
        versioning: { status: 'Enabled', mfaDelete: false },
      },
    ],
    regions: {
      'us-east-1': {
        functions: [
          {
            name: 'prod-web-api-handler',
            environment: {
              DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:444444444444:secret:prod-web-db',
              NODE_ENV: 'production',
            },
            policy: policy({
              Sid: 'ApiGatewayInvoke',
              Effect: 'Allow',
              Principal: { Service: 'apigateway.amazonaws.com' },
              Action: 'lambda:InvokeFunction',
              Resource: 'arn:aws:lambda:us-east-1:444444444444:function:prod-web-api-handler',
              Condition: {
                ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:444444444444:a1b2c3/*' },
              },
            }),
          },
        ],
        queues: [
          {
            name: 'prod-web-order-events',
            policy: policy({
              Effect: 'Allow',
              Principal: '*',
              Action: 'sqs:SendMessage',
              Resource: 'arn:aws:sqs:us-east-1:444444444444:prod-web-order-events',
            }),
          },
          {
            name: 'prod-web-notifications',
            encryption: 'none',
            policy: policy({
              Sid: 'FromOrderTopic',
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: 'sqs:SendMessage',
              Resource: 'arn:aws:sqs:us-east-1:444444444444:prod-web-notifications',
              Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:444444444444:orders' } },
            }),
          },
        ],
      },
      'eu-west-1': {
        functions: [
          {
            name: 'prod-web-image-resizer',
            environment: { OUTPUT_BUCKET: 'prod-web-static-assets' },
            policy: policy({
              Sid: 'AnyoneInvoke',
              Effect: 'Allow',
              Principal: '*',
              Action: 'lambda:InvokeFunction',
              Resource: 'arn:aws:lambda:eu-west-1:444444444444:function:prod-web-image-resizer',
            }),
          },
        ],
      },
    },
  },
  // prod-data
  '555555555555': {
    accountPublicAccessBlock: ALL_BLOCKED,
    buckets: [
      {
        name: 'prod-data-lake',
        region: 'us-east-1',
        policy: policy(denyInsecureTransport('prod-data-lake')),
        encryption: {
          algorithm: 'aws:kms',
          kmsKeyId: kmsKeyArn('555555555555', 'us-east-1', '5e5e5e5e-0000-4000-8000-000000000002'),
          bucketKeyEnabled: true,
        },
        versioning: { status: 'Enabled', mfaDelete: false },
      },
      {
        name: 'prod-data-exports',
        region: 'eu-central-1',
        policy: policy(
          {
            Sid: 'ReadExports',
            Effect: 'Allow',
            Principal: '*',
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::prod-data-exports', 'arn:aws:s3:::prod-data-exports/*'],
          },
          {
            Sid: 'DenyOutsideOrganization',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: ['arn:aws:s3:::prod-data-exports', 'arn:aws:s3:::prod-data-exports/*'],
            Condition: { StringNotEquals: { 'aws:PrincipalOrgID': ORG_ID } },
          },
        ),
      },
    ],
    regions: {
      'us-east-1': {
        dbInstances: [
          {
            identifier: 'orders-db',
            engine: 'mysql',
            storageEncrypted: false,
            autoMinorVersionUpgrade: false,
            publiclyAccessible: true,
            multiAz: false,
          },
          {
            identifier: 'analytics-db',
            engine: 'postgres',
            storageEncrypted: true,
            autoMinorVersionUpgrade: true,
            publiclyAccessible: false,
            multiAz: true,
          },
          {
            identifier: 'reporting-aurora-1',
            engine: 'aurora-postgresql',
            clusterIdentifier: 'reporting',
            storageEncrypted: true,
            autoMinorVersionUpgrade: true,
            publiclyAccessible: false,
            multiAz: false,
          },
        ],
        fileSystems: [{ id: 'fs-0a1b2c3d4e5f60001', name: 'shared-models', encrypted: true }],
        kmsKeys: [
          { id: '5e5e5e5e-0000-4000-8000-000000000001', rotationEnabled: false },
          { id: '5e5e5e5e-0000-4000-8000-000000000002', rotationEnabled: true },
          {
            id: '5e5e5e5e-0000-4000-8000-000000000003',
            rotationEnabled: true,
            policy: policy(
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::555555555555:root' },
                Action: 'kms:*',
                Resource: '*',
              },
              {
                Sid: 'AnyoneDecrypt',
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: ['kms:Decrypt', 'kms:DescribeKey'],
                Resource: '*',
              },
            ),
          },
          { id: '5e5e5e5e-0000-4000-8000-000000000004', state: 'PendingDeletion' },
          { id: '5e5e5e5e-0000-4000-8000-0000000000aa', manager: 'AWS' },
        ],
      },
      'eu-west-1': {
        fileSystems: [{ id: 'fs-0a1b2c3d4e5f60002', name: 'legacy-exports', encrypted: false }],
      },
    },
  },
  // dev-sandbox
  '666666666666': {
    // Public ACLs blocked at the account level, public bucket policies still allowed: partially off.
    accountPublicAccessBlock: {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    },
    buckets: [
      {
        name: 'dev-sandbox-scratch',
        region: 'us-east-1',
        encryption: null,
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        versioning: { status: 'Suspended', mfaDelete: false },
      },
      { name: 'dev-sandbox-sa-archive', region: 'sa-east-1' },
    ],
    regions: {
      'us-east-1': {
        functions: [
          {
            name: 'sandbox-etl-test',
            runtime: 'python3.8',
            environment: {
              AWS_ACCESS_KEY_ID: EXAMPLE_KEY_ID,
              AWS_SECRET_ACCESS_KEY: EXAMPLE_SECRET,
              TARGET_BUCKET: 'dev-sandbox-scratch',
            },
          },
        ],
        taskDefinitions: [
          {
            family: 'sandbox-worker',
            revision: 2,
            status: 'INACTIVE',
            containers: [{ name: 'worker', environment: { AWS_ACCESS_KEY_ID: EXAMPLE_KEY_ID } }],
          },
          {
            family: 'sandbox-worker',
            revision: 3,
            // FSBP ECS.3 / ECS.4 (fsbp-g4): shares the host's process namespace, runs privileged.
            pidMode: 'host',
            containers: [
              {
                name: 'worker',
                privileged: true,
                environment: {
                  AWS_ACCESS_KEY_ID: EXAMPLE_KEY_ID,
                  AWS_SECRET_ACCESS_KEY: EXAMPLE_SECRET,
                  QUEUE_NAME: 'sandbox-jobs',
                },
              },
            ],
          },
          {
            family: 'sandbox-web',
            revision: 1,
            containers: [
              {
                name: 'web',
                environment: { PORT: '8080' },
                secrets: ['DB_PASSWORD'],
                // FSBP ECS.5 / ECS.9 (fsbp-g4): what they ask.
                readonlyRootFilesystem: true,
                logDriver: 'awslogs',
              },
            ],
          },
        ],
      },
      'eu-south-1': {
        functions: [{ name: 'sandbox-eu-probe', environment: { TARGET_URL: 'https://example.com/health' } }],
      },
    },
  },
  // shared-services
  '999999999999': {
    accountPublicAccessBlock: ALL_BLOCKED,
    buckets: [
      {
        name: 'shared-services-artifacts',
        region: 'us-west-2',
        policy: policy(denyInsecureTransport('shared-services-artifacts'), {
          Sid: 'OrganizationRead',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::shared-services-artifacts/*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
        }),
        versioning: { status: 'Enabled', mfaDelete: true },
      },
    ],
    regions: {
      'us-west-2': {
        kmsKeys: [
          {
            id: '9f9f9f9f-0000-4000-8000-000000000001',
            rotationEnabled: true,
            policy: policy(
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::999999999999:root' },
                Action: 'kms:*',
                Resource: '*',
              },
              {
                Sid: 'OrganizationDecrypt',
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: 'kms:Decrypt',
                Resource: '*',
                Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
              },
            ),
          },
        ],
        taskDefinitions: [
          {
            family: 'shared-proxy',
            revision: 7,
            // FSBP ECS.1 (fsbp-g4): the host network, the image's (root) user.
            networkMode: 'host',
            containers: [
              {
                name: 'proxy',
                environment: { UPSTREAM_API_TOKEN: 'tok_demo_0123456789', LISTEN_PORT: '3128' },
              },
            ],
          },
        ],
        queues: [
          {
            name: 'build-events',
            policy: policy({
              Sid: 'OrganizationSenders',
              Effect: 'Allow',
              Principal: '*',
              Action: 'sqs:SendMessage',
              Resource: 'arn:aws:sqs:us-west-2:999999999999:build-events',
              Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG_ID } },
            }),
          },
        ],
      },
    },
  },
};

export function demoDataState(accountId: string): DataState | undefined {
  return STATES[accountId];
}
