import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.1: a distribution with an S3 origin passes when it names a default root object, so a
 * request for the root URL does not list or expose the bucket. Distributions with only custom origins are
 * not evaluated.
 */
export const cloudfrontDistributionDefaultRootObjectConfigured = defineCheck({
  id: 'cloudfront-distribution-default-root-object-configured',
  title: 'CloudFront distributions with an S3 origin have a default root object',
  service: 'cloudfront',
  severity: 'high',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.1'] },
  remediation: {
    text: "Set a default root object (for example index.html) in the distribution's settings.",
    cli: 'aws cloudfront get-distribution-config --id <id> > config.json  # set DefaultRootObject, then: aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'with an S3 origin', (config, resource, { id }) => {
      if (!config.origins.some((origin) => origin.kind === 's3')) return null;
      return config.defaultRootObject
        ? pass(resource, `Distribution ${id} serves ${config.defaultRootObject} for the root URL.`)
        : fail(resource, `Distribution ${id} has an S3 origin and no default root object.`);
    });
  },
});
