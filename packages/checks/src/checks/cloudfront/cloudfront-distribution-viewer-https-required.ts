import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.3: every cache behavior (the default one and each path pattern) redirects HTTP to
 * HTTPS or accepts HTTPS only; a behavior with the viewer protocol policy allow-all fails the distribution.
 */
export const cloudfrontDistributionViewerHttpsRequired = defineCheck({
  id: 'cloudfront-distribution-viewer-https-required',
  title: 'CloudFront distributions require HTTPS from viewers',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.3'] },
  remediation: {
    text: 'Set the viewer protocol policy of every cache behavior to "Redirect HTTP to HTTPS" or "HTTPS only".',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # ViewerProtocolPolicy: redirect-to-https',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'in the account', (config, resource, { id }) => {
      const open = config.cacheBehaviors.filter((behavior) => behavior.viewerProtocolPolicy === 'allow-all');
      if (open.length === 0) return pass(resource, `Distribution ${id} requires HTTPS from viewers.`);
      const where = open.map((behavior) => behavior.pathPattern ?? 'the default behavior');
      return fail(resource, `Distribution ${id} allows plain HTTP from viewers on ${where.join(', ')}.`, {
        allowAll: where,
      });
    });
  },
});
