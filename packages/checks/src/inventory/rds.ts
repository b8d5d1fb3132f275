import type { ReadResult } from './read-result.js';

/** An RDS DB instance of the region (DescribeDBInstances). */
export interface RdsInstance {
  readonly arn: string;
  readonly identifier: string;
  readonly engine: string;
  /** The Aurora (or Multi-AZ DB) cluster the instance belongs to; its storage and availability are cluster-wide. */
  readonly clusterIdentifier: string | null;
  readonly storageEncrypted: boolean;
  readonly autoMinorVersionUpgrade: boolean;
  readonly publiclyAccessible: boolean;
  readonly multiAz: boolean;
  /** DBInstanceStatus: available, backing-up, stopped, storage-full, ... */
  readonly status: string;
  readonly deletionProtection: boolean;
  /** Seconds between Enhanced Monitoring samples; 0 when Enhanced Monitoring is off. */
  readonly monitoringInterval: number;
  readonly iamDatabaseAuthenticationEnabled: boolean;
  /** Days automated backups are kept; 0 when automated backups are off. */
  readonly backupRetentionPeriod: number;
  /** The source instance or cluster when the instance is a read replica, else null. */
  readonly readReplicaSource: string | null;
  readonly copyTagsToSnapshot: boolean;
  readonly masterUsername: string | null;
  /** Log types published to CloudWatch Logs (EnabledCloudwatchLogsExports). */
  readonly cloudwatchLogsExports: readonly string[];
  /** The port the instance listens on; null while it has no endpoint yet (being created). */
  readonly port: number | null;
}

/**
 * A DB cluster of the region (DescribeDBClusters): Aurora clusters, Multi-AZ DB clusters (engine mysql or
 * postgres), and the Neptune and DocumentDB clusters that RDS's API also lists.
 */
export interface RdsCluster {
  readonly arn: string;
  readonly identifier: string;
  readonly engine: string;
  /** provisioned, serverless (Aurora Serverless v1), parallelquery, global or multimaster. */
  readonly engineMode: string;
  readonly deletionProtection: boolean;
  readonly iamDatabaseAuthenticationEnabled: boolean;
  /** Aurora MySQL backtrack target window in seconds; 0 when backtracking is off. */
  readonly backtrackWindow: number;
  /** Whether the cluster has DB instances in more than one Availability Zone. */
  readonly multiAz: boolean;
  readonly copyTagsToSnapshot: boolean;
  readonly masterUsername: string | null;
  readonly storageEncrypted: boolean;
  /** Log types published to CloudWatch Logs (EnabledCloudwatchLogsExports). */
  readonly cloudwatchLogsExports: readonly string[];
  /** Only Multi-AZ DB clusters report it; null for Aurora, whose upgrades are set per instance. */
  readonly autoMinorVersionUpgrade: boolean | null;
  /** The port the cluster listens on; null when not reported. */
  readonly port: number | null;
}

/** An RDS event notification subscription of the region (DescribeEventSubscriptions). */
export interface RdsEventSubscription {
  readonly arn: string;
  readonly name: string;
  readonly enabled: boolean;
  /** db-instance, db-cluster, db-parameter-group, ...; null: events of every source type. */
  readonly sourceType: string | null;
  /** Empty: every category of the source type. */
  readonly eventCategories: readonly string[];
  /** Empty: every source of the source type. */
  readonly sourceIds: readonly string[];
}

/**
 * A DB snapshot or DB cluster snapshot the account owns in the region (DescribeDBSnapshots,
 * DescribeDBClusterSnapshots): manual, automated or taken by AWS Backup.
 */
export interface RdsSnapshot {
  readonly arn: string;
  readonly identifier: string;
  readonly kind: 'db-snapshot' | 'cluster-snapshot';
  /** manual, automated or awsbackup. */
  readonly snapshotType: string;
  readonly encrypted: boolean;
  /**
   * The accounts the "restore" attribute lists ("all": public), read per manual snapshot
   * (Describe*SnapshotAttributes); null for automated snapshots, which cannot be shared.
   */
  readonly restorableBy: ReadResult<readonly string[]> | null;
}

/** An RDS Proxy of the region (DescribeDBProxies). */
export interface RdsProxy {
  readonly arn: string;
  readonly name: string;
  /** MYSQL, POSTGRESQL or SQLSERVER. */
  readonly engineFamily: string;
  /** Whether the proxy refuses connections that do not use TLS. */
  readonly requireTls: boolean;
}
