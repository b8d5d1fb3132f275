import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/**
 * FSBP Opensearch.3 and ES.3 (same rule, same domains): PASS needs NodeToNodeEncryptionOptions.Enabled.
 * A version that cannot encrypt between nodes (Elasticsearch before 6.0) fails too, as in AWS's evaluation.
 */
export const opensearchDomainNodeToNodeEncrypted = defineCheck({
  id: 'opensearch-domain-node-to-node-encrypted',
  title: 'OpenSearch domains encrypt the traffic between their nodes',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.3', 'ES.3'] },
  remediation: {
    text: 'Enable node-to-node encryption on the domain (Elasticsearch 6.0 or later, or any OpenSearch version; upgrade older domains first).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.nodeToNodeEncryption
        ? pass(resource, `Domain ${domain.name} encrypts the traffic between its nodes.`)
        : fail(resource, `Domain ${domain.name} does not encrypt the traffic between its nodes.`, {
            engineVersion: config.engineVersion,
          }),
    );
  },
});
