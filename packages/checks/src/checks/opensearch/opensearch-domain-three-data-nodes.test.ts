import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainThreeDataNodes } from './opensearch-domain-three-data-nodes.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainThreeDataNodes,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

describe('opensearch-domain-three-data-nodes', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('needs three data nodes and zone awareness, both', () => {
    const findings = inRegion(
      opensearchDomain('search'),
      opensearchDomain('large', { instanceCount: 6 }),
      opensearchDomain('two-nodes', { instanceCount: 2 }),
      opensearchDomain('one-zone', { zoneAwareness: false }),
      opensearchDomain('single', { instanceCount: 1, zoneAwareness: false }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'FAIL', 'FAIL', 'FAIL']);
    expect(findings[4]).toMatchObject({
      message:
        'Domain single is not fault tolerant: 1 data node(s), zone awareness off (needs 3 data nodes and zone awareness).',
      evidence: { instanceCount: 1, zoneAwareness: false },
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
    expect(evaluate(opensearchDomainThreeDataNodes, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
