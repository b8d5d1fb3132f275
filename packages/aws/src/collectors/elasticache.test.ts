import { DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { elasticacheReplicationGroupsCollector } from './elasticache.js';

const elasticacheMock = mockClient(ElastiCacheClient);

beforeEach(() => {
  elasticacheMock.reset();
});

afterAll(() => {
  elasticacheMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const groupArn = (id: string) => `arn:aws:elasticache:us-east-1:${TEST_ACCOUNT_ID}:replicationgroup:${id}`;

describe('elasticacheReplicationGroupsCollector', () => {
  it('pages with Marker and keeps the settings the checks read', async () => {
    elasticacheMock
      .on(DescribeReplicationGroupsCommand)
      .resolves({
        ReplicationGroups: [
          {
            ARN: groupArn('cart'),
            ReplicationGroupId: 'cart',
            Engine: 'valkey',
            AutomaticFailover: 'enabled',
            AtRestEncryptionEnabled: true,
            TransitEncryptionEnabled: true,
            AuthTokenEnabled: true,
            SnapshotRetentionLimit: 7,
            MemberClusters: ['cart-001', 'cart-002'],
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeReplicationGroupsCommand, { Marker: 'm2' })
      .resolves({
        ReplicationGroups: [
          { ARN: groupArn('legacy'), ReplicationGroupId: 'legacy' },
          { ReplicationGroupId: 'no-arn' },
        ],
      });

    expect(await elasticacheReplicationGroupsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: groupArn('cart'),
        id: 'cart',
        engine: 'valkey',
        automaticFailover: 'enabled',
        atRestEncryptionEnabled: true,
        transitEncryptionEnabled: true,
        authTokenEnabled: true,
        snapshotRetentionLimit: 7,
        memberClusters: ['cart-001', 'cart-002'],
      },
      // A group from before Valkey reports no engine: Redis OSS; what it leaves out is off.
      {
        arn: groupArn('legacy'),
        id: 'legacy',
        engine: 'redis',
        automaticFailover: 'disabled',
        atRestEncryptionEnabled: false,
        transitEncryptionEnabled: false,
        authTokenEnabled: false,
        snapshotRetentionLimit: 0,
        memberClusters: [],
      },
    ]);
    expect(
      elasticacheMock.commandCalls(DescribeReplicationGroupsCommand).map((call) => call.args[0].input),
    ).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'm2' }]);
  });

  it('fails the slice with the AWS code when DescribeReplicationGroups is denied', async () => {
    elasticacheMock.on(DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied', 403));
    await expect(
      elasticacheReplicationGroupsCollector.collect(context(mockedApi().api)),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'elasticache:DescribeReplicationGroups',
    });
  });
});
