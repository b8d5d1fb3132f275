import { describe, expect, it } from 'vitest';
import {
  classicListener,
  classicLoadBalancer,
  classicLoadBalancerArn,
  evaluate,
  InventoryBuilder,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import { elbLoadBalancerListenersEncrypted } from './elb-load-balancer-listeners-encrypted.js';

const scan = (...loadBalancers: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerListenersEncrypted,
    new InventoryBuilder().regional('us-east-1', 'elb.loadBalancers', loadBalancers).build(),
  );

describe('elb-load-balancer-listeners-encrypted', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      classicLoadBalancer('good', {
        listeners: [classicListener('HTTPS', 443), classicListener('SSL', 8443)],
      }),
      classicLoadBalancer('bad', { listeners: [classicListener('HTTPS', 443), classicListener('HTTP', 80)] }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [classicLoadBalancerArn('good'), 'PASS'],
      [classicLoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Classic Load Balancer bad has unencrypted listeners: HTTP 80.',
    );
  });

  it('does not evaluate a load balancer without listeners', () => {
    expect(
      scan(classicLoadBalancer('empty', { listeners: [] })).map((f) => [f.resourceId, f.status]),
    ).toEqual([['arn:aws:account::111111111111:account/us-east-1', 'PASS']]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerListenersEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
