import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.4: a distribution passes with an origin group of at least two origins, so CloudFront
 * fails over when the primary origin errors.
 */
export const cloudfrontDistributionOriginFailoverConfigured = defineCheck({
  id: 'cloudfront-distribution-origin-failover-configured',
  title: 'CloudFront distributions have origin failover configured',
  service: 'cloudfront',
  severity: 'low',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.4'] },
  remediation: {
    text: 'Create an origin group with a primary and a secondary origin and route the cache behaviors to it.',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # OriginGroups with two members',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'in the account', (config, resource, { id }) => {
      const group = config.originGroups.find((candidate) => candidate.memberCount >= 2);
      return group
        ? pass(resource, `Distribution ${id} fails over within origin group ${group.id}.`)
        : fail(resource, `Distribution ${id} has no origin group of two origins to fail over to.`);
    });
  },
});
