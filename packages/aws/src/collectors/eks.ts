import {
  type Cluster,
  type ClusterVersionInformation,
  DescribeClusterCommand,
  DescribeClusterVersionsCommand,
  ListClustersCommand,
} from '@aws-sdk/client-eks';
import type { EksCluster, EksClusterSettings, EksVersionSupport, ReadResult } from '@orgscan/checks';
import type { AwsApi } from '../aws-api.js';
import { allPages } from '../pagination.js';
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

const SUPPORT_STATUSES: readonly EksVersionSupport['status'][] = [
  'STANDARD_SUPPORT',
  'EXTENDED_SUPPORT',
  'UNSUPPORTED',
];

function supportOf(version: ClusterVersionInformation): EksVersionSupport {
  // versionStatus replaced the lower-case `status` in 2025; an answer without either is not in support.
  const status = SUPPORT_STATUSES.find((known) => known === version.versionStatus) ?? 'UNSUPPORTED';
  return {
    status,
    endOfStandardSupport: version.endOfStandardSupportDate?.toISOString() ?? null,
    endOfExtendedSupport: version.endOfExtendedSupportDate?.toISOString() ?? null,
  };
}

/**
 * The release-calendar standing of `versions` in the region: DescribeClusterVersions with includeAll (every
 * page), so versions out of support are listed too. EKS refuses includeAll together with clusterVersions,
 * so the whole calendar (a few dozen versions) is read and the versions are picked here.
 */
async function versionSupport(
  api: AwsApi,
  region: string,
  versions: readonly string[],
): Promise<ReadResult<ReadonlyMap<string, EksVersionSupport>>> {
  return readField('eks:DescribeClusterVersions', async () => {
    const pages = await allPages(
      (token) =>
        api.call(
          region,
          'eks',
          new DescribeClusterVersionsCommand({ includeAll: true, maxResults: 100, nextToken: token }),
        ),
      (page) => page.nextToken,
    );
    return new Map(
      pages
        .flatMap((page) => page.clusterVersions ?? [])
        .flatMap((version) =>
          version.clusterVersion && versions.includes(version.clusterVersion)
            ? [[version.clusterVersion, supportOf(version)]]
            : [],
        ),
    );
  });
}

/**
 * The region's EKS clusters (ListClusters, all pages), each with its settings (DescribeCluster per cluster,
 * read on its own so one unreadable cluster is that cluster's ERROR) and its version's standing in the EKS
 * release calendar (one DescribeClusterVersions for the region, only when it has clusters: no call where
 * there is nothing to judge).
 */
export const eksClustersCollector: RegionalCollector<'eks.clusters'> = {
  slice: 'eks.clusters',
  collect: async ({ api, region, partition, accountId }) => {
    const clusters = await collectList({
      listPage: (token) =>
        api.call(region, 'eks', new ListClustersCommand({ maxResults: 100, nextToken: token })),
      nextToken: (page) => page.nextToken,
      items: (page) => page.clusters,
      entry: async (name) => {
        const settings = await readField('eks:DescribeCluster', async () =>
          settingsOf((await api.call(region, 'eks', new DescribeClusterCommand({ name }))).cluster),
        );
        if (!settings.ok && settings.code === 'ResourceNotFoundException') return null; // deleted since the listing
        return { arn: `arn:${partition}:eks:${region}:${accountId}:cluster/${name}`, name, settings };
      },
    });
    const versions = [
      ...new Set(
        clusters.flatMap((cluster) => (cluster.settings.ok ? [cluster.settings.value.version] : [])),
      ),
    ].sort();
    const calendar = versions.length > 0 ? await versionSupport(api, region, versions) : null;
    return clusters.map((cluster): EksCluster => {
      if (!cluster.settings.ok || calendar === null) {
        // The version is unknown: the settings' own error is what the checks report.
        return { ...cluster, versionSupport: { ok: true, value: null } };
      }
      if (!calendar.ok) return { ...cluster, versionSupport: calendar };
      const support = calendar.value.get(cluster.settings.value.version) ?? null;
      return { ...cluster, versionSupport: { ok: true, value: support } };
    });
  },
};
