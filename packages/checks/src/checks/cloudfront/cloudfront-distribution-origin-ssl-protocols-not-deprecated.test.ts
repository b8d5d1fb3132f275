import { describe, expect, it } from 'vitest';
import {
  cloudFrontDistribution,
  customOrigin,
  evaluate,
  InventoryBuilder,
  unreadableDistribution,
} from '../../fixtures/index.js';
import type { CloudFrontDistribution } from '../../inventory/cloudfront.js';
import { cloudfrontDistributionOriginSslProtocolsNotDeprecated } from './cloudfront-distribution-origin-ssl-protocols-not-deprecated.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionOriginSslProtocolsNotDeprecated,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-origin-ssl-protocols-not-deprecated', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS', {
        origins: [customOrigin('app', { sslProtocols: ['TLSv1.1', 'TLSv1.2'] })],
      }),
      cloudFrontDistribution('EFAIL', {
        origins: [customOrigin('app'), customOrigin('old', { sslProtocols: ['SSLv3', 'TLSv1'] })],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Distribution EFAIL may use SSLv3 with origins old.');
  });

  it('does not evaluate a distribution outside the control, and passes the account when nothing is left', () => {
    expect(scan(cloudFrontDistribution('ES3ONLY'))).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:account::111111111111:account',
        message: 'No CloudFront distribution with a custom origin.',
      },
    ]);
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
    expect(evaluate(cloudfrontDistributionOriginSslProtocolsNotDeprecated, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
