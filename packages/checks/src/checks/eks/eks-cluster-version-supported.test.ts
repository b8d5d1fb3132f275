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

  it('passes a version in standard support, and fails one in extended support, unsupported, or no longer listed', () => {
    const findings = inRegion(
      eksCluster('current', { version: '1.35' }),
      eksCluster(
        'extended',
        { version: '1.32' },
        {
          ok: true,
          value: {
            status: 'EXTENDED_SUPPORT',
            endOfStandardSupport: '2026-03-23T00:00:00.000Z',
            endOfExtendedSupport: '2027-03-23T00:00:00.000Z',
          },
        },
      ),
      eksCluster(
        'unsupported',
        { version: '1.29' },
        {
          ok: true,
          value: { status: 'UNSUPPORTED', endOfStandardSupport: null, endOfExtendedSupport: null },
        },
      ),
      eksCluster('ancient', { version: '1.21' }, { ok: true, value: null }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('current'), 'PASS'],
      [arn('extended'), 'FAIL'],
      [arn('unsupported'), 'FAIL'],
      [arn('ancient'), 'FAIL'],
    ]);
    expect(findings[0]?.message).toBe(
      'Cluster current runs Kubernetes 1.35, in standard support until 2027-03-26.',
    );
    expect(findings[1]).toMatchObject({
      message:
        'Cluster extended runs Kubernetes 1.32, past its standard support (ended 2026-03-23); extended support ends 2027-03-23.',
      evidence: { version: '1.32', supportStatus: 'EXTENDED_SUPPORT' },
    });
    expect(findings[3]).toMatchObject({ evidence: { version: '1.21', supportStatus: 'NOT_LISTED' } });
  });

  it('is an ERROR with the AWS code when the release calendar cannot be read, never a PASS', () => {
    const findings = inRegion(
      eksCluster(
        'current',
        {},
        { ok: false, code: 'AccessDeniedException', operation: 'eks:DescribeClusterVersions' },
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'ERROR',
        errorCode: 'AccessDeniedException',
        message:
          'Could not read the support status of Kubernetes 1.35: eks:DescribeClusterVersions failed with AccessDeniedException.',
      },
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
    expect(evaluate(eksClusterVersionSupported, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
