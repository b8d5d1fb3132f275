import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainInVpc } from './opensearch-domain-in-vpc.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainInVpc,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

const statuses = (...domains: OpensearchDomain[]) =>
  inRegion(...domains).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('opensearch-domain-in-vpc', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes domains in a VPC and fails those with a public endpoint', () => {
    expect(statuses(opensearchDomain('private'), opensearchDomain('public', { inVpc: false }))).toEqual([
      ['private', 'PASS'],
      ['public', 'FAIL'],
    ]);
    expect(inRegion(opensearchDomain('public', { inVpc: false }))[0]?.message).toBe(
      'Domain public has a public endpoint (it is not placed in a VPC).',
    );
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
    expect(evaluate(opensearchDomainInVpc, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
