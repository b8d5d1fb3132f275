import type { RdsCluster } from '../../inventory/rds.js';
import type { ResourceRef } from '../../model/resource.js';

export function rdsClusterResource(cluster: RdsCluster): ResourceRef {
  return { id: cluster.arn, type: 'AwsRdsDbCluster' };
}
