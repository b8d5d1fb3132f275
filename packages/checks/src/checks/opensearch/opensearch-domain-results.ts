import type { OpensearchDomain, OpensearchDomainConfig } from '../../inventory/opensearch.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function opensearchDomainResource(domain: OpensearchDomain): ResourceRef {
  return { id: domain.arn, type: 'AwsOpenSearchServiceDomain' };
}

/**
 * The shape every OpenSearch domain check has: one PASS for the region when it has no domain, an ERROR
 * with the AWS code for a domain whose configuration could not be read, else `decide` on each domain.
 */
export function eachDomain(
  ctx: EvaluationContext,
  decide: (domain: OpensearchDomain, config: OpensearchDomainConfig, resource: ResourceRef) => CheckResult,
): CheckResult[] {
  const domains = ctx.slice('opensearch.domains');
  if (domains.length === 0) return [pass(ctx.scopeResource, `No OpenSearch domain in ${ctx.region}.`)];
  return domains.map((domain) => {
    const resource = opensearchDomainResource(domain);
    if (!domain.config.ok) {
      return unreadableField(resource, domain.config, `the configuration of domain ${domain.name}`);
    }
    return decide(domain, domain.config.value, resource);
  });
}
