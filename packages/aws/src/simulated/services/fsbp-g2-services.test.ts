import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { elasticacheReplicationGroupsCollector } from '../../collectors/elasticache.js';
import { elasticacheCacheClustersCollector } from '../../collectors/elasticache-cache-clusters.js';
import { rdsInstancesCollector } from '../../collectors/rds.js';
import { rdsClustersCollector } from '../../collectors/rds-clusters.js';
import { rdsEventSubscriptionsCollector } from '../../collectors/rds-event-subscriptions.js';
import { rdsProxiesCollector } from '../../collectors/rds-proxies.js';
import { redshiftClustersCollector } from '../../collectors/redshift.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoFsbpG2Services } from '../demo/fsbp-g2-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type AccountServices, AccountServicesSchema } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  const template = ORG.accounts[0]!;
  return { ...template, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated RDS clusters and Redshift: an account nobody configured', () => {
  it('has no DB clusters, no event subscriptions and no Redshift clusters', () => {
    expect(call('rds:DescribeDBClusters', {}).DBClusters).toEqual([]);
    expect(call('rds:DescribeEventSubscriptions', {}).EventSubscriptionsList).toEqual([]);
    expect(call('rds:DescribeDBSnapshots', {}).DBSnapshots).toEqual([]);
    expect(call('rds:DescribeDBProxies', {}).DBProxies).toEqual([]);
    expect(call('rds:DescribeDBClusterSnapshots', {}).DBClusterSnapshots).toEqual([]);
    expect(call('elasticache:DescribeReplicationGroups', {}).ReplicationGroups).toEqual([]);
    expect(call('elasticache:DescribeCacheClusters', {}).CacheClusters).toEqual([]);
    expect(call('redshift:DescribeClusters', {}).Clusters).toEqual([]);
  });
});

describe('simulated RDS: what AWS answers for settings the state leaves out', () => {
  const account = caller({
    data: {
      regions: {
        'us-east-1': {
          dbInstances: [
            {
              identifier: 'plain',
              engine: 'postgres',
              storageEncrypted: false,
              autoMinorVersionUpgrade: true,
              publiclyAccessible: false,
              multiAz: false,
            },
          ],
        },
      },
    },
    rds: {
      regions: {
        'us-east-1': {
          dbInstances: [
            {
              identifier: 'replica',
              engine: 'mysql',
              storageEncrypted: true,
              autoMinorVersionUpgrade: true,
              publiclyAccessible: false,
              multiAz: false,
              readReplicaSourceIdentifier: 'source',
              cloudwatchLogsExports: ['error'],
            },
          ],
          dbClusters: [
            { identifier: 'aurora', engine: 'aurora-mysql' },
            { identifier: 'multi-az', engine: 'postgres' },
          ],
        },
      },
    },
  });

  it('lists the data area instances, then the rds area ones, with CreateDBInstance defaults', () => {
    const instances = call('rds:DescribeDBInstances', {}, account).DBInstances;
    expect(
      instances.map((instance: { DBInstanceIdentifier: string }) => instance.DBInstanceIdentifier),
    ).toEqual(['plain', 'replica']);
    expect(instances[0]).toMatchObject({
      DBInstanceStatus: 'available',
      DeletionProtection: false,
      MonitoringInterval: 0,
      IAMDatabaseAuthenticationEnabled: false,
      BackupRetentionPeriod: 1,
      CopyTagsToSnapshot: false,
      MasterUsername: 'postgres',
      Endpoint: { Port: 5432 },
    });
    expect(instances[0]).not.toHaveProperty('EnabledCloudwatchLogsExports');
    expect(instances[1]).toMatchObject({
      MasterUsername: 'admin',
      ReadReplicaSourceDBInstanceIdentifier: 'source',
      EnabledCloudwatchLogsExports: ['error'],
    });
  });

  it('answers clusters with CreateDBCluster defaults; only Multi-AZ DB clusters report minor upgrades', () => {
    const [aurora, multiAz] = call('rds:DescribeDBClusters', {}, account).DBClusters;
    expect(aurora).toMatchObject({
      DBClusterArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:cluster:aurora`,
      Engine: 'aurora-mysql',
      EngineMode: 'provisioned',
      DeletionProtection: false,
      IAMDatabaseAuthenticationEnabled: false,
      MultiAZ: false,
      CopyTagsToSnapshot: false,
      MasterUsername: 'admin',
      StorageEncrypted: false,
      Port: 3306,
    });
    expect(aurora).not.toHaveProperty('AutoMinorVersionUpgrade');
    expect(multiAz).toMatchObject({ MasterUsername: 'postgres', AutoMinorVersionUpgrade: true });
  });

  it('pages clusters with Marker and rejects a MaxRecords outside 20-100', () => {
    const many = caller({
      rds: {
        regions: {
          'us-east-1': {
            dbClusters: Array.from({ length: 25 }, (_, i) => ({
              identifier: `c${i}`,
              engine: 'aurora-mysql',
            })),
          },
        },
      },
    });
    const first = call('rds:DescribeDBClusters', { MaxRecords: 20 }, many);
    expect(first.DBClusters).toHaveLength(20);
    const second = call('rds:DescribeDBClusters', { MaxRecords: 20, Marker: first.Marker }, many);
    expect(second.DBClusters).toHaveLength(5);
    expect(second.Marker).toBeUndefined();
    expect(() => call('rds:DescribeDBClusters', { MaxRecords: 10 }, many)).toThrow(
      expect.objectContaining({ name: 'InvalidParameterValue' }),
    );
  });
});

describe('simulated RDS event subscriptions', () => {
  it('answers an enabled subscription; source type, categories and sources only when limited', () => {
    const account = caller({
      rds: {
        regions: {
          'us-east-1': {
            eventSubscriptions: [
              { name: 'everything' },
              {
                name: 'cluster-failures',
                enabled: false,
                sourceType: 'db-cluster',
                eventCategories: ['failure'],
              },
            ],
          },
        },
      },
    });
    const [everything, clusterFailures] = call(
      'rds:DescribeEventSubscriptions',
      {},
      account,
    ).EventSubscriptionsList;
    expect(everything).toMatchObject({
      CustSubscriptionId: 'everything',
      EventSubscriptionArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:es:everything`,
      Enabled: true,
    });
    expect(everything).not.toHaveProperty('SourceType');
    expect(everything).not.toHaveProperty('EventCategoriesList');
    expect(clusterFailures).toMatchObject({
      Enabled: false,
      SourceType: 'db-cluster',
      EventCategoriesList: ['failure'],
    });
  });
});

