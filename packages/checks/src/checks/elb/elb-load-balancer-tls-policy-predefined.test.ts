import { describe, expect, it } from 'vitest';
import {
  classicListener,
  classicLoadBalancer,
  classicLoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
  readOk,
} from '../../fixtures/index.js';
import type { ElbLoadBalancer } from '../../inventory/elb.js';
import { elbLoadBalancerTlsPolicyPredefined } from './elb-load-balancer-tls-policy-predefined.js';

const scan = (...loadBalancers: ElbLoadBalancer[]) =>
  evaluate(
    elbLoadBalancerTlsPolicyPredefined,
    new InventoryBuilder().regional('us-east-1', 'elb.loadBalancers', loadBalancers).build(),
  );

describe('elb-load-balancer-tls-policy-predefined', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      classicLoadBalancer('good'),
      classicLoadBalancer('bad', {
        sslNegotiationPolicies: readOk([
          { name: 'tls-443', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' },
        ]),
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [classicLoadBalancerArn('good'), 'PASS'],
      [classicLoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Classic Load Balancer bad does not use ELBSecurityPolicy-TLS-1-2-2017-01 on port 443.',
    );
  });

  it('fails a custom policy (no reference) and does not evaluate load balancers without HTTPS or SSL listener', () => {
    expect(
      scan(
        classicLoadBalancer('custom', {
          sslNegotiationPolicies: readOk([{ name: 'tls-443', referenceSecurityPolicy: null }]),
        }),
        classicLoadBalancer('plain', {
          listeners: [classicListener('TCP', 22)],
          sslNegotiationPolicies: null,
        }),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([[classicLoadBalancerArn('custom'), 'FAIL']]);
  });

  it('is an ERROR with the AWS code for a load balancer whose own read failed', () => {
    expect(
      scan(
        classicLoadBalancer('hidden', {
          sslNegotiationPolicies: readFailed('AccessDenied', 'elb:DescribeLoadBalancerPolicies'),
        }),
      ),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: classicLoadBalancerArn('hidden') },
    ]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elb.loadBalancers', 'AccessDenied', 'elb:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbLoadBalancerTlsPolicyPredefined, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
