import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { eachDomain } from './opensearch-domain-results.js';

/** The policy FSBP names as the latest (the control's tlsPolicies parameter). */
const LATEST_TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';

/**
 * FSBP Opensearch.8 and ES.8 (same rule, same domains): PASS needs HTTPS enforced and the TLS security
 * policy Policy-Min-TLS-1-2-PFS-2023-10.
 */
export const opensearchDomainLatestTlsPolicy = defineCheck({
  id: 'opensearch-domain-latest-tls-policy',
  title: 'OpenSearch domains require HTTPS with the latest TLS security policy',
  service: 'opensearch',
  severity: 'medium',
  scope: 'regional',
  requires: ['opensearch.domains'],
  compliance: { 'aws-fsbp': ['Opensearch.8', 'ES.8'] },
  remediation: {
    text: `Require HTTPS on the domain endpoint with the TLS security policy ${LATEST_TLS_POLICY}.`,
    cli: `aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=${LATEST_TLS_POLICY}`,
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  },
  evaluate(ctx) {
    return eachDomain(ctx, (domain, config, resource) => {
      const evidence = { enforceHttps: config.enforceHttps, tlsSecurityPolicy: config.tlsSecurityPolicy };
      if (!config.enforceHttps)
        return fail(resource, `Domain ${domain.name} accepts unencrypted HTTP requests.`, evidence);
      if (config.tlsSecurityPolicy !== LATEST_TLS_POLICY) {
        return fail(
          resource,
          `Domain ${domain.name} uses TLS security policy ${config.tlsSecurityPolicy ?? '(none)'}, not ${LATEST_TLS_POLICY}.`,
          evidence,
        );
      }
      return pass(resource, `Domain ${domain.name} requires HTTPS with ${LATEST_TLS_POLICY}.`, evidence);
    });
  },
});
