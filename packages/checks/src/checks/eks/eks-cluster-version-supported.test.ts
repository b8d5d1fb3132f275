import { describe, expect, it } from 'vitest';
import { eksCluster, evaluate, InventoryBuilder, unreadableEksCluster } from '../../fixtures/index.js';
import type { EksCluster } from '../../inventory/eks.js';
import { eksClusterVersionSupported } from './eks-cluster-version-supported.js';

const inRegion = (...clusters: EksCluster[]) =>
  evaluate(
    eksClusterVersionSupported,
    new InventoryBuilder().regional('us-east-1', 'eks.clusters', clusters).build(),
  );

const arn = (name: string) => `arn:aws:eks:us-east-1:111111111111:cluster/${name}`;

describe('eks-cluster-version-supported', () => {
  it('passes the region when it has no cluster', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails a version older than the oldest supported one, comparing minor versions as numbers', () => {
    const findings = inRegion(
      eksCluster('current', { version: '1.31' }),
      eksCluster('oldest', { version: '1.22' }),
      eksCluster('old', { version: '1.21' }),
      eksCluster('ancient', { version: '1.9' }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('current'), 'PASS'],
      [arn('oldest'), 'PASS'],
      [arn('old'), 'FAIL'],
      [arn('ancient'), 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({ evidence: { version: '1.21', oldestSupported: '1.22' } });
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
    expect(evaluate(eksClusterVersionSupported, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
