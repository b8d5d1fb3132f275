import type { RedshiftCluster } from '../../inventory/redshift.js';
import type { ResourceRef } from '../../model/resource.js';

export function redshiftClusterResource(cluster: RedshiftCluster): ResourceRef {
  return { id: cluster.arn, type: 'AwsRedshiftCluster' };
}
