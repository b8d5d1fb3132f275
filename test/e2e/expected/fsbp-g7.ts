import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** dev-sandbox also opted in to eu-south-1; an SCP denies it sa-east-1, where every read is AccessDenied. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  [management]: DEFAULT_REGIONS,
  [securityTooling]: DEFAULT_REGIONS,
  [logArchive]: DEFAULT_REGIONS,
  [prodWeb]: DEFAULT_REGIONS,
  [prodData]: DEFAULT_REGIONS,
  [devSandbox]: [...DEFAULT_REGIONS, 'eu-south-1'],
  [sharedServices]: DEFAULT_REGIONS,
};

const APIGATEWAY = {
  clientCertificate: 'apigateway-stage-client-certificate-set',
  xrayTracing: 'apigateway-stage-xray-tracing-enabled',
  waf: 'apigateway-stage-waf-associated',
  cacheEncrypted: 'apigateway-stage-cache-encrypted',
} as const;

const stage = (region: string, apiId: string, name: string) =>
  `arn:aws:apigateway:${region}::/restapis/${apiId}/stages/${name}`;

const WAF_RULES_PRESENT = 'wafv2-web-acl-rules-present';

const webAcl = (account: string, path: 'regional' | 'global', name: string, id: string) =>
  `arn:aws:wafv2:us-east-1:${account}:${path}/webacl/${name}/${id}`;

/** [account, region, check, resource, status] of every planted resource (fsbp-g7-demo.ts). */
const PLANTED: [string, string, string, string, string][] = [
  // prod-web's storefront: stage prod does everything FSBP asks, stage beta none of it.
  ...Object.values(APIGATEWAY).flatMap((check): [string, string, string, string, string][] => [
    [prodWeb, 'us-east-1', check, stage('us-east-1', 'sf7k2m9q1a', 'prod'), 'PASS'],
    [prodWeb, 'us-east-1', check, stage('us-east-1', 'sf7k2m9q1a', 'beta'), 'FAIL'],
  ]),
  // prod-web's web ACLs: REGIONAL storefront-acl has a rule, staging-acl none; CLOUDFRONT cdn-acl has one.
  [
    prodWeb,
    'us-east-1',
    WAF_RULES_PRESENT,
    webAcl(prodWeb, 'regional', 'storefront-acl', '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'),
    'PASS',
  ],
  [
    prodWeb,
    'us-east-1',
    WAF_RULES_PRESENT,
    webAcl(prodWeb, 'regional', 'staging-acl', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'),
    'FAIL',
  ],
  [
    prodWeb,
    'us-east-1',
    WAF_RULES_PRESENT,
    webAcl(prodWeb, 'global', 'cdn-acl', '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'),
    'PASS',
  ],
];

/** The group's regional checks, each run in every region of every scanned account. */
const REGIONAL_CHECKS: readonly string[] = [...Object.values(APIGATEWAY), WAF_RULES_PRESENT];

/**
 * Every regional check in every region of every scanned account: the planted resources where there are
 * some, else one result on the region itself — PASS elsewhere but in dev-sandbox's SCP-denied sa-east-1 (not evaluated)
 * (nothing to judge).
 */
function regionalRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const [account, regions] of Object.entries(REGIONS)) {
    for (const region of regions) {
      for (const check of REGIONAL_CHECKS) {
        const planted = PLANTED.filter((row) => row[0] === account && row[1] === region && row[2] === check);
        if (planted.length > 0) {
          rows.push(
            ...planted.map(
              ([, , , resourceId, status]): ExpectedFinding => [account, check, resourceId, status],
            ),
          );
        } else {
          const denied = account === devSandbox && region === SCP_DENIED_REGION;
          if (!denied) rows.push([account, check, acctRegion(account, region), 'PASS']);
        }
      }
    }
  }
  return rows;
}

/** Checks of FSBP group g7 (API Gateway REST API stages, AWS WAF web ACLs): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G7: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G7. */
export const FSBP_G7_CHECKS: string[] = [...REGIONAL_CHECKS];
