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
import { elbv2AlbHttpRedirectedToHttps } from './elbv2-alb-http-redirected-to-https.js';

const scan = (...loadBalancers: Elbv2LoadBalancer[]) =>
  evaluate(
    elbv2AlbHttpRedirectedToHttps,
    new InventoryBuilder().regional('us-east-1', 'elbv2.loadBalancers', loadBalancers).build(),
  );

describe('elbv2-alb-http-redirected-to-https', () => {
  it('passes the region when it has no load balancer', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a compliant load balancer and fails a non-compliant one', () => {
    const findings = scan(
      elbv2LoadBalancer('good'),
      elbv2LoadBalancer('bad', {
        listeners: readOk([
          elbv2Listener('bad', 80, 'HTTP', { redirectsToHttps: readOk(false) }),
          elbv2Listener('bad', 8080, 'HTTP', { redirectsToHttps: readOk(false) }),
        ]),
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [elbv2LoadBalancerArn('good'), 'PASS'],
      [elbv2LoadBalancerArn('bad'), 'FAIL'],
    ]);
    expect(findings.find((f) => f.status === 'FAIL')?.message).toBe(
      'Application Load Balancer bad serves plain HTTP on port 80, 8080 without redirecting to HTTPS.',
    );
  });

  it('passes an ALB without HTTP listener and does not evaluate Network Load Balancers', () => {
    expect(
      scan(
        elbv2LoadBalancer('tls-only', { listeners: readOk([elbv2Listener('tls-only', 443, 'HTTPS')]) }),
        elbv2LoadBalancer('tcp', { listeners: readOk([elbv2Listener('tcp', 80, 'TCP')]) }, 'network'),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([[elbv2LoadBalancerArn('tls-only'), 'PASS']]);
  });

  it('is an ERROR with the code when the rules of an HTTP listener cannot be read', () => {
    expect(
      scan(
        elbv2LoadBalancer('hidden', {
          listeners: readOk([
            elbv2Listener('hidden', 80, 'HTTP', {
              redirectsToHttps: readFailed('AccessDenied', 'elbv2:DescribeRules'),
            }),
          ]),
        }),
      ).map((f) => [f.resourceId, f.status]),
    ).toEqual([[elbv2LoadBalancerArn('hidden'), 'ERROR']]);
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
    expect(evaluate(elbv2AlbHttpRedirectedToHttps, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
