/** An ElastiCache replication group (Redis OSS or Valkey) of the region (DescribeReplicationGroups). */
export interface ElasticacheReplicationGroup {
  readonly arn: string;
  readonly id: string;
  /** redis or valkey. */
  readonly engine: string;
  /** enabled, disabled, enabling or disabling. */
  readonly automaticFailover: string;
  readonly atRestEncryptionEnabled: boolean;
  readonly transitEncryptionEnabled: boolean;
  readonly authTokenEnabled: boolean;
  /** Days automatic snapshots are kept; 0 when automatic backups are off. */
  readonly snapshotRetentionLimit: number;
  /** The cache clusters (nodes) of the group; their engine version is the group's. */
  readonly memberClusters: readonly string[];
}

/** An ElastiCache cache cluster of the region (DescribeCacheClusters), a replication group's member or not. */
export interface ElasticacheCacheCluster {
  readonly arn: string;
  readonly id: string;
  /** memcached, redis or valkey. */
  readonly engine: string;
  readonly engineVersion: string | null;
  /** The replication group the cluster is a node of; null for a stand-alone cluster. */
  readonly replicationGroupId: string | null;
  readonly autoMinorVersionUpgrade: boolean;
  /** Days automatic snapshots are kept; 0 when automatic backups are off (always for Memcached). */
  readonly snapshotRetentionLimit: number;
  /** null when the cluster is in no subnet group (EC2-Classic). */
  readonly cacheSubnetGroupName: string | null;
}
