import {
  AccessPointNotFoundException,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingClient,
} from '@aws-sdk/client-elastic-load-balancing';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { elbLoadBalancersCollector } from './elb.js';

const elb = mockClient(ElasticLoadBalancingClient);

beforeEach(() => {
  elb.reset();
});

afterAll(() => {
  elb.restore();
});

const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'eu-west-1',
  sleep: async () => {},
});
const arn = (name: string) =>
  `arn:aws:elasticloadbalancing:eu-west-1:${TEST_ACCOUNT_ID}:loadbalancer/${name}`;
const certificate = `arn:aws:iam::${TEST_ACCOUNT_ID}:server-certificate/legacy`;

describe('elbLoadBalancersCollector', () => {
  it('lists every page and reads each load balancer: attributes, and SSL policies where TLS ends', async () => {
    elb
      .on(DescribeLoadBalancersCommand, { Marker: undefined })
      .resolves({
        LoadBalancerDescriptions: [
          {
            LoadBalancerName: 'shop',
            AvailabilityZones: ['eu-west-1a', 'eu-west-1b'],
            ListenerDescriptions: [
              {
                Listener: {
                  Protocol: 'HTTPS',
                  LoadBalancerPort: 443,
                  InstancePort: 80,
                  SSLCertificateId: certificate,
                },
                PolicyNames: ['shop-tls'],
              },
              { Listener: { Protocol: 'http', LoadBalancerPort: 80, InstancePort: 80 }, PolicyNames: [] },
            ],
          },
        ],
        NextMarker: 'page-2',
      })
      .on(DescribeLoadBalancersCommand, { Marker: 'page-2' })
      .resolves({
        LoadBalancerDescriptions: [
          {
            LoadBalancerName: 'tcp',
            AvailabilityZones: ['eu-west-1a'],
            ListenerDescriptions: [{ Listener: { Protocol: 'TCP', LoadBalancerPort: 22, InstancePort: 22 } }],
          },
        ],
      });
    elb
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'shop' })
      .resolves({
        LoadBalancerAttributes: {
          CrossZoneLoadBalancing: { Enabled: true },
          AccessLog: { Enabled: true, S3BucketName: 'logs' },
          ConnectionDraining: { Enabled: false },
          AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'monitor' }],
        },
      })
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'tcp' })
      .resolves({ LoadBalancerAttributes: { CrossZoneLoadBalancing: { Enabled: false } } });
    elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'shop' }).resolves({
      PolicyDescriptions: [
        {
          PolicyName: 'shop-tls',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
            { AttributeName: 'Protocol-TLSv1', AttributeValue: 'true' },
          ],
        },
        { PolicyName: 'sticky', PolicyTypeName: 'LBCookieStickinessPolicyType' },
      ],
    });

    expect(await elbLoadBalancersCollector.collect(context())).toEqual([
      {
        arn: arn('shop'),
        name: 'shop',
        availabilityZones: 2,
        listeners: [
          { protocol: 'HTTPS', port: 443, certificateArn: certificate, policyNames: ['shop-tls'] },
          { protocol: 'HTTP', port: 80, certificateArn: null, policyNames: [] },
        ],
        attributes: {
          ok: true,
          value: {
            crossZoneLoadBalancing: true,
            accessLogs: true,
            connectionDraining: false,
            desyncMitigationMode: 'monitor',
          },
        },
        sslNegotiationPolicies: {
          ok: true,
          value: [{ name: 'shop-tls', referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' }],
        },
      },
      {
        arn: arn('tcp'),
        name: 'tcp',
        availabilityZones: 1,
        listeners: [{ protocol: 'TCP', port: 22, certificateArn: null, policyNames: [] }],
        attributes: {
          ok: true,
          value: {
            crossZoneLoadBalancing: false,
            accessLogs: false,
            connectionDraining: false,
            desyncMitigationMode: null,
          },
        },
        sslNegotiationPolicies: null,
      },
    ]);
    expect(elb.commandCalls(DescribeLoadBalancerPoliciesCommand)).toHaveLength(1);
  });

  it("keeps an unreadable field as that load balancer's error, and drops one deleted since the listing", async () => {
    elb.on(DescribeLoadBalancersCommand).resolves({
      LoadBalancerDescriptions: [
        {
          LoadBalancerName: 'shop',
          ListenerDescriptions: [{ Listener: { Protocol: 'SSL', LoadBalancerPort: 443, InstancePort: 80 } }],
        },
        { LoadBalancerName: 'gone', ListenerDescriptions: [] },
      ],
    });
    elb
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'shop' })
      .resolves({ LoadBalancerAttributes: {} })
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'gone' })
      .rejects(new AccessPointNotFoundException({ message: 'not found', $metadata: {} }));
    elb.on(DescribeLoadBalancerPoliciesCommand).rejects(awsError('AccessDenied', 403));

    const loadBalancers = await elbLoadBalancersCollector.collect(context());
    expect(loadBalancers.map((lb) => lb.name)).toEqual(['shop']);
    expect(loadBalancers[0]?.sslNegotiationPolicies).toEqual({
      ok: false,
      code: 'AccessDenied',
      operation: 'elb:DescribeLoadBalancerPolicies',
    });
  });

  it('fails the slice with the AWS code when DescribeLoadBalancers is denied', async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('AccessDenied', 403));
    await expect(elbLoadBalancersCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'elb:DescribeLoadBalancers',
    });
  });
});
