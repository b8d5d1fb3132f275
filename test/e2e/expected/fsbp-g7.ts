import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding } from './expected-finding.js';

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

/** [account, region, check, resource, status] of every planted resource (fsbp-g7-demo.ts). */
const PLANTED: [string, string, string, string, string][] = [
  // prod-web's storefront: stage prod does everything FSBP asks, stage beta none of it.
  ...Object.values(APIGATEWAY).flatMap((check): [string, string, string, string, string][] => [
    [prodWeb, 'us-east-1', check, stage('us-east-1', 'sf7k2m9q1a', 'prod'), 'PASS'],
    [prodWeb, 'us-east-1', check, stage('us-east-1', 'sf7k2m9q1a', 'beta'), 'FAIL'],
  ]),
];

/** The group's regional checks, each run in every region of every scanned account. */
const REGIONAL_CHECKS: readonly string[] = [...Object.values(APIGATEWAY)];

/**
 * Every regional check in every region of every scanned account: the planted resources where there are
 * some, else one result on the region itself — ERROR in dev-sandbox's SCP-denied sa-east-1, PASS elsewhere
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
          const denied = account === devSandbox && region === 'sa-east-1';
          rows.push([account, check, acctRegion(account, region), denied ? 'ERROR' : 'PASS']);
        }
      }
    }
  }
  return rows;
}

/** Checks of FSBP group g7 (API Gateway REST API stages): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G7: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G7. */
export const FSBP_G7_CHECKS: string[] = [...REGIONAL_CHECKS];
