import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

const MINIMUM_DEDICATED_MASTERS = 3;

/**
 * FSBP ES.7: PASS needs dedicated master nodes, at least three, so the cluster keeps a quorum when one
 * fails. Judged on every domain the OpenSearch API lists, as the other ES.* controls.
 */
export const opensearchDomainThreeDedicatedMasters = defineCheck({
  id: 'opensearch-domain-three-dedicated-masters',
  title: 'OpenSearch domains have at least three dedicated master nodes',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['ES.7'] },
  remediation: {
    text: 'Enable dedicated master nodes on the domain, three of them.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<type>',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) => {
      const evidence = { dedicatedMasterCount: config.dedicatedMasterCount };
      if (config.dedicatedMasterCount >= MINIMUM_DEDICATED_MASTERS) {
        return pass(
          resource,
          `Domain ${domain.name} has ${config.dedicatedMasterCount} dedicated master nodes.`,
          evidence,
        );
      }
      return fail(
        resource,
        config.dedicatedMasterCount === 0
          ? `Domain ${domain.name} has no dedicated master nodes.`
          : `Domain ${domain.name} has ${config.dedicatedMasterCount} dedicated master node(s), fewer than ${MINIMUM_DEDICATED_MASTERS}.`,
        evidence,
      );
    });
  },
});
