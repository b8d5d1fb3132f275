import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainNodeToNodeEncrypted } from './opensearch-domain-node-to-node-encrypted.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainNodeToNodeEncrypted,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

const statuses = (...domains: OpensearchDomain[]) =>
  inRegion(...domains).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('opensearch-domain-node-to-node-encrypted', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes domains that encrypt between nodes and fails the others, old versions included', () => {
    expect(
      statuses(
        opensearchDomain('search'),
        opensearchDomain('plain', { nodeToNodeEncryption: false }),
        // Elasticsearch 5.x cannot encrypt between nodes: AWS fails it all the same.
        opensearchDomain('old', { nodeToNodeEncryption: false, engineVersion: 'Elasticsearch_5.6' }),
      ),
    ).toEqual([
      ['search', 'PASS'],
      ['plain', 'FAIL'],
      ['old', 'FAIL'],
    ]);
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
    expect(evaluate(opensearchDomainNodeToNodeEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
