import type * as Rds from '@aws-sdk/client-rds';
import { simulatedError } from '../simulated-error.js';
import { dataRegion, rdsRegion } from '../state/area-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Rds>> = SimulatedAnswer<typeof Rds, Op>;

/** The console's default master username: postgres for the PostgreSQL engines, admin for the others. */
function defaultMasterUsername(engine: string): string {
  return engine.includes('postgres') ? 'postgres' : 'admin';
}

/** The port RDS gives an engine when none is asked for. */
function defaultPort(engine: string): number {
  if (engine.includes('oracle')) return 1521;
  if (engine.includes('sqlserver')) return 1433;
  if (engine.startsWith('db2')) return 50000;
  if (engine === 'neptune') return 8182;
  if (engine === 'docdb') return 27017;
  return engine.includes('postgres') ? 5432 : 3306;
}

/**
 * Simulated RDS of each region: DB instances (`services.data.regions.<region>.dbInstances`, then
 * `services.rds.regions.<region>.dbInstances`), DB clusters, event subscriptions, snapshots and proxies
 * (`services.rds.regions.<region>`).
 */
export const simulatedRds = {
  DescribeDBInstances: (request): Answer<'DescribeDBInstances'> => {
    const { caller, region, input } = request;
    const instances = [
      ...(dataRegion(caller, region).dbInstances ?? []),
      ...(rdsRegion(caller, region).dbInstances ?? []),
    ];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(instances, input.Marker, size);
    return {
      DBInstances: items.map((instance) => ({
        DBInstanceIdentifier: instance.identifier,
        DBInstanceArn: `arn:aws:rds:${region}:${caller.id}:db:${instance.identifier}`,
        DBInstanceStatus: instance.status ?? 'available',
        Engine: instance.engine,
        ...(instance.clusterIdentifier ? { DBClusterIdentifier: instance.clusterIdentifier } : {}),
        StorageEncrypted: instance.storageEncrypted,
        AutoMinorVersionUpgrade: instance.autoMinorVersionUpgrade,
        PubliclyAccessible: instance.publiclyAccessible,
        MultiAZ: instance.multiAz,
        Endpoint: {
          Address: `${instance.identifier}.c0demo0example.${region}.rds.amazonaws.com`,
          Port: instance.port ?? defaultPort(instance.engine),
        },
        DeletionProtection: instance.deletionProtection ?? false,
        MonitoringInterval: instance.monitoringInterval ?? 0,
        IAMDatabaseAuthenticationEnabled: instance.iamDatabaseAuthenticationEnabled ?? false,
        BackupRetentionPeriod: instance.backupRetentionPeriod ?? 1,
        ...(instance.readReplicaSourceIdentifier
          ? { ReadReplicaSourceDBInstanceIdentifier: instance.readReplicaSourceIdentifier }
          : {}),
        CopyTagsToSnapshot: instance.copyTagsToSnapshot ?? false,
        MasterUsername: instance.masterUsername ?? defaultMasterUsername(instance.engine),
        // AWS leaves the field out when no log type is exported.
        ...(instance.cloudwatchLogsExports?.length
          ? { EnabledCloudwatchLogsExports: instance.cloudwatchLogsExports }
          : {}),
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeDBClusters: (request): Answer<'DescribeDBClusters'> => {
    const { caller, region, input } = request;
    const clusters = rdsRegion(caller, region).dbClusters ?? [];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(clusters, input.Marker, size);
    return {
      DBClusters: items.map((cluster) => {
        const aurora = cluster.engine.startsWith('aurora');
        const multiAzDbCluster = cluster.engine === 'mysql' || cluster.engine === 'postgres';
        return {
          DBClusterIdentifier: cluster.identifier,
          DBClusterArn: `arn:aws:rds:${region}:${caller.id}:cluster:${cluster.identifier}`,
          Status: 'available',
          Engine: cluster.engine,
          EngineMode: cluster.engineMode ?? 'provisioned',
          DeletionProtection: cluster.deletionProtection ?? false,
          IAMDatabaseAuthenticationEnabled: cluster.iamDatabaseAuthenticationEnabled ?? false,
          // Only Aurora MySQL clusters report a backtrack window.
          ...(cluster.backtrackWindow !== undefined ? { BacktrackWindow: cluster.backtrackWindow } : {}),
          MultiAZ: cluster.multiAz ?? false,
          Port: cluster.port ?? defaultPort(cluster.engine),
          CopyTagsToSnapshot: cluster.copyTagsToSnapshot ?? false,
          MasterUsername: cluster.masterUsername ?? defaultMasterUsername(cluster.engine),
          StorageEncrypted: cluster.storageEncrypted ?? false,
          ...(cluster.cloudwatchLogsExports?.length
            ? { EnabledCloudwatchLogsExports: cluster.cloudwatchLogsExports }
            : {}),
          ...(multiAzDbCluster && !aurora
            ? { AutoMinorVersionUpgrade: cluster.autoMinorVersionUpgrade ?? true }
            : {}),
        };
      }),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeEventSubscriptions: (request): Answer<'DescribeEventSubscriptions'> => {
    const { caller, region, input } = request;
    const subscriptions = rdsRegion(caller, region).eventSubscriptions ?? [];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(subscriptions, input.Marker, size);
    return {
      EventSubscriptionsList: items.map((subscription) => ({
        CustomerAwsId: caller.id,
        CustSubscriptionId: subscription.name,
        EventSubscriptionArn: `arn:aws:rds:${region}:${caller.id}:es:${subscription.name}`,
        SnsTopicArn: `arn:aws:sns:${region}:${caller.id}:rds-events`,
        Status: 'active',
        Enabled: subscription.enabled ?? true,
        ...(subscription.sourceType ? { SourceType: subscription.sourceType } : {}),
        ...(subscription.eventCategories?.length
          ? { EventCategoriesList: subscription.eventCategories }
          : {}),
        ...(subscription.sourceIds?.length ? { SourceIdsList: subscription.sourceIds } : {}),
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeDBSnapshots: (request): Answer<'DescribeDBSnapshots'> => {
    const { caller, region, input } = request;
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(rdsRegion(caller, region).dbSnapshots ?? [], input.Marker, size);
    return {
      DBSnapshots: items.map((snapshot) => ({
        DBSnapshotIdentifier: snapshot.identifier,
        DBSnapshotArn: `arn:aws:rds:${region}:${caller.id}:snapshot:${snapshot.identifier}`,
        SnapshotType: snapshot.snapshotType ?? 'manual',
        Status: 'available',
        Encrypted: snapshot.encrypted,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeDBSnapshotAttributes: (request): Answer<'DescribeDBSnapshotAttributes'> => {
    const { caller, region, input } = request;
    const identifier = requiredParameter(input.DBSnapshotIdentifier, 'DBSnapshotIdentifier');
    const snapshot = (rdsRegion(caller, region).dbSnapshots ?? []).find((s) => s.identifier === identifier);
    if (!snapshot) throw simulatedError('DBSnapshotNotFound', `DBSnapshot ${identifier} not found.`, 404);
    return {
      DBSnapshotAttributesResult: {
        DBSnapshotIdentifier: identifier,
        DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: snapshot.restorableBy ?? [] }],
      },
    };
  },
  DescribeDBClusterSnapshots: (request): Answer<'DescribeDBClusterSnapshots'> => {
    const { caller, region, input } = request;
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(rdsRegion(caller, region).clusterSnapshots ?? [], input.Marker, size);
    return {
      DBClusterSnapshots: items.map((snapshot) => ({
        DBClusterSnapshotIdentifier: snapshot.identifier,
        DBClusterSnapshotArn: `arn:aws:rds:${region}:${caller.id}:cluster-snapshot:${snapshot.identifier}`,
        SnapshotType: snapshot.snapshotType ?? 'manual',
        Status: 'available',
        StorageEncrypted: snapshot.encrypted,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeDBClusterSnapshotAttributes: (request): Answer<'DescribeDBClusterSnapshotAttributes'> => {
    const { caller, region, input } = request;
    const identifier = requiredParameter(input.DBClusterSnapshotIdentifier, 'DBClusterSnapshotIdentifier');
    const snapshot = (rdsRegion(caller, region).clusterSnapshots ?? []).find(
      (s) => s.identifier === identifier,
    );
    if (!snapshot) {
      throw simulatedError(
        'DBClusterSnapshotNotFoundFault',
        `DBClusterSnapshot ${identifier} not found.`,
        404,
      );
    }
    return {
      DBClusterSnapshotAttributesResult: {
        DBClusterSnapshotIdentifier: identifier,
        DBClusterSnapshotAttributes: [
          { AttributeName: 'restore', AttributeValues: snapshot.restorableBy ?? [] },
        ],
      },
    };
  },
  DescribeDBProxies: (request): Answer<'DescribeDBProxies'> => {
    const { caller, region, input } = request;
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(rdsRegion(caller, region).proxies ?? [], input.Marker, size);
    return {
      DBProxies: items.map((proxy) => ({
        DBProxyName: proxy.name,
        DBProxyArn: `arn:aws:rds:${region}:${caller.id}:db-proxy:prx-${proxy.name}`,
        Status: 'available',
        EngineFamily: proxy.engineFamily ?? 'MYSQL',
        RequireTLS: proxy.requireTls ?? false,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
} satisfies SimulatedService<typeof Rds>;
