import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

const RECOMMENDED_POLICIES: readonly string[] = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];
/**
 * FSBP CloudFront.15: a distribution with a custom certificate served over SNI passes when its viewer
 * security policy is TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025 (AWS's recommended policies). Distributions
 * on the default certificate or on dedicated IP addresses (legacy clients) are not evaluated.
 */
export const cloudfrontDistributionTlsPolicyRecommended = defineCheck({
  id: 'cloudfront-distribution-tls-policy-recommended',
  title: 'CloudFront distributions use a recommended TLS security policy',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.15'] },
  remediation: {
    text: 'Set the security policy of the distribution to TLSv1.2_2021 or a newer recommended policy.',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # ViewerCertificate.MinimumProtocolVersion TLSv1.2_2021',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
  },
  evaluate(ctx) {
    return judgeDistributions(
      ctx,
      'with a custom certificate served over SNI',
      (config, resource, { id }) => {
        const certificate = config.viewerCertificate;
        if (certificate.cloudFrontDefault || certificate.sslSupportMethod !== 'sni-only') return null;
        const policy = certificate.minimumProtocolVersion;
        return policy !== null && RECOMMENDED_POLICIES.includes(policy)
          ? pass(resource, `Distribution ${id} uses the recommended security policy ${policy}.`)
          : fail(
              resource,
              `Distribution ${id} uses security policy ${policy ?? '(none)'}, not a recommended one.`,
              {
                securityPolicy: policy,
              },
            );
      },
    );
  },
});
