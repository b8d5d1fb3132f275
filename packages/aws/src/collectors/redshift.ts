import { DescribeClustersCommand } from '@aws-sdk/client-redshift';
import type { RedshiftCluster } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/**
 * The region's provisioned Redshift clusters (DescribeClusters, all pages). DescribeClusters does not return
 * the cluster's ARN; it is built from the cluster identifier as AWS documents it.
 */
export const redshiftClustersCollector: RegionalCollector<'redshift.clusters'> = {
  slice: 'redshift.clusters',
  collect: ({ api, accountId, partition, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'redshift', new DescribeClustersCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.Clusters,
      entry: (cluster): RedshiftCluster | null =>
        cluster.ClusterIdentifier
          ? {
              arn: `arn:${partition}:redshift:${region}:${accountId}:cluster:${cluster.ClusterIdentifier}`,
              identifier: cluster.ClusterIdentifier,
              publiclyAccessible: cluster.PubliclyAccessible ?? false,
              encrypted: cluster.Encrypted ?? false,
              automatedSnapshotRetentionPeriod: cluster.AutomatedSnapshotRetentionPeriod ?? 0,
              allowVersionUpgrade: cluster.AllowVersionUpgrade ?? false,
              enhancedVpcRouting: cluster.EnhancedVpcRouting ?? false,
              masterUsername: cluster.MasterUsername ?? null,
              // AWS answers "Enabled" or "Disabled" in a string-typed field.
              multiAz: cluster.MultiAZ?.toLowerCase() === 'enabled',
            }
          : null,
    }),
};
