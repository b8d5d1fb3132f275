import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.5: the distribution's standard (legacy) access logging to S3 is on. As AWS evaluates it,
 * the newer log delivery through CloudWatch is not considered.
 */
export const cloudfrontDistributionAccessLoggingEnabled = defineCheck({
  id: 'cloudfront-distribution-access-logging-enabled',
  title: 'CloudFront distributions have standard access logging enabled',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.5'] },
  remediation: {
    text: 'Turn on standard logging in the distribution settings and choose the S3 bucket that receives the logs.',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # Logging.Enabled true, Logging.Bucket',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'in the account', (config, resource, { id }) => {
      return config.loggingEnabled
        ? pass(resource, `Distribution ${id} writes standard access logs.`)
        : fail(resource, `Distribution ${id} has standard access logging off.`);
    });
  },
});
