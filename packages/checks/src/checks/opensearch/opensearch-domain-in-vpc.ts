import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/**
 * FSBP Opensearch.2 and ES.2 (same rule, same domains): PASS needs the domain placed in a VPC (VPCOptions),
 * so it has no public endpoint. As in AWS's evaluation, the subnets' routing is not judged.
 */
export const opensearchDomainInVpc = defineCheck({
  id: 'opensearch-domain-in-vpc',
  title: 'OpenSearch domains are placed in a VPC, without a public endpoint',
  service: 'opensearch',
  severity: 'critical',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.2', 'ES.2'] },
  remediation: {
    text: 'A domain cannot move from a public endpoint into a VPC: create a domain with VPC access, restore a snapshot into it, point clients at it and delete the public one.',
    cli: 'aws opensearch create-domain --domain-name <domain> --vpc-options SubnetIds=<subnet>,SecurityGroupIds=<sg> ...',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) =>
      config.inVpc
        ? pass(resource, `Domain ${domain.name} is placed in a VPC.`)
        : fail(resource, `Domain ${domain.name} has a public endpoint (it is not placed in a VPC).`),
    );
  },
});
