import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { acmCertificatesCollector } from '../../collectors/acm.js';
import { cloudFrontDistributionsCollector } from '../../collectors/cloudfront.js';
import { elbLoadBalancersCollector } from '../../collectors/elb.js';
import { elbv2LoadBalancersCollector } from '../../collectors/elbv2.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoFsbpG3Services } from '../demo/fsbp-g3-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type AccountServices, AccountServicesSchema } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  return { ...ORG.accounts[0]!, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated CloudFront', () => {
  it('has no distribution in an account nobody configured', () => {
    expect(call('cloudfront:ListDistributions', {}).DistributionList).toMatchObject({
      IsTruncated: false,
      Quantity: 0,
      Items: [],
    });
  });

  it('gives a distribution created without options the defaults CloudFront applies', () => {
    const account = caller({
      cloudfront: {
        distributions: [
          { id: 'EPLAIN', origins: [{ id: 'app', domainName: 'app.example.com', type: 'custom' }] },
        ],
      },
    });
    const { DistributionConfig: config } = call(
      'cloudfront:GetDistributionConfig',
      { Id: 'EPLAIN' },
      account,
    );
    expect(config).toMatchObject({
      DefaultRootObject: '',
      DefaultCacheBehavior: { TargetOriginId: 'app', ViewerProtocolPolicy: 'allow-all' },
      Logging: { Enabled: false },
      WebACLId: '',
      ViewerCertificate: { CloudFrontDefaultCertificate: true },
    });
    expect(config.Origins.Items[0].CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
    });
    expect(() => call('cloudfront:GetDistributionConfig', { Id: 'EGONE' }, account)).toThrow(
      expect.objectContaining({ name: 'NoSuchDistribution' }),
    );
  });

  it('pages the distributions by Marker and MaxItems', () => {
    const distributions = ['E1', 'E2', 'E3'].map((id) => ({
      id,
      origins: [{ id: 'app', domainName: 'app.example.com', type: 'custom' as const }],
    }));
    const account = caller({ cloudfront: { distributions } });
    const first = call('cloudfront:ListDistributions', { MaxItems: 2 }, account).DistributionList;
    expect(first.Items.map((item: { Id: string }) => item.Id)).toEqual(['E1', 'E2']);
    expect(first.IsTruncated).toBe(true);
    const second = call(
      'cloudfront:ListDistributions',
      { MaxItems: 2, Marker: first.NextMarker },
      account,
    ).DistributionList;
    expect(second.Items.map((item: { Id: string }) => item.Id)).toEqual(['E3']);
    expect(second.IsTruncated).toBe(false);
  });
});

