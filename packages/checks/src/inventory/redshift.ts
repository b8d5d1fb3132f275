import type { ReadResult } from './read-result.js';

/** A provisioned Amazon Redshift cluster of the region (DescribeClusters). */
export interface RedshiftCluster {
  readonly arn: string;
  readonly identifier: string;
  readonly publiclyAccessible: boolean;
  readonly encrypted: boolean;
  /** Days automated snapshots are kept; 0 when automated snapshots are off. */
  readonly automatedSnapshotRetentionPeriod: number;
  /** Whether major version upgrades are applied in the maintenance window. */
  readonly allowVersionUpgrade: boolean;
  readonly enhancedVpcRouting: boolean;
  readonly masterUsername: string | null;
  /** MultiAZ as DescribeClusters reports it: true only when the cluster is deployed across two AZs. */
  readonly multiAz: boolean;
  /** Whether audit logging is on (DescribeLoggingStatus, one call per cluster). */
  readonly auditLoggingEnabled: ReadResult<boolean>;
}
