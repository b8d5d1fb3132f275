import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainThreeDedicatedMasters } from './opensearch-domain-three-dedicated-masters.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainThreeDedicatedMasters,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

describe('opensearch-domain-three-dedicated-masters', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('needs at least three dedicated master nodes', () => {
    const findings = inRegion(
      opensearchDomain('search'),
      opensearchDomain('five', { dedicatedMasterCount: 5 }),
      opensearchDomain('two', { dedicatedMasterCount: 2 }),
      opensearchDomain('none', { dedicatedMasterCount: 0 }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'FAIL', 'FAIL']);
    expect(findings[2]?.message).toBe('Domain two has 2 dedicated master node(s), fewer than 3.');
    expect(findings[3]?.message).toBe('Domain none has no dedicated master nodes.');
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
    expect(evaluate(opensearchDomainThreeDedicatedMasters, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
