import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

const MINIMUM_DATA_NODES = 3;

/**
 * FSBP Opensearch.6 and ES.6 (same rule, same domains): PASS needs at least three data nodes and zone
 * awareness, so the loss of a node or an Availability Zone keeps the domain available.
 */
export const opensearchDomainThreeDataNodes = defineCheck({
  id: 'opensearch-domain-three-data-nodes',
  title: 'OpenSearch domains have at least three data nodes spread across Availability Zones',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.6', 'ES.6'] },
  remediation: {
    text: 'Give the domain at least three data nodes and enable zone awareness (two or three Availability Zones).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) => {
      const evidence = { instanceCount: config.instanceCount, zoneAwareness: config.zoneAwareness };
      const problems = [
        ...(config.instanceCount < MINIMUM_DATA_NODES ? [`${config.instanceCount} data node(s)`] : []),
        ...(config.zoneAwareness ? [] : ['zone awareness off']),
      ];
      return problems.length === 0
        ? pass(
            resource,
            `Domain ${domain.name} has ${config.instanceCount} data nodes across zones.`,
            evidence,
          )
        : fail(
            resource,
            `Domain ${domain.name} is not fault tolerant: ${problems.join(', ')} (needs ${MINIMUM_DATA_NODES} data nodes and zone awareness).`,
            evidence,
          );
    });
  },
});
