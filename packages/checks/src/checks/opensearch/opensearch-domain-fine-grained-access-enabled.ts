import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/** FSBP Opensearch.7: PASS needs fine-grained access control (AdvancedSecurityOptions.Enabled). */
export const opensearchDomainFineGrainedAccessEnabled = defineCheck({
  id: 'opensearch-domain-fine-grained-access-enabled',
  title: 'OpenSearch domains have fine-grained access control enabled',
  service: 'opensearch',
  severity: 'high',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.7'] },
  remediation: {
    text: 'Enable fine-grained access control with an IAM master user (it also needs HTTPS, node-to-node encryption and encryption at rest).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=<role-arn>}',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.fineGrainedAccessControl
        ? pass(resource, `Domain ${domain.name} has fine-grained access control enabled.`)
        : fail(resource, `Domain ${domain.name} does not have fine-grained access control enabled.`),
    );
  },
});
