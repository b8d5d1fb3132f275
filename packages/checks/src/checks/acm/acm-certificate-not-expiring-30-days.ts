import type { AcmCertificate } from '../../inventory/acm.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** The control's default daysToExpiration. */
const DAYS_TO_EXPIRATION = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const certificateResource = (certificate: AcmCertificate): ResourceRef => ({
  id: certificate.arn,
  type: 'AwsCertificateManagerCertificate',
});

/**
 * FSBP ACM.1: no ACM certificate, issued by ACM or imported, expires within 30 days of the scan (an expired
 * one fails too). Certificates never issued (pending validation, failed) have no expiry and are not
 * evaluated.
 */
export const acmCertificateNotExpiring30Days = defineCheck({
  id: 'acm-certificate-not-expiring-30-days',
  title: 'ACM certificates do not expire within 30 days',
  service: 'acm',
  severity: 'medium',
  scope: 'regional',
  requires: ['acm.certificates'],
  compliance: { 'aws-fsbp': ['ACM.1'] },
  remediation: {
    text: 'Let ACM renew issued certificates (DNS validation keeps renewal automatic); re-import a renewed certificate for imported ones.',
    cli: 'aws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
  },
  evaluate(ctx) {
    const results = ctx.slice('acm.certificates').flatMap((certificate) => {
      if (certificate.notAfter === null) return [];
      const days = Math.floor((Date.parse(certificate.notAfter) - ctx.now.getTime()) / DAY_MS);
      const resource = certificateResource(certificate);
      const evidence = { notAfter: certificate.notAfter, daysLeft: days, type: certificate.type };
      if (days < 0) {
        return [
          fail(
            resource,
            `Certificate for ${certificate.domainName} expired on ${certificate.notAfter.slice(0, 10)}.`,
            evidence,
          ),
        ];
      }
      return days < DAYS_TO_EXPIRATION
        ? [fail(resource, `Certificate for ${certificate.domainName} expires in ${days} days.`, evidence)]
        : [
            pass(
              resource,
              `Certificate for ${certificate.domainName} is valid for ${days} more days.`,
              evidence,
            ),
          ];
    });
    return results.length > 0
      ? results
      : [pass(ctx.scopeResource, `No issued ACM certificate in ${ctx.region}.`)];
  },
});
