import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's API Gateway REST APIs (FSBP group g7), per account. What each account plants:
 * - prod-web, us-east-1: REST API `storefront` with two stages: `prod` does everything FSBP asks (client
 *   certificate for the backend, X-Ray tracing, a WAF web ACL, encrypted cache); `beta` has none of it and
 *   caches GET /products without encryption
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
  },
};

/** The group's services of `accountId` (spread into the account's services; nothing planted: none). */
export function demoFsbpG7Services(accountId: string): Partial<AccountServices> {
  return STATES[accountId] ?? {};
}
