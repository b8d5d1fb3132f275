import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/**
 * FSBP Opensearch.1 and ES.1 (the same rule on the same domains: the OpenSearch API describes legacy
 * Elasticsearch domains too): PASS needs EncryptionAtRestOptions.Enabled.
 */
export const opensearchDomainEncryptedAtRest = defineCheck({
  id: 'opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch domains encrypt their data at rest',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.1', 'ES.1'] },
  remediation: {
    text: 'Enable encryption at rest on the domain (OpenSearch 1.x or Elasticsearch 5.1 and later; older versions must be upgraded first). It cannot be turned off again.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.encryptionAtRest
        ? pass(resource, `Domain ${domain.name} encrypts its data at rest.`)
        : fail(resource, `Domain ${domain.name} does not encrypt its data at rest.`, {
            engineVersion: config.engineVersion,
          }),
    );
  },
});
