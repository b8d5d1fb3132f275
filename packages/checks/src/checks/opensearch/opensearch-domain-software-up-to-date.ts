import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/** FSBP Opensearch.10: PASS needs no service software update pending (ServiceSoftwareOptions.UpdateAvailable). */
export const opensearchDomainSoftwareUpToDate = defineCheck({
  id: 'opensearch-domain-software-up-to-date',
  title: 'OpenSearch domains have the latest service software update installed',
  service: 'opensearch',
  severity: 'low',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.10'] },
  remediation: {
    text: 'Start the available service software update (or schedule it in an off-peak window).',
    cli: 'aws opensearch start-service-software-update --domain-name <domain>',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.updateAvailable
        ? fail(resource, `Domain ${domain.name} has a service software update available, not installed.`)
        : pass(resource, `Domain ${domain.name} runs the latest service software.`),
    );
  },
});
