import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.16: every Lambda function URL origin has an origin access control, so the function URL
 * can require IAM authentication and accept CloudFront only. Distributions without such origins are not
 * evaluated.
 */
export const cloudfrontDistributionLambdaOriginAccessControlUsed = defineCheck({
  id: 'cloudfront-distribution-lambda-origin-access-control-used',
  title: 'CloudFront distributions reach Lambda function URL origins through origin access control',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.16'] },
  remediation: {
    text: 'Create an origin access control of type lambda, attach it to the origin and set the function URL auth type to AWS_IAM.',
    cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=<name>,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=lambda',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with a Lambda function URL origin', (config, resource, { id }) => {
      const urls = config.origins.filter((origin) => origin.kind === 'lambda-url');
      if (urls.length === 0) return null;
      const open = urls.filter((origin) => origin.originAccessControlId === null).map((origin) => origin.id);
      return open.length === 0
        ? pass(resource, `Distribution ${id} reaches its Lambda function URLs through origin access control.`)
        : fail(
            resource,
            `Distribution ${id} has Lambda function URL origins without origin access control: ${open.join(', ')}.`,
            {
              origins: open,
            },
          );
    });
  },
});
