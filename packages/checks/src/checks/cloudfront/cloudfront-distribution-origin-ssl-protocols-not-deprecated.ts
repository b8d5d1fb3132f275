import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.10: no custom origin lists SSLv3 among the protocols CloudFront may use with it.
 * Distributions with S3 origins only are not evaluated.
 */
export const cloudfrontDistributionOriginSslProtocolsNotDeprecated = defineCheck({
  id: 'cloudfront-distribution-origin-ssl-protocols-not-deprecated',
  title: 'CloudFront distributions do not use SSLv3 with custom origins',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.10'] },
  remediation: {
    text: 'Remove SSLv3 from the origin SSL protocols of each custom origin (keep TLSv1.2).',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # OriginSslProtocols: TLSv1.2',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with a custom origin', (config, resource, { id }) => {
      const custom = config.origins.filter((origin) => origin.kind !== 's3');
      if (custom.length === 0) return null;
      const deprecated = custom.filter((origin) => origin.sslProtocols.includes('SSLv3'));
      if (deprecated.length === 0)
        return pass(resource, `Distribution ${id} does not offer SSLv3 to its origins.`);
      const names = deprecated.map((origin) => origin.id);
      return fail(resource, `Distribution ${id} may use SSLv3 with origins ${names.join(', ')}.`, {
        origins: names,
      });
    });
  },
});