describe('simulated RDS snapshots', () => {
  const account = caller({
    rds: {
      regions: {
        'us-east-1': {
          dbSnapshots: [{ identifier: 'export', encrypted: false, restorableBy: ['all'] }],
          clusterSnapshots: [
            { identifier: 'rds:shop-2026-06-01', snapshotType: 'automated', encrypted: true },
          ],
        },
      },
    },
  });

  it('lists snapshots as manual unless planted otherwise, with their restore attribute', () => {
    expect(call('rds:DescribeDBSnapshots', {}, account).DBSnapshots).toEqual([
      {
        DBSnapshotIdentifier: 'export',
        DBSnapshotArn: `arn:aws:rds:us-east-1:${ACCOUNT_ID}:snapshot:export`,
        SnapshotType: 'manual',
        Status: 'available',
        Encrypted: false,
      },
    ]);
    expect(
      call('rds:DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'export' }, account)
        .DBSnapshotAttributesResult.DBSnapshotAttributes,
    ).toEqual([{ AttributeName: 'restore', AttributeValues: ['all'] }]);
    expect(call('rds:DescribeDBClusterSnapshots', {}, account).DBClusterSnapshots).toMatchObject([
      {
        DBClusterSnapshotIdentifier: 'rds:shop-2026-06-01',
        SnapshotType: 'automated',
        StorageEncrypted: true,
      },
    ]);
    expect(
      call(
        'rds:DescribeDBClusterSnapshotAttributes',
        { DBClusterSnapshotIdentifier: 'rds:shop-2026-06-01' },
        account,
      ).DBClusterSnapshotAttributesResult.DBClusterSnapshotAttributes,
    ).toEqual([{ AttributeName: 'restore', AttributeValues: [] }]);
  });

  it('answers NotFound for a snapshot that does not exist', () => {
    expect(() => call('rds:DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: 'gone' }, account)).toThrow(
      expect.objectContaining({ name: 'DBSnapshotNotFound' }),
    );
    expect(() =>
      call('rds:DescribeDBClusterSnapshotAttributes', { DBClusterSnapshotIdentifier: 'gone' }, account),
    ).toThrow(expect.objectContaining({ name: 'DBClusterSnapshotNotFoundFault' }));
  });
});

describe('simulated ElastiCache', () => {
  const account = caller({
    elasticache: {
      regions: {
        'us-east-1': {
          replicationGroups: [
            { id: 'cart', memberCount: 2 },
            { id: 'queue', engine: 'valkey' },
          ],
          cacheClusters: [{ id: 'pages', engine: 'memcached', cacheSubnetGroupName: 'cache-private' }],
        },
      },
    },
  });

  it('answers a group created without options: no failover, encryption, AUTH or backups', () => {
    const [cart, queue] = call('elasticache:DescribeReplicationGroups', {}, account).ReplicationGroups;
    expect(cart).toMatchObject({
      ReplicationGroupId: 'cart',
      ARN: `arn:aws:elasticache:us-east-1:${ACCOUNT_ID}:replicationgroup:cart`,
      Engine: 'redis',
      MemberClusters: ['cart-001', 'cart-002'],
      AutomaticFailover: 'disabled',
      AtRestEncryptionEnabled: false,
      TransitEncryptionEnabled: false,
      AuthTokenEnabled: false,
      SnapshotRetentionLimit: 0,
    });
    expect(queue).toMatchObject({ Engine: 'valkey', MemberClusters: ['queue-001'] });
  });

  it("lists the groups' member clusters with the group's settings, then the stand-alone clusters", () => {
    const clusters = call('elasticache:DescribeCacheClusters', {}, account).CacheClusters;
    expect(
      clusters.map((cluster: Record<string, unknown>) => [
        cluster.CacheClusterId,
        cluster.ReplicationGroupId,
        cluster.EngineVersion,
        cluster.CacheSubnetGroupName,
      ]),
    ).toEqual([
      ['cart-001', 'cart', '7.1', 'default'],
      ['cart-002', 'cart', '7.1', 'default'],
      ['queue-001', 'queue', '7.2', 'default'],
      ['pages', undefined, '1.6.22', 'cache-private'],
    ]);
  });
});

describe('simulated Redshift: what AWS answers for settings the state leaves out', () => {
  it('answers a cluster created without options: private, encrypted, one day of snapshots, awsuser', () => {
    const account = caller({ redshift: { regions: { 'eu-west-1': { clusters: [{ identifier: 'dw' }] } } } });
    expect(call('redshift:DescribeClusters', {}, account, 'us-east-1').Clusters).toEqual([]);
    expect(call('redshift:DescribeClusters', {}, account, 'eu-west-1').Clusters).toEqual([
      {
        ClusterIdentifier: 'dw',
        ClusterStatus: 'available',
        PubliclyAccessible: false,
        Encrypted: true,
        AutomatedSnapshotRetentionPeriod: 1,
        AllowVersionUpgrade: true,
        EnhancedVpcRouting: false,
        MasterUsername: 'awsuser',
        MultiAZ: 'Disabled',
      },
    ]);
    expect(call('redshift:DescribeLoggingStatus', { ClusterIdentifier: 'dw' }, account, 'eu-west-1')).toEqual(
      {
        LoggingEnabled: false,
      },
    );
    expect(() =>
      call('redshift:DescribeLoggingStatus', { ClusterIdentifier: 'gone' }, account, 'eu-west-1'),
    ).toThrow(expect.objectContaining({ name: 'ClusterNotFound' }));
  });
});

describe('the g2 demo posture through the collectors', () => {
  it('is valid state', () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(Value.Errors(AccountServicesSchema, demoFsbpG2Services(account)).First()).toBeUndefined();
    }
  });

  it("collects prod-data's clusters and Redshift clusters in us-east-1, and none elsewhere", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodData, NOW);
    try {
      const clusters = await rdsClustersCollector.collect(account.context('us-east-1'));
      expect(clusters.map((cluster) => [cluster.identifier, cluster.engine])).toEqual([
        ['shop', 'aurora-mysql'],
        ['shop-archive', 'aurora-mysql'],
        ['metrics', 'aurora-postgresql'],
        ['reporting', 'aurora-postgresql'],
        ['ledger', 'postgres'],
        ['ledger-staging', 'postgres'],
        ['events', 'mysql'],
        ['events-staging', 'mysql'],
      ]);
      const warehouses = await redshiftClustersCollector.collect(account.context('us-east-1'));
      expect(
        warehouses.map((cluster) => [
          cluster.identifier,
          cluster.publiclyAccessible,
          cluster.auditLoggingEnabled,
        ]),
      ).toEqual([
        ['warehouse', false, { ok: true, value: true }],
        ['warehouse-dev', true, { ok: true, value: false }],
      ]);
      const instances = await rdsInstancesCollector.collect(account.context('us-east-1'));
      expect(instances.find((instance) => instance.identifier === 'cms-replica')).toMatchObject({
        readReplicaSource: 'cms-db',
        backupRetentionPeriod: 0,
      });
      const proxies = await rdsProxiesCollector.collect(account.context('us-east-1'));
      expect(proxies.map((proxy) => [proxy.name, proxy.engineFamily, proxy.requireTls])).toEqual([
        ['billing-proxy', 'POSTGRESQL', true],
        ['orders-proxy', 'MYSQL', false],
      ]);
      const subscriptions = await rdsEventSubscriptionsCollector.collect(account.context('us-east-1'));
      expect(subscriptions.map((subscription) => [subscription.name, subscription.sourceType])).toEqual([
        ['instance-alerts', 'db-instance'],
        ['cluster-alerts', 'db-cluster'],
        ['parameter-group-alerts', 'db-parameter-group'],
      ]);
      const groups = await elasticacheReplicationGroupsCollector.collect(account.context('us-east-1'));
      expect(groups.map((group) => [group.id, group.memberClusters])).toEqual([
        ['cart', ['cart-001', 'cart-002']],
        ['rate-limits', ['rate-limits-001']],
        ['legacy-sessions', ['legacy-sessions-001']],
      ]);
      const cacheClusters = await elasticacheCacheClustersCollector.collect(account.context('us-east-1'));
      expect(cacheClusters.map((cluster) => [cluster.id, cluster.engineVersion])).toEqual([
        ['cart-001', '7.1'],
        ['cart-002', '7.1'],
        ['rate-limits-001', '5.0.6'],
        ['legacy-sessions-001', '5.0.6'],
        ['page-cache', '1.6.22'],
      ]);
      expect(await rdsClustersCollector.collect(account.context('eu-west-1'))).toEqual([]);
      expect(await redshiftClustersCollector.collect(account.context('eu-west-1'))).toEqual([]);
    } finally {
      await account.close();
    }
  });
});
