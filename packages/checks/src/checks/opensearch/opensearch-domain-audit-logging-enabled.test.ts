import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainAuditLoggingEnabled } from './opensearch-domain-audit-logging-enabled.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainAuditLoggingEnabled,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

const statuses = (...domains: OpensearchDomain[]) =>
  inRegion(...domains).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('opensearch-domain-audit-logging-enabled', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes domains publishing audit logs and fails those publishing only error logs', () => {
    expect(
      statuses(
        opensearchDomain('search'),
        opensearchDomain('errors-only', { logsToCloudWatch: ['ES_APPLICATION_LOGS'] }),
      ),
    ).toEqual([
      ['search', 'PASS'],
      ['errors-only', 'FAIL'],
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
    expect(evaluate(opensearchDomainAuditLoggingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
