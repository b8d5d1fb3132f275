import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { ecsTaskDefinitionsCollector } from '../../collectors/ecs.js';
import { efsFileSystemsCollector } from '../../collectors/efs.js';
import { kmsKeysCollector } from '../../collectors/kms.js';
import { lambdaFunctionsCollector } from '../../collectors/lambda.js';
import { rdsInstancesCollector } from '../../collectors/rds.js';
import { s3BucketsCollector } from '../../collectors/s3.js';
import { s3ControlPublicAccessBlockCollector } from '../../collectors/s3control.js';
import { sqsQueuesCollector } from '../../collectors/sqs.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoDataState } from '../demo/data-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type DataState, DataStateSchema } from '../state/data-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(data?: DataState): SimulatedAccount {
  const template = ORG.accounts[0]!;
  return { ...template, id: ACCOUNT_ID, services: data ? { data } : {} };
}

/** Calls one handler as `account` in `region` with the SDK input. */
function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

const demoAccount = (accountId: string) => openSimulatedMemberAccount(ORG, accountId, NOW);

describe('simulated data services: an account nobody configured', () => {
  it('has no buckets, no account-level Block Public Access and nothing regional', () => {
    expect(call('s3:ListBuckets', {}).Buckets).toEqual([]);
    expect(() => call('s3control:GetPublicAccessBlock', { AccountId: ACCOUNT_ID })).toThrow(
      expect.objectContaining({ name: 'NoSuchPublicAccessBlockConfiguration' }),
    );
    expect(call('kms:ListKeys', {})).toEqual({ Keys: [], Truncated: false });
    expect(call('rds:DescribeDBInstances', {}).DBInstances).toEqual([]);
    expect(call('efs:DescribeFileSystems', {}).FileSystems).toEqual([]);
    expect(call('lambda:ListFunctions', {}).Functions).toEqual([]);
    expect(call('ecs:ListTaskDefinitions', {}).taskDefinitionArns).toEqual([]);
    expect(call('sqs:ListQueues', {})).toEqual({});
  });

  it('gives a bucket created without options the defaults S3 applies today', () => {
    const account = caller({ buckets: [{ name: 'plain-bucket', region: 'eu-west-1' }] });
    const input = { Bucket: 'plain-bucket' };
    expect(call('s3:GetBucketLocation', input, account)).toEqual({ LocationConstraint: 'eu-west-1' });
    expect(
      call('s3:GetBucketEncryption', input, account, 'eu-west-1').ServerSideEncryptionConfiguration.Rules,
    ).toEqual([{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }]);
    expect(
      call('s3:GetPublicAccessBlock', input, account, 'eu-west-1').PublicAccessBlockConfiguration,
    ).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    expect(call('s3:GetBucketVersioning', input, account, 'eu-west-1')).toEqual({});
    expect(call('s3:GetBucketLogging', input, account, 'eu-west-1')).toEqual({});
    expect(() => call('s3:GetBucketPolicy', input, account, 'eu-west-1')).toThrow(
      expect.objectContaining({ name: 'NoSuchBucketPolicy' }),
    );
  });
});

describe('simulated S3 routing', () => {
  const account = caller({ buckets: [{ name: 'far-bucket', region: 'ap-southeast-2' }] });

  it('answers GetBucketLocation from any region, us-east-1 without a constraint', () => {
    expect(call('s3:GetBucketLocation', { Bucket: 'far-bucket' }, account, 'us-east-1')).toEqual({
      LocationConstraint: 'ap-southeast-2',
    });
    const east = caller({ buckets: [{ name: 'east-bucket', region: 'us-east-1' }] });
    expect(call('s3:GetBucketLocation', { Bucket: 'east-bucket' }, east)).toEqual({});
  });

  it("redirects bucket calls sent to another region, and knows no other account's bucket", () => {
    expect(() => call('s3:GetBucketPolicy', { Bucket: 'far-bucket' }, account, 'us-east-1')).toThrow(
      expect.objectContaining({
        name: 'PermanentRedirect',
        $metadata: expect.objectContaining({ httpStatusCode: 301 }),
      }),
    );
    expect(() => call('s3:GetBucketLogging', { Bucket: 'nobody' }, account)).toThrow(
      expect.objectContaining({ name: 'NoSuchBucket' }),
    );
  });

  it('pages ListBuckets with MaxBuckets and ContinuationToken, sorted by name', () => {
    const many = caller({
      buckets: ['c-bucket', 'a-bucket', 'b-bucket'].map((name) => ({ name, region: 'us-east-1' })),
    });
    const first = call('s3:ListBuckets', { MaxBuckets: 2 }, many);
    expect(first.Buckets.map((bucket: { Name: string }) => bucket.Name)).toEqual(['a-bucket', 'b-bucket']);
    const second = call(
      's3:ListBuckets',
      { MaxBuckets: 2, ContinuationToken: first.ContinuationToken },
      many,
    );
    expect(second.Buckets.map((bucket: { Name: string }) => bucket.Name)).toEqual(['c-bucket']);
    expect(second.ContinuationToken).toBeUndefined();
  });

  it("only answers the caller's own account-level setting", () => {
    expect(() => call('s3control:GetPublicAccessBlock', { AccountId: '999999999999' })).toThrow(
      expect.objectContaining({ name: 'AccessDenied' }),
    );
  });
});

