import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's edge, load-balancing and certificate services (CloudFront, ELB, ACM), per
 * account; every other account has none. What each account plants:
 * - prod-web: four CloudFront distributions. E1PRODWEBSITE does everything right (S3 origins behind OAC
 *   in a failover group, a root object, HTTPS to viewers and origins, logging, a web ACL, an ACM certificate
 *   over SNI with TLSv1.2_2021, a Lambda function URL origin behind OAC). E2LEGACYPORTAL does everything
 *   wrong (an S3 origin without OAC or root object, an http-only origin offering SSLv3, a function URL
 *   without OAC, HTTP allowed, no failover, no logging, no web ACL, the default certificate).
 *   E3KIOSKCLIENTS serves legacy clients from dedicated IPs; E4DOCSPORTAL uses the TLSv1.1_2016 policy.
 *   In us-east-1: an Application Load Balancer that does everything right (prod-web-alb: HTTP redirected to
 *   HTTPS, logs, deletion protection, invalid headers dropped, three zones) beside one that does everything
 *   wrong (legacy-alb), a TLS Network Load Balancer, and two Classic Load Balancers: checkout-clb (ACM,
 *   TLS 1.2 policy, logs) and legacy-shop (an IAM certificate, the 2016-08 policy, plain HTTP, one zone,
 *   no cross-zone balancing, draining or logs, desync mitigation in monitor mode).
 *   ACM in us-east-1: the distributions' RSA 2048 certificate (renewed, 395 days left), an imported RSA 1024
 *   certificate expiring in 12 days, and an ECDSA certificate.
 */
const PROD_WEB = '444444444444';

const ACM_CERTIFICATE_ID = '4f4f4f4f-0000-4000-8000-000000000001';
const ACM_CERTIFICATE = `arn:aws:acm:us-east-1:${PROD_WEB}:certificate/${ACM_CERTIFICATE_ID}`;
const WEB_ACL = `arn:aws:wafv2:us-east-1:${PROD_WEB}:global/webacl/prod-web-edge/4f4f4f4f-0000-4000-8000-00000000000a`;

/** A distribution over two S3 origins behind OAC in a failover group, everything else right too. */
function wellConfiguredSite(id: string, bucket: string) {
  return {
    id,
    defaultRootObject: 'index.html',
    origins: [
      {
        id: 'primary',
        domainName: `${bucket}.s3.us-east-1.amazonaws.com`,
        type: 's3' as const,
        originAccessControlId: 'E1OACPRODWEB',
      },
      {
        id: 'replica',
        domainName: `${bucket}-replica.s3.us-west-2.amazonaws.com`,
        type: 's3' as const,
        originAccessControlId: 'E1OACPRODWEB',
      },
    ],
    originGroups: [{ id: 'site-failover', members: ['primary', 'replica'] }],
    viewerProtocolPolicy: 'redirect-to-https' as const,
    logging: true,
    webAclId: WEB_ACL,
    certificate: { acmCertificateArn: ACM_CERTIFICATE },
  };
}

const STATES: Readonly<Record<string, AccountServices>> = {
  [PROD_WEB]: {
    acm: {
      regions: {
        'us-east-1': [
          { id: ACM_CERTIFICATE_ID, domainName: 'www.prod-web.example.com' },
          {
            id: '4f4f4f4f-0000-4000-8000-000000000002',
            domainName: 'shop.prod-web.example.com',
            type: 'IMPORTED',
            keyAlgorithm: 'RSA_1024',
            expiresInDays: 12,
          },
          {
            id: '4f4f4f4f-0000-4000-8000-000000000003',
            domainName: 'api.prod-web.example.com',
            keyAlgorithm: 'EC_prime256v1',
            expiresInDays: 200,
          },
        ],
      },
    },
    elbv2: {
      regions: {
        'us-east-1': [
          {
            name: 'prod-web-alb',
            type: 'application',
            zones: ['a', 'b', 'c'],
            deletionProtection: true,
            accessLogs: true,
            dropInvalidHeaderFields: true,
            listeners: [
              { port: 80, protocol: 'HTTP', defaultAction: 'redirect-to-https' },
              { port: 443, protocol: 'HTTPS' },
            ],
          },
          {
            name: 'legacy-alb',
            type: 'application',
            zones: ['a'],
            desyncMitigationMode: 'monitor',
            listeners: [
              { port: 80, protocol: 'HTTP', defaultAction: 'redirect-to-https', rules: ['forward'] },
              { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08' },
            ],
          },
          {
            name: 'prod-web-nlb',
            type: 'network',
            deletionProtection: true,
            listeners: [{ port: 443, protocol: 'TLS' }],
          },
        ],
      },
    },
    elb: {
      regions: {
        'us-east-1': [
          {
            name: 'checkout-clb',
            accessLogs: true,
            listeners: [
              {
                protocol: 'HTTPS',
                port: 443,
                certificateArn: ACM_CERTIFICATE,
                referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
              },
            ],
          },
          {
            name: 'legacy-shop',
            zones: ['a'],
            crossZoneLoadBalancing: false,
            connectionDraining: false,
            desyncMitigationMode: 'monitor',
            listeners: [
              { protocol: 'HTTP', port: 80 },
              {
                protocol: 'HTTPS',
                port: 443,
                certificateArn: `arn:aws:iam::${PROD_WEB}:server-certificate/legacy-shop-2019`,
              },
            ],
          },
        ],
      },
    },
    cloudfront: {
      distributions: [
        {
          ...wellConfiguredSite('E1PRODWEBSITE', 'prod-web-site'),
          origins: [
            ...wellConfiguredSite('E1PRODWEBSITE', 'prod-web-site').origins,
            {
              id: 'api',
              domainName: 'api.prod-web.example.com',
              type: 'custom',
              protocolPolicy: 'https-only',
            },
            {
              id: 'render',
              domainName: 'x7k2q9p4m1.lambda-url.us-east-1.on.aws',
              type: 'custom',
              originAccessControlId: 'E1OACLAMBDA',
            },
          ],
          cacheBehaviors: [
            { pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' },
            { pathPattern: '/render/*', targetOriginId: 'render', viewerProtocolPolicy: 'https-only' },
          ],
        },
        {
          id: 'E2LEGACYPORTAL',
          origins: [
            { id: 'static', domainName: 'prod-web-legacy.s3.amazonaws.com', type: 's3' },
            {
              id: 'app',
              domainName: 'legacy.prod-web.example.com',
              type: 'custom',
              protocolPolicy: 'http-only',
              sslProtocols: ['SSLv3', 'TLSv1'],
            },
            { id: 'thumbs', domainName: 'b3n8v5c2z6.lambda-url.us-east-1.on.aws', type: 'custom' },
          ],
          viewerProtocolPolicy: 'allow-all',
        },
        {
          ...wellConfiguredSite('E3KIOSKCLIENTS', 'prod-web-kiosk'),
          certificate: { acmCertificateArn: ACM_CERTIFICATE, sslSupportMethod: 'vip' },
        },
        {
          ...wellConfiguredSite('E4DOCSPORTAL', 'prod-web-docs'),
          certificate: { acmCertificateArn: ACM_CERTIFICATE, minimumProtocolVersion: 'TLSv1.1_2016' },
        },
      ],
    },
  },
};

/** The account's planted edge and load-balancing services; empty when it has none. */
export function demoFsbpG3Services(accountId: string): AccountServices {
  return STATES[accountId] ?? {};
}
