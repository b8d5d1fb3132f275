import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.8: a distribution with a custom certificate passes with the SSL support method
 * sni-only; dedicated IP addresses (vip) fail. Distributions on the default certificate are not evaluated.
 */
export const cloudfrontDistributionSniUsed = defineCheck({
  id: 'cloudfront-distribution-sni-used',
  title: 'CloudFront distributions with a custom certificate serve HTTPS with SNI',
  service: 'cloudfront',
  severity: 'low',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.8'] },
  remediation: {
    text: 'Set the custom SSL client support of the distribution to "Clients that support SNI".',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # ViewerCertificate.SSLSupportMethod sni-only',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with a custom certificate', (config, resource, { id }) => {
      const certificate = config.viewerCertificate;
      if (certificate.cloudFrontDefault) return null;
      return certificate.sslSupportMethod === 'sni-only'
        ? pass(resource, `Distribution ${id} serves HTTPS with SNI.`)
        : fail(
            resource,
            `Distribution ${id} serves HTTPS from dedicated IP addresses (${certificate.sslSupportMethod}).`,
          );
    });
  },
});
