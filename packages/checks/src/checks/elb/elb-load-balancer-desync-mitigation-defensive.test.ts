import { describe, expect, it } from 'vitest';
import {
  classicLoadBalancer,
  classicLoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import { elbLoadBalancerDesyncMitigationDefensive } from './elb-load-balancer-desync-mitigation-defensive.js';

const scan = (...loadBalancers: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerDesyncMitigationDefensive,
    new InventoryBuilder().regional('us-east-1', 'elb.loadBalancers', loadBalancers).build(),
  );

describe('elb-load-balancer-desync-mitigation-defensive', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      classicLoadBalancer('good', { attributes: { desyncMitigationMode: 'strictest' } }),
      classicLoadBalancer('bad', { attributes: { desyncMitigationMode: 'monitor' } }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [classicLoadBalancerArn('good'), 'PASS'],
      [classicLoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Classic Load Balancer bad uses desync mitigation mode monitor.',
    );
  });

  it('is an ERROR with the AWS code for a load balancer whose own read failed', () => {
    expect(
      scan({
        ...classicLoadBalancer('hidden'),
        attributes: readFailed('AccessDenied', 'elb:DescribeLoadBalancerAttributes'),
      }),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: classicLoadBalancerArn('hidden') },
    ]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerDesyncMitigationDefensive, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