describe('simulated Elastic Load Balancing', () => {
  it('has no load balancer in an account nobody configured', () => {
    expect(call('elbv2:DescribeLoadBalancers', {}).LoadBalancers).toEqual([]);
    expect(call('elb:DescribeLoadBalancers', {}).LoadBalancerDescriptions).toEqual([]);
  });

  it('gives load balancers created without options the defaults AWS applies', () => {
    const account = caller({
      elbv2: {
        regions: {
          'eu-west-1': [{ name: 'web', type: 'application', listeners: [{ port: 443, protocol: 'HTTPS' }] }],
        },
      },
      elb: { regions: { 'eu-west-1': [{ name: 'old', listeners: [{ protocol: 'SSL', port: 443 }] }] } },
    });
    const [web] = call('elbv2:DescribeLoadBalancers', {}, account, 'eu-west-1').LoadBalancers;
    expect(web.AvailabilityZones).toHaveLength(2);
    const attributes = call(
      'elbv2:DescribeLoadBalancerAttributes',
      { LoadBalancerArn: web.LoadBalancerArn },
      account,
      'eu-west-1',
    ).Attributes;
    expect(attributes).toEqual(
      expect.arrayContaining([
        { Key: 'deletion_protection.enabled', Value: 'false' },
        { Key: 'access_logs.s3.enabled', Value: 'false' },
        { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
        { Key: 'routing.http.desync_mitigation_mode', Value: 'defensive' },
      ]),
    );
    const [listener] = call(
      'elbv2:DescribeListeners',
      { LoadBalancerArn: web.LoadBalancerArn },
      account,
      'eu-west-1',
    ).Listeners;
    expect(listener).toMatchObject({
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    });
    expect(
      call('elbv2:DescribeRules', { ListenerArn: listener.ListenerArn }, account, 'eu-west-1').Rules,
    ).toMatchObject([{ IsDefault: true, Actions: [{ Type: 'forward' }] }]);
    expect(() =>
      call(
        'elbv2:DescribeLoadBalancerAttributes',
        { LoadBalancerArn: `${web.LoadBalancerArn}x` },
        account,
        'eu-west-1',
      ),
    ).toThrow(expect.objectContaining({ name: 'LoadBalancerNotFound' }));

    expect(
      call('elb:DescribeLoadBalancerAttributes', { LoadBalancerName: 'old' }, account, 'eu-west-1')
        .LoadBalancerAttributes,
    ).toMatchObject({
      CrossZoneLoadBalancing: { Enabled: true },
      AccessLog: { Enabled: false },
      ConnectionDraining: { Enabled: true },
      AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
    });
    expect(
      call('elb:DescribeLoadBalancerPolicies', { LoadBalancerName: 'old' }, account, 'eu-west-1')
        .PolicyDescriptions,
    ).toMatchObject([
      {
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributeDescriptions: [
          { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
          expect.anything(),
        ],
      },
    ]);
    expect(call('elb:DescribeLoadBalancers', {}, account, 'us-east-1').LoadBalancerDescriptions).toEqual([]);
  });
});

describe('the demo organization (FSBP group 3 services)', () => {
  it('is valid against the schema for every account', () => {
    for (const id of Object.values(DEMO_ACCOUNTS)) {
      expect([...Value.Errors(AccountServicesSchema, demoFsbpG3Services(id))], id).toEqual([]);
    }
  });

  it("collects prod-web's four distributions through the global endpoint, each read once", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const distributions = await cloudFrontDistributionsCollector.collect(account.context('us-east-1'));
      expect(distributions.map((distribution) => distribution.id)).toEqual([
        'E1PRODWEBSITE',
        'E2LEGACYPORTAL',
        'E3KIOSKCLIENTS',
        'E4DOCSPORTAL',
      ]);
      expect(distributions[1]?.config).toMatchObject({
        ok: true,
        value: {
          defaultRootObject: null,
          loggingEnabled: false,
          webAclId: null,
          viewerCertificate: { cloudFrontDefault: true },
          origins: [
            { id: 'static', kind: 's3', originAccessControlId: null },
            { id: 'app', kind: 'custom', protocolPolicy: 'http-only', sslProtocols: ['SSLv3', 'TLSv1'] },
            { id: 'thumbs', kind: 'lambda-url', originAccessControlId: null },
          ],
        },
      });
      expect(account.stats.maxSameRequest()).toBe(1);
    } finally {
      account.close();
    }
  });

  it("collects prod-web's load balancers in us-east-1, each operation once per resource", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const v2 = await elbv2LoadBalancersCollector.collect(account.context('us-east-1'));
      expect(v2.map((lb) => [lb.name, lb.type, lb.availabilityZones])).toEqual([
        ['prod-web-alb', 'application', 3],
        ['legacy-alb', 'application', 1],
        ['prod-web-nlb', 'network', 2],
      ]);
      expect(v2[1]?.listeners).toMatchObject({
        ok: true,
        value: [
          { protocol: 'HTTP', redirectsToHttps: { ok: true, value: false } },
          { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', redirectsToHttps: null },
        ],
      });
      expect(v2[0]?.listeners).toMatchObject({
        ok: true,
        value: [{ redirectsToHttps: { ok: true, value: true } }, {}],
      });
      const classic = await elbLoadBalancersCollector.collect(account.context('us-east-1'));
      expect(classic.map((lb) => [lb.name, lb.sslNegotiationPolicies])).toEqual([
        [
          'checkout-clb',
          {
            ok: true,
            value: [
              {
                name: 'ELBSecurityPolicy-listener-443',
                referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
              },
            ],
          },
        ],
        [
          'legacy-shop',
          {
            ok: true,
            value: [
              {
                name: 'ELBSecurityPolicy-listener-443',
                referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08',
              },
            ],
          },
        ],
      ]);
      expect(account.stats.maxSameRequest()).toBe(1);
      await expect(elbv2LoadBalancersCollector.collect(account.context('eu-west-1'))).resolves.toEqual([]);
    } finally {
      account.close();
    }
  });

  it("lists prod-web's ACM certificates of every key type, with their expiry", async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const certificates = await acmCertificatesCollector.collect(account.context('us-east-1'));
      expect(certificates.map((c) => [c.domainName, c.type, c.keyAlgorithm, c.notAfter])).toEqual([
        ['www.prod-web.example.com', 'AMAZON_ISSUED', 'RSA_2048', '2027-07-01T00:00:00.000Z'],
        ['shop.prod-web.example.com', 'IMPORTED', 'RSA_1024', '2026-06-13T00:00:00.000Z'],
        ['api.prod-web.example.com', 'AMAZON_ISSUED', 'EC_prime256v1', '2026-12-18T00:00:00.000Z'],
      ]);
    } finally {
      account.close();
    }
  });
});

describe('simulated ACM', () => {
  it('lists only RSA 1024 and 2048 certificates unless every key type is asked for, as ACM does', () => {
    const account = caller({
      acm: {
        regions: {
          'us-east-1': [
            { id: 'rsa', domainName: 'rsa.example.com' },
            { id: 'ec', domainName: 'ec.example.com', keyAlgorithm: 'EC_secp384r1', expiresInDays: -1 },
          ],
        },
      },
    });
    expect(call('acm:ListCertificates', {}, account).CertificateSummaryList).toMatchObject([
      { DomainName: 'rsa.example.com', Status: 'ISSUED' },
    ]);
    expect(
      call('acm:ListCertificates', { Includes: { keyTypes: ['EC_secp384r1'] } }, account)
        .CertificateSummaryList,
    ).toMatchObject([{ DomainName: 'ec.example.com', Status: 'EXPIRED' }]);
    expect(call('acm:ListCertificates', {}).CertificateSummaryList).toEqual([]);
  });
});
