import { describe, expect, it } from 'vitest';
import {
  elbv2LoadBalancer,
  elbv2LoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
} from '../../fixtures/index.js';
import type { Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { elbv2LoadBalancerDeletionProtectionEnabled } from './elbv2-load-balancer-deletion-protection-enabled.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2LoadBalancerDeletionProtectionEnabled,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-load-balancer-deletion-protection-enabled', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good'),
      elbv2LoadBalancer('bad', { attributes: { deletionProtection: false } }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2LoadBalancerArn('good'), 'PASS'],
      [elbv2LoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad can be deleted without first turning off deletion protection.',
    );
  });

  it('judges Network and Gateway Load Balancers too', () => {
    expect(
      scan(
        elbv2LoadBalancer('tcp', { attributes: { deletionProtection: false } }, 'network'),
        elbv2LoadBalancer('inspect', {}, 'gateway'),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([
      [elbv2LoadBalancerArn('tcp', 'network'), 'FAIL'],
      [elbv2LoadBalancerArn('inspect', 'gateway'), 'PASS'],
    ]);
  });

  it('is an ERROR with the AWS code for a load balancer whose own read failed', () => {
    expect(
      scan({
        ...elbv2LoadBalancer('hidden'),
        attributes: readFailed('AccessDenied', 'elbv2:DescribeLoadBalancerAttributes'),
      }),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: elbv2LoadBalancerArn('hidden') },
    ]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elbv2.loadBalancers', 'AccessDenied', 'elbv2:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbv2LoadBalancerDeletionProtectionEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
