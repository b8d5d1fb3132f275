import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** RSA key sizes in bits, by ACM key algorithm. */
const RSA_BITS: Readonly<Record<string, number>> = {
  RSA_1024: 1024,
  RSA_2048: 2048,
  RSA_3072: 3072,
  RSA_4096: 4096,
};
const MIN_RSA_BITS = 2048;

/**
 * FSBP ACM.2: every RSA certificate in ACM has a key of at least 2,048 bits. Elliptic-curve certificates
 * are not evaluated.
 */
export const acmCertificateRsaKey2048Bits = defineCheck({
  id: 'acm-certificate-rsa-key-2048-bits',
  title: 'RSA certificates in ACM use keys of at least 2,048 bits',
  service: 'acm',
  severity: 'high',
  scope: 'regional',
  requires: ['acm.certificates'],
  compliance: { 'aws-fsbp': ['ACM.2'] },
  remediation: {
    text: 'Request (or import) a replacement certificate with an RSA 2048-bit or larger key, or an ECDSA key, move its users to it and delete the weak one.',
    cli: 'aws acm request-certificate --domain-name <domain> --key-algorithm RSA_2048 --validation-method DNS',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms',
  },
  evaluate(ctx) {
    const results = ctx.slice('acm.certificates').flatMap((certificate) => {
      const bits = certificate.keyAlgorithm ? RSA_BITS[certificate.keyAlgorithm] : undefined;
      if (bits === undefined) return [];
      const resource = { id: certificate.arn, type: 'AwsCertificateManagerCertificate' };
      return bits >= MIN_RSA_BITS
        ? [pass(resource, `Certificate for ${certificate.domainName} has a ${bits}-bit RSA key.`)]
        : [
            fail(
              resource,
              `Certificate for ${certificate.domainName} has a ${bits}-bit RSA key, shorter than 2048 bits.`,
              { keyAlgorithm: certificate.keyAlgorithm },
            ),
          ];
    });
    return results.length > 0
      ? results
      : [pass(ctx.scopeResource, `No RSA certificate in ACM in ${ctx.region}.`)];
  },
});
