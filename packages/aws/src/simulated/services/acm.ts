import type * as Acm from '@aws-sdk/client-acm';
import { boundedPageSize, daysBefore, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Acm>> = SimulatedAnswer<typeof Acm, Op>;

/** What ListCertificates returns without Includes.keyTypes. */
const DEFAULT_KEY_TYPES: readonly string[] = ['RSA_1024', 'RSA_2048'];

/** Simulated ACM: the certificates of `services.acm.regions.<region>`. */
export const simulatedAcm = {
  ListCertificates: (request): Answer<'ListCertificates'> => {
    const { caller, region, input, now } = request;
    const keyTypes: readonly string[] = input.Includes?.keyTypes ?? DEFAULT_KEY_TYPES;
    const certificates = (caller.services?.acm?.regions[region] ?? []).filter((certificate) =>
      keyTypes.includes(certificate.keyAlgorithm ?? 'RSA_2048'),
    );
    const size = boundedPageSize(input.MaxItems, 1000, 1, 1000, 'MaxItems');
    const { items, next } = page(certificates, input.NextToken, size);
    return {
      CertificateSummaryList: items.map((certificate) => {
        const expiresInDays = certificate.expiresInDays ?? 395;
        return {
          CertificateArn: `arn:aws:acm:${region}:${caller.id}:certificate/${certificate.id}`,
          DomainName: certificate.domainName,
          Type: certificate.type ?? 'AMAZON_ISSUED',
          Status: expiresInDays < 0 ? 'EXPIRED' : 'ISSUED',
          KeyAlgorithm: (certificate.keyAlgorithm ?? 'RSA_2048') as Acm.KeyAlgorithm,
          InUse: true,
          NotBefore: daysBefore(now, 395 - expiresInDays),
          NotAfter: daysBefore(now, -expiresInDays),
        };
      }),
      ...(next ? { NextToken: next } : {}),
    };
  },
} satisfies SimulatedService<typeof Acm>;
