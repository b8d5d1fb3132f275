import { describe, expect, it } from 'vitest';
import {
  classicLoadBalancer,
  classicLoadBalancerArn,
  evaluate,
  InventoryBuilder,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import { elbLoadBalancerMultiAz } from './elb-load-balancer-multi-az.js';

const scan = (...loadBalancers: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerMultiAz,
    new InventoryBuilder().regional('us-east-1', 'elb.loadBalancers', loadBalancers).build(),
  );

describe('elb-load-balancer-multi-az', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(classicLoadBalancer('good'), classicLoadBalancer('bad', { availabilityZones: 1 }));
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [classicLoadBalancerArn('good'), 'PASS'],
      [classicLoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Classic Load Balancer bad is in 1 Availability Zone only.',
    );
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerMultiAz, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
