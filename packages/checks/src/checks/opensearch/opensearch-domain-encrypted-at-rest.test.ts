import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainEncryptedAtRest } from './opensearch-domain-encrypted-at-rest.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainEncryptedAtRest,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

describe('opensearch-domain-encrypted-at-rest', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes encrypted domains and fails the others', () => {
    const findings = inRegion(
      opensearchDomain('search'),
      opensearchDomain('legacy', { encryptionAtRest: false, engineVersion: 'Elasticsearch_5.6' }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:es:us-east-1:111111111111:domain/search', 'PASS'],
      ['arn:aws:es:us-east-1:111111111111:domain/legacy', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      message: 'Domain legacy does not encrypt its data at rest.',
      evidence: { engineVersion: 'Elasticsearch_5.6' },
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
    expect(evaluate(opensearchDomainEncryptedAtRest, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
