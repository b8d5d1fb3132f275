import { describe, expect, it } from 'vitest';
import {
  classicLoadBalancer,
  classicLoadBalancerArn,
  elbv2LoadBalancer,
  elbv2LoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import type { Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { elbLoadBalancerAccessLoggingEnabled } from './elb-load-balancer-access-logging-enabled.js';

const scan = (v2: Elbv2LoadBalancer[], classic: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerAccessLoggingEnabled,
    new InventoryBuilder()
      .regional('us-east-1', 'elbv2.loadBalancers', v2)
      .regional('us-east-1', 'elb.loadBalancers', classic)
      .build(),
  );

describe('elb-load-balancer-access-logging-enabled', () => {
  it('passes the region when it has no Application or Classic Load Balancer', () => {
    expect(
      scan([elbv2LoadBalancer('tcp', { attributes: { accessLogs: false } }, 'network')], []),
    ).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' }]);
  });

  it('judges Application and Classic Load Balancers', () => {
    const findings = scan(
      [elbv2LoadBalancer('good'), elbv2LoadBalancer('bad', { attributes: { accessLogs: false } })],
      [
        classicLoadBalancer('old-good'),
        classicLoadBalancer('old-bad', { attributes: { accessLogs: false } }),
      ],
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2LoadBalancerArn('good'), 'PASS'],
      [elbv2LoadBalancerArn('bad'), 'FAIL'],
      [classicLoadBalancerArn('old-good'), 'PASS'],
      [classicLoadBalancerArn('old-bad'), 'FAIL'],
    ]);
    expect(findings[3]?.message).toBe('Classic Load Balancer old-bad has access logging off.');
  });

  it('is an ERROR with the AWS code for a load balancer whose attributes cannot be read', () => {
    const hidden = {
      ...classicLoadBalancer('hidden'),
      attributes: readFailed('AccessDenied', 'elb:DescribeLoadBalancerAttributes'),
    };
    expect(scan([], [hidden])).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: classicLoadBalancerArn('hidden') },
    ]);
  });

  it('is an ERROR when either kind of load balancer cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'elbv2.loadBalancers', [])
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerAccessLoggingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
