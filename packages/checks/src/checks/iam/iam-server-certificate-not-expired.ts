import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';

export const iamServerCertificateNotExpired = defineCheck({
  id: 'iam-server-certificate-not-expired',
  title: 'No expired SSL/TLS server certificate is stored in IAM',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.serverCertificates'],
  compliance: { 'cis-aws-7.0.0': ['2.17'] },
  remediation: {
    text: 'Delete expired server certificates from IAM (after making sure no load balancer or CloudFront distribution still uses them); prefer AWS Certificate Manager, which renews certificates.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
  },
  evaluate(ctx) {
    const certificates = ctx.slice('iam.serverCertificates');
    if (certificates.length === 0) {
      return [pass(ctx.scopeResource, 'No server certificate is stored in IAM.')];
    }
    return certificates.map((certificate) => {
      const resource = { id: certificate.arn, type: 'AwsIamServerCertificate' };
      const expiration = certificate.expiration;
      if (expiration === null || Number.isNaN(Date.parse(expiration))) {
        return error(
          resource,
          'ExpirationUnknown',
          `Server certificate ${certificate.name} has no readable expiration date.`,
        );
      }
      if (Date.parse(expiration) <= ctx.now.getTime()) {
        const expiredDaysAgo = ageInDays(expiration, ctx.now) ?? 0;
        return fail(
          resource,
          `Server certificate ${certificate.name} expired ${expiredDaysAgo} day(s) ago (${expiration}).`,
          { expiration, expiredDaysAgo },
        );
      }
      return pass(resource, `Server certificate ${certificate.name} is valid until ${expiration}.`, {
        expiration,
      });
    });
  },
});
