import { describe, expect, it } from 'vitest';
import { eksCluster, evaluate, InventoryBuilder, unreadableEksCluster } from '../../fixtures/index.js';
import type { EksCluster } from '../../inventory/eks.js';
import { eksClusterEndpointNotPublic } from './eks-cluster-endpoint-not-public.js';

const inRegion = (...clusters: EksCluster[]) =>
  evaluate(
    eksClusterEndpointNotPublic,
    new InventoryBuilder().regional('us-east-1', 'eks.clusters', clusters).build(),
  );

const arn = (name: string) => `arn:aws:eks:us-east-1:111111111111:cluster/${name}`;

describe('eks-cluster-endpoint-not-public', () => {
  it('passes the region when it has no cluster', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails a cluster whose API server endpoint is public, passes a private-only one', () => {
    const findings = inRegion(eksCluster('private'), eksCluster('public', { endpointPublicAccess: true }));
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('private'), 'PASS'],
      [arn('public'), 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      message: 'Cluster public has a public API server endpoint.',
      evidence: { endpointPublicAccess: true },
    });
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
    expect(evaluate(eksClusterEndpointNotPublic, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
