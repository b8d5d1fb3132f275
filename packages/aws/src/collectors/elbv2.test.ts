import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  LoadBalancerNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { elbv2LoadBalancersCollector } from './elbv2.js';

const elbv2 = mockClient(ElasticLoadBalancingV2Client);

beforeEach(() => {
  elbv2.reset();
});

afterAll(() => {
  elbv2.restore();
});

const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});
const lbArn = (kind: string, name: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:${TEST_ACCOUNT_ID}:loadbalancer/${kind}/${name}/1`;
const listenerArn = (name: string, port: number) =>
  `arn:aws:elasticloadbalancing:us-east-1:${TEST_ACCOUNT_ID}:listener/app/${name}/1/${port}`;
const redirect = {
  Type: 'redirect' as const,
  RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' as const },
};
const forward = { Type: 'forward' as const, TargetGroupArn: 'tg' };

describe('elbv2LoadBalancersCollector', () => {
  it('lists every page, then reads each load balancer: attributes, listeners and ALB HTTP rules', async () => {
    elbv2
      .on(DescribeLoadBalancersCommand, { Marker: undefined })
      .resolves({
        LoadBalancers: [
          {
            LoadBalancerArn: lbArn('app', 'web'),
            LoadBalancerName: 'web',
            Type: 'application',
            AvailabilityZones: [{ ZoneName: 'us-east-1a' }, { ZoneName: 'us-east-1b' }],
          },
        ],
        NextMarker: 'page-2',
      })
      .on(DescribeLoadBalancersCommand, { Marker: 'page-2' })
      .resolves({
        LoadBalancers: [
          {
            LoadBalancerArn: lbArn('net', 'tcp'),
            LoadBalancerName: 'tcp',
            Type: 'network',
            AvailabilityZones: [{ ZoneName: 'us-east-1a' }],
          },
        ],
      });
    elbv2
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('app', 'web') })
      .resolves({
        Attributes: [
          { Key: 'deletion_protection.enabled', Value: 'true' },
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
          { Key: 'routing.http.desync_mitigation_mode', Value: 'monitor' },
        ],
      })
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('net', 'tcp') })
      .resolves({ Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] });
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: lbArn('app', 'web'), Marker: undefined })
      .resolves({
        Listeners: [
          { ListenerArn: listenerArn('web', 80), Port: 80, Protocol: 'HTTP', DefaultActions: [redirect] },
        ],
        NextMarker: 'listeners-2',
      })
      .on(DescribeListenersCommand, { LoadBalancerArn: lbArn('app', 'web'), Marker: 'listeners-2' })
      .resolves({
        Listeners: [
          {
            ListenerArn: listenerArn('web', 443),
            Port: 443,
            Protocol: 'HTTPS',
            SslPolicy: 'ELBSecurityPolicy-2016-08',
            DefaultActions: [forward],
          },
        ],
      })
      .on(DescribeListenersCommand, { LoadBalancerArn: lbArn('net', 'tcp') })
      .resolves({ Listeners: [{ ListenerArn: 'tcp-listener', Port: 22, Protocol: 'TCP' }] });
    elbv2.on(DescribeRulesCommand, { ListenerArn: listenerArn('web', 80) }).resolves({
      Rules: [
        { IsDefault: false, Priority: '1', Actions: [forward] },
        { IsDefault: true, Priority: 'default', Actions: [redirect] },
      ],
    });

    expect(await elbv2LoadBalancersCollector.collect(context())).toEqual([
      {
        arn: lbArn('app', 'web'),
        name: 'web',
        type: 'application',
        availabilityZones: 2,
        attributes: {
          ok: true,
          value: {
            deletionProtection: true,
            accessLogs: true,
            dropInvalidHeaderFields: false,
            desyncMitigationMode: 'monitor',
          },
        },
        listeners: {
          ok: true,
          value: [
            {
              arn: listenerArn('web', 80),
              port: 80,
              protocol: 'HTTP',
              sslPolicy: null,
              // A path rule forwards plain HTTP although the default rule redirects.
              redirectsToHttps: { ok: true, value: false },
            },
            {
              arn: listenerArn('web', 443),
              port: 443,
              protocol: 'HTTPS',
              sslPolicy: 'ELBSecurityPolicy-2016-08',
              redirectsToHttps: null,
            },
          ],
        },
      },
      {
        arn: lbArn('net', 'tcp'),
        name: 'tcp',
        type: 'network',
        availabilityZones: 1,
        attributes: {
          ok: true,
          value: {
            deletionProtection: false,
            accessLogs: false,
            dropInvalidHeaderFields: false,
            desyncMitigationMode: null,
          },
        },
        listeners: {
          ok: true,
          value: [
            { arn: 'tcp-listener', port: 22, protocol: 'TCP', sslPolicy: null, redirectsToHttps: null },
          ],
        },
      },
    ]);
    expect(elbv2.commandCalls(DescribeRulesCommand)).toHaveLength(1);
  });

  it("keeps each unreadable field as that load balancer's error, and drops one deleted since the listing", async () => {
    elbv2.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancers: [
        { LoadBalancerArn: lbArn('app', 'web'), LoadBalancerName: 'web', Type: 'application' },
        { LoadBalancerArn: lbArn('app', 'gone'), LoadBalancerName: 'gone', Type: 'application' },
      ],
    });
    elbv2
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('app', 'web') })
      .rejects(awsError('AccessDenied', 403))
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: lbArn('app', 'gone') })
      .rejects(new LoadBalancerNotFoundException({ message: 'not found', $metadata: {} }));
    elbv2
      .on(DescribeListenersCommand, { LoadBalancerArn: lbArn('app', 'web') })
      .resolves({ Listeners: [{ ListenerArn: listenerArn('web', 80), Port: 80, Protocol: 'HTTP' }] })
      .on(DescribeListenersCommand, { LoadBalancerArn: lbArn('app', 'gone') })
      .rejects(new LoadBalancerNotFoundException({ message: 'not found', $metadata: {} }));
    elbv2.on(DescribeRulesCommand).rejects(awsError('AccessDenied', 403));

    const [web, ...others] = await elbv2LoadBalancersCollector.collect(context());
    expect(others).toEqual([]);
    expect(web?.attributes).toEqual({
      ok: false,
      code: 'AccessDenied',
      operation: 'elbv2:DescribeLoadBalancerAttributes',
    });
    expect(web?.listeners).toMatchObject({
      ok: true,
      value: [{ redirectsToHttps: { ok: false, code: 'AccessDenied', operation: 'elbv2:DescribeRules' } }],
    });
  });

  it('fails the slice with the AWS code when DescribeLoadBalancers is denied', async () => {
    elbv2.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 403));
    await expect(elbv2LoadBalancersCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'elbv2:DescribeLoadBalancers',
    });
  });
});
