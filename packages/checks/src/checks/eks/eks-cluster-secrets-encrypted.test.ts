import { describe, expect, it } from 'vitest';
import { eksCluster, evaluate, InventoryBuilder, unreadableEksCluster } from '../../fixtures/index.js';
import type { EksCluster } from '../../inventory/eks.js';
import { eksClusterSecretsEncrypted } from './eks-cluster-secrets-encrypted.js';

const inRegion = (...clusters: EksCluster[]) =>
  evaluate(
    eksClusterSecretsEncrypted,
    new InventoryBuilder().regional('us-east-1', 'eks.clusters', clusters).build(),
  );

const arn = (name: string) => `arn:aws:eks:us-east-1:111111111111:cluster/${name}`;

describe('eks-cluster-secrets-encrypted', () => {
  it('passes the region when it has no cluster', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes a cluster that encrypts secrets with a KMS key and fails one that does not', () => {
    const findings = inRegion(eksCluster('encrypted'), eksCluster('plain', { secretsKmsKeyArn: null }));
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('encrypted'), 'PASS'],
      [arn('plain'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Cluster plain does not encrypt Kubernetes secrets with a KMS key.');
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
    expect(evaluate(eksClusterSecretsEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
