import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.6: the distribution names a web ACL (AWS WAF or WAF Classic).
 */
export const cloudfrontDistributionWafAssociated = defineCheck({
  id: 'cloudfront-distribution-waf-associated',
  title: 'CloudFront distributions are associated with an AWS WAF web ACL',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.6'] },
  remediation: {
    text: 'Associate an AWS WAF web ACL (CLOUDFRONT scope, us-east-1) with the distribution.',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # WebACLId: <web ACL ARN>',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'in the account', (config, resource, { id }) => {
      return config.webAclId
        ? pass(resource, `Distribution ${id} is protected by web ACL ${config.webAclId}.`)
        : fail(resource, `Distribution ${id} has no AWS WAF web ACL.`);
    });
  },
});
