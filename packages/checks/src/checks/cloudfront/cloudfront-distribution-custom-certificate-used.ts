import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeDistributions } from './distribution-results.js';

/**
 * FSBP CloudFront.7: the distribution shows viewers a certificate of the account (ACM or IAM) for its own
 * domain names rather than CloudFront's default *.cloudfront.net certificate.
 */
export const cloudfrontDistributionCustomCertificateUsed = defineCheck({
  id: 'cloudfront-distribution-custom-certificate-used',
  title: 'CloudFront distributions use a custom SSL/TLS certificate',
  service: 'cloudfront',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudfront.distributions'],
  compliance: { 'aws-fsbp': ['CloudFront.7'] },
  remediation: {
    text: 'Request or import a certificate in ACM (us-east-1) for the alternate domain names and select it in the distribution.',
    cli: 'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json  # ViewerCertificate.ACMCertificateArn',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-alternate-domain-names.html',
  },
  evaluate(ctx) {
    return judgeDistributions(ctx, 'in the account', (config, resource, { id }) => {
      return config.viewerCertificate.cloudFrontDefault
        ? fail(resource, `Distribution ${id} uses the default CloudFront certificate.`)
        : pass(resource, `Distribution ${id} uses a custom certificate.`);
    });
  },
});
