import { DescribeDomainCommand, type DomainStatus, ListDomainNamesCommand } from '@aws-sdk/client-opensearch';
import type { OpensearchDomain, OpensearchDomainConfig } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { nullWhen, readField } from './read-field.js';

/** The normalized configuration of one domain, from its DescribeDomain answer. */
function domainConfig(status: DomainStatus): OpensearchDomainConfig {
  const cluster = status.ClusterConfig;
  return {
    engineVersion: status.EngineVersion ?? null,
    encryptionAtRest: status.EncryptionAtRestOptions?.Enabled === true,
    nodeToNodeEncryption: status.NodeToNodeEncryptionOptions?.Enabled === true,
    inVpc: Boolean(status.VPCOptions?.VPCId) || (status.VPCOptions?.SubnetIds?.length ?? 0) > 0,
    enforceHttps: status.DomainEndpointOptions?.EnforceHTTPS === true,
    tlsSecurityPolicy: status.DomainEndpointOptions?.TLSSecurityPolicy ?? null,
    instanceCount: cluster?.InstanceCount ?? 0,
    zoneAwareness: cluster?.ZoneAwarenessEnabled === true,
    dedicatedMasterCount: cluster?.DedicatedMasterEnabled ? (cluster.DedicatedMasterCount ?? 0) : 0,
    fineGrainedAccessControl: status.AdvancedSecurityOptions?.Enabled === true,
    // A log type counts only when publishing is on and goes to a log group.
    logsToCloudWatch: Object.entries(status.LogPublishingOptions ?? {})
      .filter(([, option]) => option.Enabled === true && Boolean(option.CloudWatchLogsLogGroupArn))
      .map(([logType]) => logType)
      .sort(),
    updateAvailable: status.ServiceSoftwareOptions?.UpdateAvailable === true,
  };
}

/**
 * The region's OpenSearch Service domains, whatever their engine (ListDomainNames without an engine filter
 * lists OpenSearch and legacy Elasticsearch domains), each with its configuration (DescribeDomain).
 */
export const opensearchDomainsCollector: RegionalCollector<'opensearch.domains'> = {
  slice: 'opensearch.domains',
  collect: ({ api, region, accountId, partition }) =>
    collectList({
      // ListDomainNames answers every domain in one page.
      listPage: () => api.call(region, 'opensearch', new ListDomainNamesCommand({})),
      nextToken: () => undefined,
      items: (page) => page.DomainNames,
      entry: async ({ DomainName: name }): Promise<OpensearchDomain | null> => {
        if (!name) return null;
        const status = await readField('opensearch:DescribeDomain', () =>
          nullWhen(['ResourceNotFoundException'], async () => {
            const output = await api.call(
              region,
              'opensearch',
              new DescribeDomainCommand({ DomainName: name }),
            );
            return output.DomainStatus ?? null;
          }),
        );
        const fallbackArn = `arn:${partition}:es:${region}:${accountId}:domain/${name}`;
        if (!status.ok) return { arn: fallbackArn, name, config: status };
        if (status.value === null) return null; // deleted since the listing
        return {
          arn: status.value.ARN ?? fallbackArn,
          name,
          config: { ok: true, value: domainConfig(status.value) },
        };
      },
    }),
};
