import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainLatestTlsPolicy } from './opensearch-domain-latest-tls-policy.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainLatestTlsPolicy,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

describe('opensearch-domain-latest-tls-policy', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('needs HTTPS enforced with Policy-Min-TLS-1-2-PFS-2023-10 exactly', () => {
    const findings = inRegion(
      opensearchDomain('search'),
      opensearchDomain('http', { enforceHttps: false }),
      opensearchDomain('tls-2019', { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }),
      // Stricter, but not the policy the control names.
      opensearchDomain('fips', { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08' }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL', 'FAIL', 'FAIL']);
    expect(findings[1]?.message).toBe('Domain http accepts unencrypted HTTP requests.');
    expect(findings[2]).toMatchObject({
      message:
        'Domain tls-2019 uses TLS security policy Policy-Min-TLS-1-2-2019-07, not Policy-Min-TLS-1-2-PFS-2023-10.',
      evidence: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    });
  });

  it('is an ERROR with the AWS code for a domain whose configuration cannot be read, and for an unreadable list', () => {
    expect(
      inRegion(opensearchDomain('locked', readFailed('AccessDeniedException', 'opensearch:DescribeDomain'))),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsOpenSearchServiceDomain' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'opensearch.domains', 'AccessDeniedException', 'opensearch:ListDomainNames')
      .build();
    expect(evaluate(opensearchDomainLatestTlsPolicy, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
