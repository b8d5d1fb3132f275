import {
  DescribeClusterCommand,
  DescribeClusterVersionsCommand,
  EKSClient,
  ListClustersCommand,
} from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { eksClustersCollector } from './eks.js';

const eksMock = mockClient(EKSClient);

beforeEach(() => {
  eksMock.reset();
});

afterAll(() => {
  eksMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const arn = (name: string) => `arn:aws:eks:us-east-1:${TEST_ACCOUNT_ID}:cluster/${name}`;
const KEY = `arn:aws:kms:us-east-1:${TEST_ACCOUNT_ID}:key/0b9c1a0e-1111-2222-3333-444455556666`;

describe('eksClustersCollector', () => {
  it('lists every page of clusters and keeps the settings DescribeCluster gives each', async () => {
    eksMock
      .on(ListClustersCommand)
      .resolvesOnce({ clusters: ['prod'], nextToken: 'page-2' })
      .resolves({
        clusters: ['dev'],
      });
    eksMock.on(DescribeClusterCommand, { name: 'prod' }).resolves({
      cluster: {
        name: 'prod',
        arn: arn('prod'),
        version: '1.31',
        resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
        logging: {
          clusterLogging: [
            { types: ['api', 'audit'], enabled: true },
            { types: ['scheduler'], enabled: false },
          ],
        },
      },
    });
    eksMock.on(DescribeClusterCommand, { name: 'dev' }).resolves({
      cluster: {
        name: 'dev',
        arn: arn('dev'),
        version: '1.21',
        resourcesVpcConfig: { endpointPublicAccess: true },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'scheduler'], enabled: false }] },
      },
    });

    eksMock
      .on(DescribeClusterVersionsCommand)
      .resolvesOnce({
        clusterVersions: [
          { clusterVersion: '1.35', versionStatus: 'STANDARD_SUPPORT' },
          {
            clusterVersion: '1.31',
            versionStatus: 'EXTENDED_SUPPORT',
            endOfStandardSupportDate: new Date('2025-11-26T00:00:00Z'),
            endOfExtendedSupportDate: new Date('2026-11-26T00:00:00Z'),
          },
        ],
        nextToken: 'versions-2',
      })
      .resolves({ clusterVersions: [] });

    expect(await eksClustersCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('prod'),
        name: 'prod',
        settings: {
          ok: true,
          value: {
            version: '1.31',
            endpointPublicAccess: false,
            secretsKmsKeyArn: KEY,
            enabledLogTypes: ['api', 'audit'],
          },
        },
        versionSupport: {
          ok: true,
          value: {
            status: 'EXTENDED_SUPPORT',
            endOfStandardSupport: '2025-11-26T00:00:00.000Z',
            endOfExtendedSupport: '2026-11-26T00:00:00.000Z',
          },
        },
      },
      {
        arn: arn('dev'),
        name: 'dev',
        settings: {
          ok: true,
          value: { version: '1.21', endpointPublicAccess: true, secretsKmsKeyArn: null, enabledLogTypes: [] },
        },
        // EKS no longer lists 1.21: no standing, which the check reads as out of support.
        versionSupport: { ok: true, value: null },
      },
    ]);
    // One calendar read for the region, every page (EKS refuses includeAll with clusterVersions).
    expect(eksMock.commandCalls(DescribeClusterVersionsCommand).map((call) => call.args[0].input)).toEqual([
      { includeAll: true, maxResults: 100 },
      { includeAll: true, maxResults: 100, nextToken: 'versions-2' },
    ]);
    expect(eksMock.commandCalls(ListClustersCommand).map((call) => call.args[0].input)).toEqual([
      { maxResults: 100 },
      { maxResults: 100, nextToken: 'page-2' },
    ]);
    expect(eksMock.commandCalls(DescribeClusterCommand)).toHaveLength(2);
  });

  it('keeps an unreadable cluster as that cluster’s error and drops a cluster deleted since the listing', async () => {
    eksMock.on(ListClustersCommand).resolves({ clusters: ['locked', 'gone'] });
    eksMock.on(DescribeClusterCommand, { name: 'locked' }).rejects(awsError('AccessDeniedException', 403));
    eksMock.on(DescribeClusterCommand, { name: 'gone' }).rejects(awsError('ResourceNotFoundException', 404));

    expect(await eksClustersCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('locked'),
        name: 'locked',
        settings: { ok: false, code: 'AccessDeniedException', operation: 'eks:DescribeCluster' },
        versionSupport: { ok: true, value: null },
      },
    ]);
    // No readable version, nothing to look up.
    expect(eksMock.commandCalls(DescribeClusterVersionsCommand)).toHaveLength(0);
  });

  it('keeps a denied calendar read as each cluster’s version error, its settings still judged', async () => {
    eksMock.on(ListClustersCommand).resolves({ clusters: ['prod'] });
    eksMock.on(DescribeClusterCommand).resolves({ cluster: { name: 'prod', version: '1.35' } });
    eksMock.on(DescribeClusterVersionsCommand).rejects(awsError('AccessDeniedException', 403));

    expect(await eksClustersCollector.collect(context(mockedApi().api))).toMatchObject([
      {
        name: 'prod',
        settings: { ok: true, value: { version: '1.35' } },
        versionSupport: {
          ok: false,
          code: 'AccessDeniedException',
          operation: 'eks:DescribeClusterVersions',
        },
      },
    ]);
  });

  it('calls nothing beyond ListClusters in a region without clusters', async () => {
    eksMock.on(ListClustersCommand).resolves({ clusters: [] });
    expect(await eksClustersCollector.collect(context(mockedApi().api))).toEqual([]);
    expect(eksMock.calls()).toHaveLength(1);
  });

  it('fails the slice with the AWS code when ListClusters is denied', async () => {
    eksMock.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(eksClustersCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'eks:ListClusters',
    });
  });
});