describe('simulated KMS, Lambda, ECS, SQS answers', () => {
  it('refuses rotation status for keys AWS cannot rotate, and rotates AWS-managed keys', () => {
    const account = caller({
      regions: {
        'us-east-1': {
          kmsKeys: [
            { id: 'rsa', keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' },
            { id: 'gone', state: 'PendingDeletion' },
            { id: 'aws', manager: 'AWS' },
          ],
        },
      },
    });
    expect(() => call('kms:GetKeyRotationStatus', { KeyId: 'rsa' }, account)).toThrow(
      expect.objectContaining({ name: 'UnsupportedOperationException' }),
    );
    expect(() => call('kms:GetKeyRotationStatus', { KeyId: 'gone' }, account)).toThrow(
      expect.objectContaining({ name: 'KMSInvalidStateException' }),
    );
    expect(call('kms:GetKeyRotationStatus', { KeyId: 'aws' }, account)).toMatchObject({
      KeyRotationEnabled: true,
    });
    expect(
      JSON.parse(call('kms:GetKeyPolicy', { KeyId: 'rsa', PolicyName: 'default' }, account).Policy),
    ).toMatchObject({
      Statement: [{ Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'kms:*' }],
    });
  });

  it('answers ResourceNotFoundException for a function without policy, lists only ACTIVE task definitions', () => {
    const account = caller({
      regions: {
        'us-east-1': {
          functions: [{ name: 'fn' }],
          taskDefinitions: [
            { family: 'app', revision: 1, status: 'INACTIVE', containers: [{ name: 'c' }] },
            { family: 'app', revision: 2, containers: [{ name: 'c' }] },
          ],
        },
      },
    });
    expect(() => call('lambda:GetPolicy', { FunctionName: 'fn' }, account)).toThrow(
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
    expect(call('ecs:ListTaskDefinitions', { status: 'ACTIVE' }, account).taskDefinitionArns).toEqual([
      `arn:aws:ecs:us-east-1:${ACCOUNT_ID}:task-definition/app:2`,
    ]);
    expect(() => call('ecs:DescribeTaskDefinition', { taskDefinition: 'app:9' }, account)).toThrow(
      expect.objectContaining({ name: 'ClientException' }),
    );
  });

  it('answers only the queue attributes asked for, and QueueDoesNotExist for unknown queues', () => {
    const account = caller({
      regions: { 'us-east-1': { queues: [{ name: 'q', policy: { Statement: [] } }] } },
    });
    const url = `https://sqs.us-east-1.amazonaws.com/${ACCOUNT_ID}/q`;
    expect(call('sqs:GetQueueAttributes', { QueueUrl: url, AttributeNames: ['QueueArn'] }, account)).toEqual({
      Attributes: { QueueArn: `arn:aws:sqs:us-east-1:${ACCOUNT_ID}:q` },
    });
    expect(() =>
      call('sqs:GetQueueAttributes', { QueueUrl: `${url}x`, AttributeNames: ['All'] }, account),
    ).toThrow(expect.objectContaining({ name: 'QueueDoesNotExist' }));
  });
});

describe('the demo data posture through the collectors', () => {
  it('is valid against the schema for every account', () => {
    for (const id of Object.values(DEMO_ACCOUNTS)) {
      const state = demoDataState(id);
      if (state) expect([...Value.Errors(DataStateSchema, state)], id).toEqual([]);
    }
  });

  it("reads every prod-web bucket in its own region and the account's missing Block Public Access", async () => {
    const account = await demoAccount(DEMO_ACCOUNTS.prodWeb);
    try {
      const buckets = await s3BucketsCollector.collect(account.context('us-east-1'));
      expect(buckets.map((bucket) => [bucket.name, bucket.region, bucket.publicAccessBlock])).toEqual([
        ['prod-web-static-assets', 'eu-west-1', { ok: true, value: null }],
        [
          'prod-web-uploads',
          'us-east-1',
          {
            ok: true,
            value: {
              blockPublicAcls: true,
              ignorePublicAcls: true,
              blockPublicPolicy: true,
              restrictPublicBuckets: true,
            },
          },
        ],
      ]);
      await expect(
        s3ControlPublicAccessBlockCollector.collect(account.context('us-east-1')),
      ).resolves.toBeNull();
      expect(account.stats.maxSameRequest()).toBe(1);
    } finally {
      account.close();
    }
  });

  it('records the SCP-denied bucket of dev-sandbox per field, and keeps the other bucket', async () => {
    const account = await demoAccount(DEMO_ACCOUNTS.devSandbox);
    try {
      const [archive, scratch] = await s3BucketsCollector.collect(account.context('us-east-1'));
      expect(archive).toMatchObject({
        name: 'dev-sandbox-sa-archive',
        region: 'sa-east-1',
        policy: { ok: false, code: 'AccessDenied', operation: 's3:GetBucketPolicy' },
        logging: { ok: false, code: 'AccessDenied' },
      });
      expect(scratch).toMatchObject({ name: 'dev-sandbox-scratch', encryption: { ok: true, value: null } });
      await expect(
        s3ControlPublicAccessBlockCollector.collect(account.context('us-east-1')),
      ).resolves.toEqual({
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: false,
        restrictPublicBuckets: false,
      });
      const functions = await lambdaFunctionsCollector.collect(account.context('us-east-1'));
      expect(functions).toEqual([
        expect.objectContaining({
          name: 'sandbox-etl-test',
          secretShapedVariables: [
            { name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' },
            { name: 'AWS_SECRET_ACCESS_KEY', reason: 'secret-access-key' },
          ],
        }),
      ]);
      const definitions = await ecsTaskDefinitionsCollector.collect(account.context('us-east-1'));
      expect(definitions.map((definition) => [definition.family, definition.revision])).toEqual([
        ['sandbox-worker', 3],
        ['sandbox-web', 1],
      ]);
    } finally {
      account.close();
    }
  });

  it('collects prod-data keys, instances, file systems and no queues', async () => {
    const account = await demoAccount(DEMO_ACCOUNTS.prodData);
    try {
      const keys = await kmsKeysCollector.collect(account.context('us-east-1'));
      expect(
        keys.map((key) => [key.id.slice(-2), key.rotation?.ok ? key.rotation.value.enabled : null]),
      ).toEqual([
        ['01', false],
        ['02', true],
        ['03', true],
        ['04', null],
        ['aa', null],
      ]);
      const instances = await rdsInstancesCollector.collect(account.context('us-east-1'));
      expect(instances.map((instance) => instance.identifier)).toEqual([
        'orders-db',
        'analytics-db',
        'reporting-aurora-1',
        // fsbp-g2-demo.ts's, listed after the data area's
        'billing-db',
        'crm-db',
        'crm-reports',
        'cms-db',
        'cms-replica',
      ]);
      const fileSystems = await efsFileSystemsCollector.collect(account.context('eu-west-1'));
      expect(fileSystems).toEqual([
        {
          arn: `arn:aws:elasticfilesystem:eu-west-1:${DEMO_ACCOUNTS.prodData}:file-system/fs-0a1b2c3d4e5f60002`,
          id: 'fs-0a1b2c3d4e5f60002',
          name: 'legacy-exports',
          encrypted: false,
        },
      ]);
      await expect(sqsQueuesCollector.collect(account.context('us-east-1'))).resolves.toEqual([]);
    } finally {
      account.close();
    }
  });
});
