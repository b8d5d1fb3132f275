import { describe, expect, it } from 'vitest';
import {
  classicListener,
  classicLoadBalancer,
  classicLoadBalancerArn,
  evaluate,
  InventoryBuilder,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import { elbLoadBalancerAcmCertificateUsed } from './elb-load-balancer-acm-certificate-used.js';

const scan = (...loadBalancers: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerAcmCertificateUsed,
    new InventoryBuilder().regional('us-east-1', 'elb.loadBalancers', loadBalancers).build(),
  );

describe('elb-load-balancer-acm-certificate-used', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      classicLoadBalancer('good'),
      classicLoadBalancer('bad', {
        listeners: [
          classicListener('HTTPS', 443, {
            certificateArn: 'arn:aws:iam::111111111111:server-certificate/old',
          }),
        ],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [classicLoadBalancerArn('good'), 'PASS'],
      [classicLoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Classic Load Balancer bad uses a certificate not managed by ACM on port 443.',
    );
  });

  it('does not evaluate a load balancer without HTTPS or SSL listener', () => {
    expect(
      scan(classicLoadBalancer('plain', { listeners: [classicListener('HTTP', 80)] })).map((f) => [
        f.resourceId,
        f.status,
      ]),
    ).toEqual([['arn:aws:account::111111111111:account/us-east-1', 'PASS']]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerAcmCertificateUsed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
