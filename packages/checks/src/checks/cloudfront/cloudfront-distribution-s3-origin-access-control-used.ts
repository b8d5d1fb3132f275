import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.13: every S3 origin of the distribution has an origin access control (OAC), so the
 * bucket can refuse requests that bypass CloudFront. An origin access identity alone does not pass.
 * Distributions without S3 origins are not evaluated.
 */
export const cloudfrontDistributionS3OriginAccessControlUsed = defineCheck({
  id: 'cloudfront-distribution-s3-origin-access-control-used',
  title: 'CloudFront distributions reach S3 origins through origin access control',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.13'] },
  remediation: {
    text: 'Create an origin access control for the S3 origin, attach it, and let only the distribution read the bucket.',
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=<name>,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with an S3 origin', (config, resource, { id }) => {
      const s3 = config.origins.filter((origin) => origin.kind === 's3');
      if (s3.length === 0) return null;
      const open = s3.filter((origin) => origin.originAccessControlId === null).map((origin) => origin.id);
      return open.length === 0
        ? pass(resource, `Distribution ${id} reaches its S3 origins through origin access control.`)
        : fail(
            resource,
            `Distribution ${id} has S3 origins without origin access control: ${open.join(', ')}.`,
            {
              origins: open,
            },
          );
    });
  },
});
