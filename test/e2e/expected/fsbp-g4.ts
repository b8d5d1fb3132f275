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

const ECS = {
  hostModeNonRoot: 'ecs-task-definition-host-mode-non-root',
  pidModeNotHost: 'ecs-task-definition-pid-mode-not-host',
  nonPrivileged: 'ecs-task-definition-containers-non-privileged',
  readOnlyRoot: 'ecs-task-definition-root-filesystem-read-only',
  logging: 'ecs-task-definition-logging-configured',
} as const;

const taskDefinition = (account: string, region: string, name: string) =>
  `arn:aws:ecs:${region}:${account}:task-definition/${name}`;

/** One task definition revision's results on the ECS checks, in the order of ECS. */
function ecsRows(
  account: string,
  region: string,
  name: string,
  statuses: [
    hostModeNonRoot: string,
    pidModeNotHost: string,
    nonPrivileged: string,
    readOnlyRoot: string,
    logging: string,
  ],
): [string, string, string, string, string][] {
  return Object.values(ECS).map((check, index) => [
    account,
    region,
    check,
    taskDefinition(account, region, name),
    statuses[index]!,
  ]);
}

const ECR = {
  tagImmutable: 'ecr-repository-tag-immutable',
  lifecyclePolicy: 'ecr-repository-lifecycle-policy-set',
  imageScanning: 'ecr-repository-image-scanning-enabled',
} as const;

const repository = (account: string, region: string, name: string) =>
  `arn:aws:ecr:${region}:${account}:repository/${name}`;

const domain = (account: string, region: string, name: string) =>
  `arn:aws:es:${region}:${account}:domain/${name}`;

/** [account, region, check, resource, status] of every planted resource (fsbp-g4-demo.ts). */
const PLANTED: [string, string, string, string, string][] = [
  // prod-data's orders-search does everything right; legacy-logs (Elasticsearch 6.8, no options) nothing.
  ...Object.values(OPENSEARCH).flatMap((check): [string, string, string, string, string][] => [
    [prodData, 'us-east-1', check, domain(prodData, 'us-east-1', 'orders-search'), 'PASS'],
    [prodData, 'us-east-1', check, domain(prodData, 'us-east-1', 'legacy-logs'), 'FAIL'],
  ]),
  // The task definitions of data-demo.ts. sandbox-worker:3 (its revision 2 is INACTIVE) shares the host's
  // PIDs and runs privileged in bridge mode; sandbox-web:1 does what is asked; shared-proxy:7 runs as root
  // on the host network. None but sandbox-web has a read-only root filesystem or a log configuration.
  ...ecsRows(devSandbox, 'us-east-1', 'sandbox-worker:3', ['PASS', 'FAIL', 'FAIL', 'FAIL', 'FAIL']),
  ...ecsRows(devSandbox, 'us-east-1', 'sandbox-web:1', ['PASS', 'PASS', 'PASS', 'PASS', 'PASS']),
  ...ecsRows(sharedServices, 'us-west-2', 'shared-proxy:7', ['FAIL', 'PASS', 'PASS', 'FAIL', 'FAIL']),
  // prod-web's web/frontend does both; web/scratch was created without options.
  ...Object.values(ECR).flatMap((check): [string, string, string, string, string][] => [
    [prodWeb, 'us-east-1', check, repository(prodWeb, 'us-east-1', 'web/frontend'), 'PASS'],
    [prodWeb, 'us-east-1', check, repository(prodWeb, 'us-east-1', 'web/scratch'), 'FAIL'],
  ]),
];

/** The group's regional checks, each run in every region of every scanned account. */
const REGIONAL_CHECKS: readonly string[] = [
  ...Object.values(OPENSEARCH),
  ...Object.values(ECS),
  ...Object.values(ECR),
];

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

/** Checks of FSBP group g4 (OpenSearch, ECS task definitions, ECR): the demo organization's planted posture, written out by hand. */
export const EXPECTED_FSBP_G4: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G4. */
export const FSBP_G4_CHECKS: string[] = [...REGIONAL_CHECKS];
