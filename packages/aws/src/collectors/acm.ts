import { KeyAlgorithm, ListCertificatesCommand } from '@aws-sdk/client-acm';
import type { AcmCertificate } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** ListCertificates lists RSA_1024 and RSA_2048 certificates only unless every key type is asked for. */
const EVERY_KEY_TYPE = Object.values(KeyAlgorithm);

/**
 * The region's ACM certificates (ListCertificates, all pages, every key type). The summaries carry the
 * key algorithm and the expiry, so no per-certificate DescribeCertificate is needed.
 */
export const acmCertificatesCollector: RegionalCollector<'acm.certificates'> = {
  slice: 'acm.certificates',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) =>
        api.call(
          region,
          'acm',
          new ListCertificatesCommand({
            Includes: { keyTypes: EVERY_KEY_TYPE },
            MaxItems: 1000,
            NextToken: token,
          }),
        ),
      nextToken: (page) => page.NextToken,
      items: (page) => page.CertificateSummaryList,
      entry: (summary): AcmCertificate | null =>
        summary.CertificateArn
          ? {
              arn: summary.CertificateArn,
              domainName: summary.DomainName ?? '',
              type: summary.Type ?? 'AMAZON_ISSUED',
              status: summary.Status ?? 'ISSUED',
              keyAlgorithm: summary.KeyAlgorithm ?? null,
              notAfter: summary.NotAfter?.toISOString() ?? null,
            }
          : null,
    }),
};
