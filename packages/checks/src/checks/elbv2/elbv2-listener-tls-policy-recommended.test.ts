import { describe, expect, it } from 'vitest';
import {
  elbv2Listener,
  elbv2LoadBalancer,
  elbv2LoadBalancerArn,
  evaluate,
  InventoryBuilder,
  readFailed,
  readOk,
} from '../../fixtures/index.js';
import type { Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { elbv2ListenerTlsPolicyRecommended } from './elbv2-listener-tls-policy-recommended.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2ListenerTlsPolicyRecommended,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-listener-tls-policy-recommended', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good'),
      elbv2LoadBalancer('bad', {
        listeners: readOk([elbv2Listener('bad', 443, 'HTTPS', { sslPolicy: 'ELBSecurityPolicy-2016-08' })]),
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2Listener('good', 443, 'HTTPS').arn, 'PASS'],
      [elbv2Listener('bad', 443, 'HTTPS').arn, 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad HTTPS listener on port 443 uses ELBSecurityPolicy-2016-08, not a recommended one.',
    );
  });

  it('judges TLS listeners of Network Load Balancers and skips plain listeners', () => {
    expect(
      scan(
        elbv2LoadBalancer(
          'tcp',
          {
            listeners: readOk([
              elbv2Listener('tcp', 443, 'TLS', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }),
              elbv2Listener('tcp', 22, 'TCP'),
            ]),
          },
          'network',
        ),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([[elbv2Listener('tcp', 443, 'TLS').arn, 'PASS']]);
  });

  it('is an ERROR with the AWS code for a load balancer whose own read failed', () => {
    expect(
      scan(elbv2LoadBalancer('hidden', { listeners: readFailed('AccessDenied', 'elbv2:DescribeListeners') })),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: elbv2LoadBalancerArn('hidden') },
    ]);
  });

  it('is an ERROR when the load balancers cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'elbv2.loadBalancers', 'AccessDenied', 'elbv2:DescribeLoadBalancers')
      .build();
    expect(evaluate(elbv2ListenerTlsPolicyRecommended, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
