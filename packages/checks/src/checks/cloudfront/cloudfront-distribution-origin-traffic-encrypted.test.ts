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
import { cloudfrontDistributionOriginTrafficEncrypted } from './cloudfront-distribution-origin-traffic-encrypted.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionOriginTrafficEncrypted,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-origin-traffic-encrypted', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS', {
        origins: [customOrigin('app', { protocolPolicy: 'match-viewer' })],
        cacheBehaviors: [{ pathPattern: null, targetOriginId: 'app', viewerProtocolPolicy: 'https-only' }],
      }),
      cloudFrontDistribution('EFAIL', {
        origins: [s3Origin('site'), customOrigin('app', { protocolPolicy: 'http-only' })],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe(
      'Distribution EFAIL may reach origins over plain HTTP: app (http-only).',
    );
  });

  it('fails match-viewer when viewers may use plain HTTP', () => {
    expect(
      scan(
        cloudFrontDistribution('EMATCH', {
          origins: [customOrigin('app', { protocolPolicy: 'match-viewer' })],
          cacheBehaviors: [{ pathPattern: null, targetOriginId: 'app', viewerProtocolPolicy: 'allow-all' }],
        }),
      ).map((f) => f.status),
    ).toEqual(['FAIL']);
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
    expect(evaluate(cloudfrontDistributionOriginTrafficEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
