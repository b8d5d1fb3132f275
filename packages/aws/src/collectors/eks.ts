import { type Cluster, DescribeClusterCommand, ListClustersCommand } from '@aws-sdk/client-eks';
import type { EksCluster, EksClusterSettings } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The settings FSBP judges, from one DescribeCluster answer. */
function settingsOf(cluster: Cluster | undefined): EksClusterSettings {
  const secretsConfig = cluster?.encryptionConfig?.find((config) => config.resources?.includes('secrets'));
  return {
    version: cluster?.version ?? '',
    // EKS creates a cluster with a public endpoint unless told otherwise.
    endpointPublicAccess: cluster?.resourcesVpcConfig?.endpointPublicAccess ?? true,
    secretsKmsKeyArn: secretsConfig?.provider?.keyArn ?? null,
    enabledLogTypes: (cluster?.logging?.clusterLogging ?? [])
      .filter((setup) => setup.enabled === true)
      .flatMap((setup) => setup.types ?? []),
  };
}

/**
 * The region's EKS clusters (ListClusters, all pages), each with its settings (DescribeCluster per cluster,
 * read on its own so one unreadable cluster is that cluster's ERROR).
 */
export const eksClustersCollector: RegionalCollector<'eks.clusters'> = {
  slice: 'eks.clusters',
  collect: ({ api, region, partition, accountId }) =>
    collectList({
      listPage: (token) =>
        api.call(region, 'eks', new ListClustersCommand({ maxResults: 100, nextToken: token })),
      nextToken: (page) => page.nextToken,
      items: (page) => page.clusters,
      entry: async (name): Promise<EksCluster | null> => {
        const settings = await readField('eks:DescribeCluster', async () =>
          settingsOf((await api.call(region, 'eks', new DescribeClusterCommand({ name }))).cluster),
        );
        if (!settings.ok && settings.code === 'ResourceNotFoundException') return null; // deleted since the listing
        return { arn: `arn:${partition}:eks:${region}:${accountId}:cluster/${name}`, name, settings };
      },
    }),
};
