import { describe, expect, it } from 'vitest';
import { eksCluster, evaluate, InventoryBuilder, unreadableEksCluster } from '../../fixtures/index.js';
import type { EksCluster } from '../../inventory/eks.js';
import { eksClusterAuditLoggingEnabled } from './eks-cluster-audit-logging-enabled.js';

const inRegion = (...clusters: EksCluster[]) =>
  evaluate(
    eksClusterAuditLoggingEnabled,
    new InventoryBuilder().regional('us-east-1', 'eks.clusters', clusters).build(),
  );

const arn = (name: string) => `arn:aws:eks:us-east-1:111111111111:cluster/${name}`;

describe('eks-cluster-audit-logging-enabled', () => {
  it('passes the region when it has no cluster', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('needs the audit log type: other log types alone or no logging fail', () => {
    const findings = inRegion(
      eksCluster('audited', { enabledLogTypes: ['audit'] }),
      eksCluster('api-only', { enabledLogTypes: ['api', 'authenticator', 'controllerManager', 'scheduler'] }),
      eksCluster('silent', { enabledLogTypes: [] }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('audited'), 'PASS'],
      [arn('api-only'), 'FAIL'],
      [arn('silent'), 'FAIL'],
    ]);
  });

  it('is an ERROR with the AWS code for a cluster DescribeCluster could not read, the others still judged', () => {
    const findings = inRegion(unreadableEksCluster('locked', 'AccessDeniedException'), eksCluster('ok'));
    expect(findings).toMatchObject([
      {
        resourceId: arn('locked'),
        resourceType: 'AwsEksCluster',
        status: 'ERROR',
        errorCode: 'AccessDeniedException',
      },
      { resourceId: arn('ok'), status: 'PASS' },
    ]);
  });

  it('is an ERROR with the AWS code when the clusters cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'eks.clusters', 'AccessDeniedException', 'eks:ListClusters')
      .build();
    expect(evaluate(eksClusterAuditLoggingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
