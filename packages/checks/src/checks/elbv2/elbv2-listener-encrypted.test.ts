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
import { elbv2ListenerEncrypted } from './elbv2-listener-encrypted.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2ListenerEncrypted,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-listener-encrypted', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good', { listeners: readOk([elbv2Listener('good', 443, 'HTTPS')]) }),
      elbv2LoadBalancer('bad'),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2Listener('good', 443, 'HTTPS').arn, 'PASS'],
      [elbv2Listener('bad', 80, 'HTTP').arn, 'FAIL'],
      [elbv2Listener('bad', 443, 'HTTPS').arn, 'PASS'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad listener on port 80 uses HTTP, not HTTPS.',
    );
  });

  it('wants TLS on Network Load Balancers and does not evaluate Gateway Load Balancers', () => {
    expect(
      scan(
        elbv2LoadBalancer(
          'tcp',
          { listeners: readOk([elbv2Listener('tcp', 443, 'TLS'), elbv2Listener('tcp', 22, 'TCP')]) },
          'network',
        ),
        elbv2LoadBalancer('inspect', {}, 'gateway'),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([
      [elbv2Listener('tcp', 443, 'TLS').arn, 'PASS'],
      [elbv2Listener('tcp', 22, 'TCP').arn, 'FAIL'],
    ]);
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
    expect(evaluate(elbv2ListenerEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
