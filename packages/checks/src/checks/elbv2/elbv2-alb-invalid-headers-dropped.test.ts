import { describe, expect, it } from 'vitest';
import {
  elbv2LoadBalancer,
  elbv2LoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
} from '../../fixtures/index.js';
import type { Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { elbv2AlbInvalidHeadersDropped } from './elbv2-alb-invalid-headers-dropped.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2AlbInvalidHeadersDropped,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-alb-invalid-headers-dropped', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good'),
      elbv2LoadBalancer('bad', { attributes: { dropInvalidHeaderFields: false } }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2LoadBalancerArn('good'), 'PASS'],
      [elbv2LoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad forwards invalid HTTP header fields to its targets.',
    );
  });

  it('does not evaluate Network Load Balancers', () => {
    expect(
      scan(elbv2LoadBalancer('tcp', { attributes: { dropInvalidHeaderFields: false } }, 'network')).map(
        (f) => [f.resourceId, f.status],
      ),
    ).toEqual([['arn:aws:account::111111111111:account/us-east-1', 'PASS']]);
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
    expect(evaluate(elbv2AlbInvalidHeadersDropped, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
