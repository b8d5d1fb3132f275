import { describe, expect, it } from 'vitest';
import {
  cloudFrontDistribution,
  evaluate,
  InventoryBuilder,
  unreadableDistribution,
} from '../../fixtures/index.js';
import type { CloudFrontDistribution } from '../../inventory/cloudfront.js';
import { cloudfrontDistributionTlsPolicyRecommended } from './cloudfront-distribution-tls-policy-recommended.js';

const scan = (...distributions: CloudFrontDistribution[]) =>
  evaluate(
    cloudfrontDistributionTlsPolicyRecommended,
    new InventoryBuilder().global('cloudfront.distributions', distributions).build(),
  );
const distribution = (id: string) => `arn:aws:cloudfront::111111111111:distribution/${id}`;

describe('cloudfront-distribution-tls-policy-recommended', () => {
  it('passes the account when it has no distribution', () => {
    expect(scan()).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' }]);
  });

  it('passes a compliant distribution and fails a non-compliant one', () => {
    const findings = scan(
      cloudFrontDistribution('EPASS', {
        viewerCertificate: {
          cloudFrontDefault: false,
          sslSupportMethod: 'sni-only',
          minimumProtocolVersion: 'TLSv1.3_2025',
        },
      }),
      cloudFrontDistribution('EFAIL', {
        viewerCertificate: {
          cloudFrontDefault: false,
          sslSupportMethod: 'sni-only',
          minimumProtocolVersion: 'TLSv1.2_2019',
        },
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [distribution('EPASS'), 'PASS'],
      [distribution('EFAIL'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe(
      'Distribution EFAIL uses security policy TLSv1.2_2019, not a recommended one.',
    );
  });

  it('does not evaluate a distribution outside the control, and passes the account when nothing is left', () => {
    expect(
      scan(
        cloudFrontDistribution('EVIP', {
          viewerCertificate: {
            cloudFrontDefault: false,
            sslSupportMethod: 'vip',
            minimumProtocolVersion: 'TLSv1',
          },
        }),
        cloudFrontDistribution('EDEFAULT', {
          viewerCertificate: {
            cloudFrontDefault: true,
            sslSupportMethod: null,
            minimumProtocolVersion: 'TLSv1',
          },
        }),
      ),
    ).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:account::111111111111:account',
        message: 'No CloudFront distribution with a custom certificate served over SNI.',
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
    expect(evaluate(cloudfrontDistributionTlsPolicyRecommended, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
