import { describe, expect, it } from 'vitest';
import {
  cloudFrontDistribution,
  customOrigin,
  evaluate,
  InventoryBuilder,
  s3Origin,
  unreadableDistribution,
} from '../../fixtures/index.js';
import type { CloudFrontDistribution } from '../../inventory/cloudfront.js';
import { cloudfrontDistributionS3OriginAccessControlUsed } from './cloudfront-distribution-s3-origin-access-control-used.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionS3OriginAccessControlUsed,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-s3-origin-access-control-used', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS'),
      cloudFrontDistribution('EFAIL', {
        origins: [s3Origin('site'), s3Origin('assets', { originAccessControlId: null })],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe(
      'Distribution EFAIL has S3 origins without origin access control: assets.',
    );
  });

  it('does not evaluate a distribution outside the control, and passes the account when nothing is left', () => {
    expect(scan(cloudFrontDistribution('ECUSTOM', { origins: [customOrigin('app')] }))).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:account::111111111111:account',
        message: 'No CloudFront distribution with an S3 origin.',
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
    expect(evaluate(cloudfrontDistributionS3OriginAccessControlUsed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
