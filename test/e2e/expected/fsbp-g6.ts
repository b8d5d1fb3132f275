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

const EKS = {
  endpointNotPublic: 'eks-cluster-endpoint-not-public',
  versionSupported: 'eks-cluster-version-supported',
  secretsEncrypted: 'eks-cluster-secrets-encrypted',
  auditLogging: 'eks-cluster-audit-logging-enabled',
} as const;

const DYNAMODB = {
  pointInTimeRecovery: 'dynamodb-table-point-in-time-recovery-enabled',
  deletionProtection: 'dynamodb-table-deletion-protection-enabled',
} as const;

const table = (account: string, region: string, name: string) =>
  `arn:aws:dynamodb:${region}:${account}:table/${name}`;

const cluster = (account: string, region: string, name: string) =>
  `arn:aws:eks:${region}:${account}:cluster/${name}`;

/** [account, region, check, resource, status] of every planted resource. */
const PLANTED: [string, string, string, string, string][] = [
  // prod-web's web-prod does everything FSBP asks; web-legacy is Kubernetes 1.21 created without options.
  ...Object.values(EKS).flatMap((check): [string, string, string, string, string][] => [
    [prodWeb, 'us-east-1', check, cluster(prodWeb, 'us-east-1', 'web-prod'), 'PASS'],
    [prodWeb, 'us-east-1', check, cluster(prodWeb, 'us-east-1', 'web-legacy'), 'FAIL'],
  ]),
  // prod-data's orders has both; sessions was created without options.
  ...Object.values(DYNAMODB).flatMap((check): [string, string, string, string, string][] => [
    [prodData, 'us-east-1', check, table(prodData, 'us-east-1', 'orders'), 'PASS'],
    [prodData, 'us-east-1', check, table(prodData, 'us-east-1', 'sessions'), 'FAIL'],
  ]),
];

const REGIONAL_CHECKS: readonly string[] = [...Object.values(EKS), ...Object.values(DYNAMODB)];

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

/** Checks of FSBP group g6 (EKS, DynamoDB): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G6: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G6. */
export const FSBP_G6_CHECKS: string[] = [...REGIONAL_CHECKS];
