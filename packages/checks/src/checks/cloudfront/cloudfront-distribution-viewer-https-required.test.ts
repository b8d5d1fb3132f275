import { describe, expect, it } from 'vitest';
import {
  cloudFrontDistribution,
  evaluate,
  InventoryBuilder,
  unreadableDistribution,
} from '../../fixtures/index.js';
import type { CloudFrontDistribution } from '../../inventory/cloudfront.js';
import { cloudfrontDistributionViewerHttpsRequired } from './cloudfront-distribution-viewer-https-required.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionViewerHttpsRequired,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-viewer-https-required', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS', {
        cacheBehaviors: [{ pathPattern: null, targetOriginId: 'site', viewerProtocolPolicy: 'https-only' }],
      }),
      cloudFrontDistribution('EFAIL', {
        cacheBehaviors: [
          { pathPattern: null, targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https' },
          { pathPattern: '/legacy/*', targetOriginId: 'site', viewerProtocolPolicy: 'allow-all' },
        ],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Distribution EFAIL allows plain HTTP from viewers on /legacy/*.');
  });

  it('fails a distribution whose default behavior allows HTTP', () => {
    expect(
      scan(
        cloudFrontDistribution('EDEF', {
          cacheBehaviors: [{ pathPattern: null, targetOriginId: 'site', viewerProtocolPolicy: 'allow-all' }],
        }),
      ).map((f) => f.status),
    ).toEqual(['FAIL']);
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
    expect(evaluate(cloudfrontDistributionViewerHttpsRequired, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
