import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, opensearchDomain, readFailed } from '../../fixtures/index.js';
import type { OpensearchDomain } from '../../inventory/opensearch.js';
import { opensearchDomainErrorLogsToCloudwatch } from './opensearch-domain-error-logs-to-cloudwatch.js';

const inRegion = (...domains: OpensearchDomain[]) =>
  evaluate(
    opensearchDomainErrorLogsToCloudwatch,
    new InventoryBuilder().regional('us-east-1', 'opensearch.domains', domains).build(),
  );

describe('opensearch-domain-error-logs-to-cloudwatch', () => {
  it('passes the region when it has no domain', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes domains publishing error logs and fails those publishing only other logs or none', () => {
    const findings = inRegion(
      opensearchDomain('search'),
      opensearchDomain('audit-only', { logsToCloudWatch: ['AUDIT_LOGS', 'SEARCH_SLOW_LOGS'] }),
      opensearchDomain('silent', { logsToCloudWatch: [] }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL', 'FAIL']);
    expect(findings[1]).toMatchObject({
      message: 'Domain audit-only does not publish its error logs to CloudWatch Logs.',
      evidence: { logsToCloudWatch: ['AUDIT_LOGS', 'SEARCH_SLOW_LOGS'] },
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
    expect(evaluate(opensearchDomainErrorLogsToCloudwatch, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
