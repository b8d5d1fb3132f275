import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainFineGrainedAccessEnabled } from './opensearch-domain-fine-grained-access-enabled.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainFineGrainedAccessEnabled,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

const statuses = (...domains: OpensearchDomain[]) =>
  inRegion(...domains).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('opensearch-domain-fine-grained-access-enabled', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes domains with fine-grained access control and fails the others', () => {
    expect(
      statuses(opensearchDomain('search'), opensearchDomain('open', { fineGrainedAccessControl: false })),
    ).toEqual([
      ['search', 'PASS'],
      ['open', 'FAIL'],
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
    expect(evaluate(opensearchDomainFineGrainedAccessEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
