import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { dynamodbTablesCollector } from '../../collectors/dynamodb.js';
import { eksClustersCollector } from '../../collectors/eks.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoFsbpG6Services } from '../demo/fsbp-g6-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type AccountServices, AccountServicesSchema } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  return { ...ORG.accounts[0]!, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated EKS', () => {
  it('has no cluster in a fresh account', () => {
    expect(call('eks:ListClusters', {})).toEqual({ clusters: [] });
    expect(() => call('eks:DescribeCluster', { name: 'missing' })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
  });

  it('gives a cluster created without options a public endpoint, no secrets encryption and no logs', () => {
    const account = caller({ eks: { regions: { 'us-east-1': { clusters: [{ name: 'plain' }] } } } });
    const { cluster } = call('eks:DescribeCluster', { name: 'plain' }, account);
    expect(cluster).toMatchObject({
      name: 'plain',
      arn: `arn:aws:eks:us-east-1:${ACCOUNT_ID}:cluster/plain`,
      version: '1.35',
      resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false },
      logging: {
        clusterLogging: [
          { types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false },
        ],
      },
    });
    expect(cluster.encryptionConfig).toBeUndefined();
  });

  it('pages clusters like AWS and keeps each region’s own', () => {
    const many = caller({
      eks: { regions: { 'us-east-1': { clusters: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } } },
    });
    const first = call('eks:ListClusters', { maxResults: 2 }, many);
    expect(first.clusters).toEqual(['a', 'b']);
    const second = call('eks:ListClusters', { maxResults: 2, nextToken: first.nextToken }, many);
    expect(second).toEqual({ clusters: ['c'] });
    expect(call('eks:ListClusters', {}, many, 'eu-west-1')).toEqual({ clusters: [] });
  });
});

describe('simulated EKS release calendar (DescribeClusterVersions)', () => {
  it('answers the versions asked for with their standing on the calendar day, whatever the clock says', () => {
    const { clusterVersions } = call('eks:DescribeClusterVersions', {
      clusterVersions: ['1.35', '1.32', '1.21'],
    });
    expect(
      clusterVersions.map((v: { clusterVersion: string; versionStatus: string }) => [
        v.clusterVersion,
        v.versionStatus,
      ]),
    ).toEqual([
      ['1.32', 'EXTENDED_SUPPORT'],
      ['1.35', 'STANDARD_SUPPORT'],
    ]);
    expect(clusterVersions[1]).toMatchObject({
      defaultVersion: true,
      endOfStandardSupportDate: expect.any(Date),
    });
  });

  it('refuses includeAll with clusterVersions, as EKS does', () => {
    expect(() =>
      call('eks:DescribeClusterVersions', { clusterVersions: ['1.35'], includeAll: true }),
    ).toThrow(expect.objectContaining({ name: 'InvalidParameterException' }));
  });

  it('lists versions out of support only with includeAll, and pages like AWS', () => {
    const supported = call('eks:DescribeClusterVersions', {}).clusterVersions;
    const all = call('eks:DescribeClusterVersions', { includeAll: true }).clusterVersions;
    expect(supported.every((v: { versionStatus: string }) => v.versionStatus !== 'UNSUPPORTED')).toBe(true);
    expect(all.length).toBeGreaterThan(supported.length);
    const first = call('eks:DescribeClusterVersions', { includeAll: true, maxResults: 5 });
    expect(first.clusterVersions).toHaveLength(5);
    const rest = call('eks:DescribeClusterVersions', { includeAll: true, nextToken: first.nextToken });
    expect(first.clusterVersions.length + rest.clusterVersions.length).toBe(all.length);
  });
});

describe('simulated DynamoDB', () => {
  it('has no table in a fresh account', () => {
    expect(call('dynamodb:ListTables', {})).toEqual({ TableNames: [] });
    expect(() => call('dynamodb:DescribeTable', { TableName: 'missing' })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
    expect(() => call('dynamodb:DescribeContinuousBackups', { TableName: 'missing' })).toThrow(
      expect.objectContaining({ name: 'TableNotFoundException' }),
    );
  });

  it('gives a table created without options no deletion protection and no point-in-time recovery', () => {
    const account = caller({ dynamodb: { regions: { 'us-east-1': { tables: [{ name: 'plain' }] } } } });
    expect(call('dynamodb:DescribeTable', { TableName: 'plain' }, account).Table).toMatchObject({
      TableName: 'plain',
      TableArn: `arn:aws:dynamodb:us-east-1:${ACCOUNT_ID}:table/plain`,
      DeletionProtectionEnabled: false,
    });
    expect(call('dynamodb:DescribeContinuousBackups', { TableName: 'plain' }, account)).toEqual({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
      },
    });
  });

  it('pages table names in name order with the last name as the token, like AWS', () => {
    const many = caller({
      dynamodb: { regions: { 'us-east-1': { tables: [{ name: 'ccc' }, { name: 'aaa' }, { name: 'bbb' }] } } },
    });
    const first = call('dynamodb:ListTables', { Limit: 2 }, many);
    expect(first).toEqual({ TableNames: ['aaa', 'bbb'], LastEvaluatedTableName: 'bbb' });
    expect(call('dynamodb:ListTables', { Limit: 2, ExclusiveStartTableName: 'bbb' }, many)).toEqual({
      TableNames: ['ccc'],
    });
  });
});

describe('the demo organization (FSBP group g6)', () => {
  it('plants states that match the schema', () => {
    for (const id of Object.values(DEMO_ACCOUNTS)) {
      expect([...Value.Errors(AccountServicesSchema, demoFsbpG6Services(id))], id).toEqual([]);
    }
  });

  it('gives prod-web a cluster that does what FSBP asks and a legacy one created without options', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const clusters = await eksClustersCollector.collect(account.context('us-east-1'));
      expect(clusters.map(({ name, settings }) => [name, settings])).toEqual([
        [
          'web-prod',
          {
            ok: true,
            value: {
              version: '1.35',
              endpointPublicAccess: false,
              secretsKmsKeyArn: 'arn:aws:kms:us-east-1:444444444444:key/6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
              enabledLogTypes: ['api', 'audit', 'authenticator'],
            },
          },
        ],
        [
          'web-legacy',
          {
            ok: true,
            value: {
              version: '1.21',
              endpointPublicAccess: true,
              secretsKmsKeyArn: null,
              enabledLogTypes: [],
            },
          },
        ],
      ]);
      // web-prod's version is in standard support; EKS no longer lists web-legacy's.
      expect(clusters.map(({ versionSupport }) => versionSupport)).toEqual([
        { ok: true, value: expect.objectContaining({ status: 'STANDARD_SUPPORT' }) },
        { ok: true, value: null },
      ]);
    } finally {
      account.close();
    }
  });

  it('gives prod-data a DynamoDB table that does what FSBP asks and one created without options', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const tables = await dynamodbTablesCollector.collect(account.context('us-east-1'));
      expect(
        tables.map(({ name, deletionProtectionEnabled, pointInTimeRecoveryStatus }) => [
          name,
          deletionProtectionEnabled,
          pointInTimeRecoveryStatus,
        ]),
      ).toEqual([
        ['orders', { ok: true, value: true }, { ok: true, value: 'ENABLED' }],
        ['sessions', { ok: true, value: false }, { ok: true, value: 'DISABLED' }],
      ]);
    } finally {
      account.close();
    }
  });
});
