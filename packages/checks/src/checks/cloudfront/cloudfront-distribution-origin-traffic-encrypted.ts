import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.9: every custom origin is reached over HTTPS. An origin fails with the protocol policy
 * http-only, or match-viewer while viewers may use HTTP (a cache behavior of the distribution with
 * allow-all). Distributions with S3 origins only are not evaluated.
 */
export const cloudfrontDistributionOriginTrafficEncrypted = defineCheck({
  id: 'cloudfront-distribution-origin-traffic-encrypted',
  title: 'CloudFront distributions encrypt traffic to custom origins',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.9'] },
  remediation: {
    text: 'Set the origin protocol policy of each custom origin to HTTPS only (or match viewer with HTTPS required from viewers).',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # OriginProtocolPolicy https-only',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with a custom origin', (config, resource, { id }) => {
      const custom = config.origins.filter((origin) => origin.kind !== 's3');
      if (custom.length === 0) return null;
      const viewersMayUseHttp = config.cacheBehaviors.some(
        (behavior) => behavior.viewerProtocolPolicy === 'allow-all',
      );
      const plain = custom.filter(
        (origin) =>
          origin.protocolPolicy === 'http-only' ||
          (origin.protocolPolicy === 'match-viewer' && viewersMayUseHttp),
      );
      if (plain.length === 0)
        return pass(resource, `Distribution ${id} reaches its custom origins over HTTPS.`);
      const names = plain.map((origin) => `${origin.id} (${origin.protocolPolicy})`);
      return fail(resource, `Distribution ${id} may reach origins over plain HTTP: ${names.join(', ')}.`, {
        origins: plain.map((origin) => origin.id),
      });
    });
  },
});
