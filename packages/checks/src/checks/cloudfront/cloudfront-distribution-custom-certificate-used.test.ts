import { describe, expect, it } from 'vitest';
import {
  cloudFrontDistribution,
  evaluate,
  InventoryBuilder,
  unreadableDistribution,
} from '../../fixtures/index.js';
import type { CloudFrontDistribution } from '../../inventory/cloudfront.js';
import { cloudfrontDistributionCustomCertificateUsed } from './cloudfront-distribution-custom-certificate-used.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionCustomCertificateUsed,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-custom-certificate-used', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS'),
      cloudFrontDistribution('EFAIL', {
        viewerCertificate: {
          cloudFrontDefault: true,
          sslSupportMethod: null,
          minimumProtocolVersion: 'TLSv1',
        },
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Distribution EFAIL uses the default CloudFront certificate.');
  });

  it('is an ERROR for a distribution whose configuration cannot be read, with the AWS code', () => {
    expect(scan(unreadableDistribution('EDENIED'))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: distribution('EDENIED') },
    ]);
  });

  it('is an ERROR when the distributions cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .globalError('cloudfront.distributions', 'AccessDenied', 'cloudfront:ListDistributions')
      .build();
    expect(evaluate(cloudfrontDistributionCustomCertificateUsed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
