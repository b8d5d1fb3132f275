import { DescribeClustersCommand, DescribeLoggingStatusCommand } from '@aws-sdk/client-redshift';
import type { RedshiftCluster } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/**
 * The region's provisioned Redshift clusters (DescribeClusters, all pages), each with its audit logging status
 * (DescribeLoggingStatus). DescribeClusters does not return the cluster's ARN; it is built from the cluster
 * identifier as AWS documents it.
 */
export const redshiftClustersCollector: RegionalCollector<'redshift.clusters'> = {
  slice: 'redshift.clusters',
  collect: ({ api, accountId, partition, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'redshift', new DescribeClustersCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.Clusters,
      entry: async (cluster): Promise<RedshiftCluster | null> => {
        const identifier = cluster.ClusterIdentifier;
        if (!identifier) return null;
        return {
          arn: `arn:${partition}:redshift:${region}:${accountId}:cluster:${identifier}`,
          identifier,
          publiclyAccessible: cluster.PubliclyAccessible ?? false,
          encrypted: cluster.Encrypted ?? false,
          automatedSnapshotRetentionPeriod: cluster.AutomatedSnapshotRetentionPeriod ?? 0,
          allowVersionUpgrade: cluster.AllowVersionUpgrade ?? false,
          enhancedVpcRouting: cluster.EnhancedVpcRouting ?? false,
          masterUsername: cluster.MasterUsername ?? null,
          // AWS answers "Enabled" or "Disabled" in a string-typed field.
          multiAz: cluster.MultiAZ?.toLowerCase() === 'enabled',
          auditLoggingEnabled: await readField('redshift:DescribeLoggingStatus', async () => {
            const status = await api.call(
              region,
              'redshift',
              new DescribeLoggingStatusCommand({ ClusterIdentifier: identifier }),
            );
            return status.LoggingEnabled ?? false;
          }),
        };
      },
    }),
};
