import { DescribeCacheClustersCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { elasticacheCacheClustersCollector } from './elasticache-cache-clusters.js';

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

const clusterArn = (id: string) => `arn:aws:elasticache:us-east-1:${TEST_ACCOUNT_ID}:cluster:${id}`;

describe('elasticacheCacheClustersCollector', () => {
  it('pages with Marker and keeps group membership, version, upgrades, backups and subnet group', async () => {
    elasticacheMock
      .on(DescribeCacheClustersCommand)
      .resolves({
        CacheClusters: [
          {
            ARN: clusterArn('cart-001'),
            CacheClusterId: 'cart-001',
            Engine: 'redis',
            EngineVersion: '5.0.6',
            ReplicationGroupId: 'cart',
            AutoMinorVersionUpgrade: true,
            SnapshotRetentionLimit: 1,
            CacheSubnetGroupName: 'cache-private',
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeCacheClustersCommand, { Marker: 'm2' })
      .resolves({
        CacheClusters: [{ ARN: clusterArn('sessions'), CacheClusterId: 'sessions', Engine: 'memcached' }],
      });

    expect(await elasticacheCacheClustersCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: clusterArn('cart-001'),
        id: 'cart-001',
        engine: 'redis',
        engineVersion: '5.0.6',
        replicationGroupId: 'cart',
        autoMinorVersionUpgrade: true,
        snapshotRetentionLimit: 1,
        cacheSubnetGroupName: 'cache-private',
      },
      {
        arn: clusterArn('sessions'),
        id: 'sessions',
        engine: 'memcached',
        engineVersion: null,
        replicationGroupId: null,
        autoMinorVersionUpgrade: false,
        snapshotRetentionLimit: 0,
        cacheSubnetGroupName: null,
      },
    ]);
    expect(
      elasticacheMock.commandCalls(DescribeCacheClustersCommand).map((call) => call.args[0].input),
    ).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'm2' }]);
  });

  it('fails the slice with the AWS code when DescribeCacheClusters is denied', async () => {
    elasticacheMock.on(DescribeCacheClustersCommand).rejects(awsError('AccessDenied', 403));
    await expect(elasticacheCacheClustersCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'elasticache:DescribeCacheClusters',
    });
  });
});
