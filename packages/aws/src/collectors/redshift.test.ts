import {
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { redshiftClustersCollector } from './redshift.js';

const redshiftMock = mockClient(RedshiftClient);

beforeEach(() => {
  redshiftMock.reset();
});

afterAll(() => {
  redshiftMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'eu-west-1',
  sleep: async () => {},
});

const clusterArn = (id: string) => `arn:aws:redshift:eu-west-1:${TEST_ACCOUNT_ID}:cluster:${id}`;

describe('redshiftClustersCollector', () => {
  it('pages with Marker, builds the ARN, reads MultiAZ "Enabled" as true and each logging status', async () => {
    redshiftMock
      .on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'warehouse' })
      .resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' })
      .on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'scratch' })
      .resolves({ LoggingEnabled: false });
    redshiftMock
      .on(DescribeClustersCommand)
      .resolves({
        Clusters: [
          {
            ClusterIdentifier: 'warehouse',
            PubliclyAccessible: true,
            Encrypted: true,
            AutomatedSnapshotRetentionPeriod: 7,
            AllowVersionUpgrade: true,
            EnhancedVpcRouting: true,
            MasterUsername: 'awsuser',
            MultiAZ: 'Enabled',
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeClustersCommand, { Marker: 'm2' })
      .resolves({
        Clusters: [{ ClusterIdentifier: 'scratch', MultiAZ: 'Disabled' }, { ClusterStatus: 'creating' }],
      });

    const clusters = await redshiftClustersCollector.collect(context(mockedApi().api));

    expect(clusters).toEqual([
      {
        arn: clusterArn('warehouse'),
        identifier: 'warehouse',
        publiclyAccessible: true,
        encrypted: true,
        automatedSnapshotRetentionPeriod: 7,
        allowVersionUpgrade: true,
        enhancedVpcRouting: true,
        masterUsername: 'awsuser',
        multiAz: true,
        auditLoggingEnabled: { ok: true, value: true },
      },
      {
        arn: clusterArn('scratch'),
        identifier: 'scratch',
        publiclyAccessible: false,
        encrypted: false,
        automatedSnapshotRetentionPeriod: 0,
        allowVersionUpgrade: false,
        enhancedVpcRouting: false,
        masterUsername: null,
        multiAz: false,
        auditLoggingEnabled: { ok: true, value: false },
      },
    ]);
    expect(redshiftMock.commandCalls(DescribeClustersCommand).map((call) => call.args[0].input)).toEqual([
      { MaxRecords: 100 },
      { MaxRecords: 100, Marker: 'm2' },
    ]);
  });

  it("keeps one cluster's unreadable logging status as that field's error", async () => {
    redshiftMock
      .on(DescribeClustersCommand)
      .resolves({ Clusters: [{ ClusterIdentifier: 'warehouse' }, { ClusterIdentifier: 'locked' }] })
      .on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'warehouse' })
      .resolves({ LoggingEnabled: true })
      .on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'locked' })
      .rejects(awsError('AccessDenied', 403));

    const clusters = await redshiftClustersCollector.collect(context(mockedApi().api));

    expect(clusters.map((cluster) => [cluster.identifier, cluster.auditLoggingEnabled])).toEqual([
      ['warehouse', { ok: true, value: true }],
      ['locked', { ok: false, code: 'AccessDenied', operation: 'redshift:DescribeLoggingStatus' }],
    ]);
  });

  it('gives an empty list for a region without clusters', async () => {
    redshiftMock.on(DescribeClustersCommand).resolves({ Clusters: [] });
    await expect(redshiftClustersCollector.collect(context(mockedApi().api))).resolves.toEqual([]);
  });

  it('fails the slice with the AWS code when DescribeClusters is denied', async () => {
    redshiftMock.on(DescribeClustersCommand).rejects(awsError('AccessDenied', 403));
    await expect(redshiftClustersCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'redshift:DescribeClusters',
    });
  });
});
