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
}
