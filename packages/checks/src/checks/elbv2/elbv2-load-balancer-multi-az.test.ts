import { describe, expect, it } from 'vitest';
import { elbv2LoadBalancer, elbv2LoadBalancerArn, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { elbv2LoadBalancerMultiAz } from './elbv2-load-balancer-multi-az.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2LoadBalancerMultiAz,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-load-balancer-multi-az', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good', { availabilityZones: 3 }),
      elbv2LoadBalancer('bad', { availabilityZones: 1 }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2LoadBalancerArn('good'), 'PASS'],
      [elbv2LoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad is in 1 Availability Zone only.',
    );
  });

  it('judges Network and Gateway Load Balancers too', () => {
    expect(
      scan(
        elbv2LoadBalancer('tcp', { availabilityZones: 1 }, 'network'),
        elbv2LoadBalancer('inspect', { availabilityZones: 2 }, 'gateway'),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([
      [elbv2LoadBalancerArn('tcp', 'network'), 'FAIL'],
      [elbv2LoadBalancerArn('inspect', 'gateway'), 'PASS'],
    ]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elbv2.loadBalancers', 'AccessDenied', 'elbv2:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbv2LoadBalancerMultiAz, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
