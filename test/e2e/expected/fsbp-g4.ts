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

const OPENSEARCH = {
  encryptedAtRest: 'opensearch-domain-encrypted-at-rest',
  inVpc: 'opensearch-domain-in-vpc',
  nodeToNode: 'opensearch-domain-node-to-node-encrypted',
  errorLogs: 'opensearch-domain-error-logs-to-cloudwatch',
  auditLogs: 'opensearch-domain-audit-logging-enabled',
  dataNodes: 'opensearch-domain-three-data-nodes',
  masters: 'opensearch-domain-three-dedicated-masters',
  fineGrained: 'opensearch-domain-fine-grained-access-enabled',
  tls: 'opensearch-domain-latest-tls-policy',
  software: 'opensearch-domain-software-up-to-date',
} as const;

const domain = (account: string, region: string, name: string) =>
  `arn:aws:es:${region}:${account}:domain/${name}`;

/** [account, region, check, resource, status] of every planted resource (fsbp-g4-demo.ts). */
const PLANTED: [string, string, string, string, string][] = [
  // prod-data's orders-search does everything right; legacy-logs (Elasticsearch 6.8, no options) nothing.
  ...Object.values(OPENSEARCH).flatMap((check): [string, string, string, string, string][] => [
    [prodData, 'us-east-1', check, domain(prodData, 'us-east-1', 'orders-search'), 'PASS'],
    [prodData, 'us-east-1', check, domain(prodData, 'us-east-1', 'legacy-logs'), 'FAIL'],
  ]),
];

/** The group's regional checks, each run in every region of every scanned account. */
const REGIONAL_CHECKS: readonly string[] = [...Object.values(OPENSEARCH)];

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

/** Checks of FSBP group g4 (OpenSearch, ...): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G4: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G4. */
export const FSBP_G4_CHECKS: string[] = [...REGIONAL_CHECKS];
