import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's API Gateway REST APIs and AWS WAF web ACLs (FSBP group g7), per account. What
 * each account plants:
 * - prod-web, us-east-1: REST API `storefront` with two stages: `prod` does everything FSBP asks (client
 *   certificate for the backend, X-Ray tracing, the WAF web ACL `storefront-acl`, encrypted cache); `beta`
 *   has none of it and caches GET /products without encryption. REGIONAL web ACLs `storefront-acl` (one
 *   managed rule group) and `staging-acl` (created with its default action only, no rule); the CLOUDFRONT
 *   web ACL `cdn-acl` (one rule)
 */
const STATES: Readonly<Record<string, Partial<AccountServices>>> = {
  // prod-web
  '444444444444': {
    apigateway: {
      regions: {
        'us-east-1': {
          restApis: [
            {
              id: 'sf7k2m9q1a',
              name: 'storefront',
              stages: [
                {
                  name: 'prod',
                  clientCertificateId: 'k3x9b2',
                  tracingEnabled: true,
                  webAclArn:
                    'arn:aws:wafv2:us-east-1:444444444444:regional/webacl/storefront-acl/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
                  methodSettings: { '*/*': { cachingEnabled: true, cacheDataEncrypted: true } },
                },
                {
                  name: 'beta',
                  methodSettings: { '/products/GET': { cachingEnabled: true } },
                },
              ],
            },
          ],
        },
      },
    },
    wafv2: {
      regions: {
        'us-east-1': {
          webAcls: [
            {
              name: 'storefront-acl',
              id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
              rules: ['aws-common-rules'],
            },
            { name: 'staging-acl', id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
          ],
        },
      },
      cloudfrontWebAcls: [
        { name: 'cdn-acl', id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', rules: ['rate-limit'] },
      ],
    },
  },
};

/** The group's services of `accountId` (spread into the account's services; nothing planted: none). */
export function demoFsbpG7Services(accountId: string): Partial<AccountServices> {
  return STATES[accountId] ?? {};
}
