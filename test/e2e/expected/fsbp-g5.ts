import { DEMO_ACCOUNTS } from '@orgscan/aws';
import {
  acct,
  acctRegion,
  DEFAULT_REGIONS,
  type ExpectedFinding,
  SCP_DENIED_REGION,
  user,
} from './expected-finding.js';

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

const GLOBAL = {
  passwordPolicy: 'iam-password-policy-strong',
  unusedCredentials: 'iam-user-unused-credentials-removed',
  serviceWildcard: 'iam-policy-service-wildcard-not-allowed',
  policyDecrypt: 'iam-policy-kms-decrypt-all-keys-not-allowed',
  inlineDecrypt: 'iam-inline-policy-kms-decrypt-all-keys-not-allowed',
  bucketLogging: 's3-bucket-access-logging-enabled',
} as const;

const REGIONAL = {
  kmsPendingDeletion: 'kms-key-not-pending-deletion',
  lambdaRuntime: 'lambda-function-runtime-supported',
  sqsEncrypted: 'sqs-queue-encrypted',
  secretRotationEnabled: 'secretsmanager-secret-rotation-enabled',
  secretRotationOnSchedule: 'secretsmanager-secret-rotation-on-schedule',
  secretUsed: 'secretsmanager-secret-used-90-days',
  secretRotated: 'secretsmanager-secret-rotated-90-days',
} as const;

const policy = (account: string, name: string) => `arn:aws:iam::${account}:policy/${name}`;
const bucket = (name: string) => `arn:aws:s3:::${name}`;
const kmsKey = (account: string, region: string, id: string) => `arn:aws:kms:${region}:${account}:key/${id}`;
const fn = (account: string, region: string, name: string) =>
  `arn:aws:lambda:${region}:${account}:function:${name}`;
const queue = (account: string, region: string, name: string) => `arn:aws:sqs:${region}:${account}:${name}`;
/** Secret ARNs end with six characters Secrets Manager draws at creation (stable in the simulation). */
const secret = (account: string, region: string, nameWithSuffix: string) =>
  `arn:aws:secretsmanager:${region}:${account}:secret:${nameWithSuffix}`;
const WAREHOUSE = secret(prodData, 'us-east-1', 'prod-data/warehouse-credentials-kFxO35');
const LEGACY_TOKEN = secret(prodData, 'us-east-1', 'prod-data/legacy-api-token-gRGcMl');
const REPLICA = secret(prodData, 'us-east-1', 'prod-data/replica-credentials-dqxzsw');

/**
 * Global checks. FSBP IAM.7: log-archive has no password policy, dev-sandbox's requires no character
 * classes. IAM.8: prod-data's etl has a key unused for 100 days. IAM.21: prod-data's EtlPipeline allows
 * glue:* ("*" alone is IAM.1's). KMS.1: the "*" on "*" policies of prod-web and dev-sandbox decrypt with every
 * key. KMS.2: log-reader's second inline policy decrypts with every key. S3.9: only the organization trail's
 * bucket delivers access logs; dev-sandbox's bucket in the SCP-denied sa-east-1 cannot be read.
 */
const GLOBAL_ROWS: ExpectedFinding[] = [
  [management, GLOBAL.passwordPolicy, acct(management), 'PASS'],
  [securityTooling, GLOBAL.passwordPolicy, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.passwordPolicy, acct(logArchive), 'FAIL'],
  [prodWeb, GLOBAL.passwordPolicy, acct(prodWeb), 'PASS'],
  [prodData, GLOBAL.passwordPolicy, acct(prodData), 'PASS'],
  [devSandbox, GLOBAL.passwordPolicy, acct(devSandbox), 'FAIL'],
  [sharedServices, GLOBAL.passwordPolicy, acct(sharedServices), 'PASS'],

  [management, GLOBAL.unusedCredentials, user(management, 'alice'), 'PASS'],
  [securityTooling, GLOBAL.unusedCredentials, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.unusedCredentials, user(logArchive, 'log-reader'), 'PASS'],
  [prodWeb, GLOBAL.unusedCredentials, user(prodWeb, 'deployer'), 'PASS'],
  [prodWeb, GLOBAL.unusedCredentials, user(prodWeb, 'bob'), 'PASS'],
  [prodData, GLOBAL.unusedCredentials, user(prodData, 'etl'), 'FAIL'],
  [prodData, GLOBAL.unusedCredentials, user(prodData, 'carol'), 'PASS'],
  [devSandbox, GLOBAL.unusedCredentials, acct(devSandbox), 'PASS'],
  [sharedServices, GLOBAL.unusedCredentials, acct(sharedServices), 'PASS'],

  [management, GLOBAL.serviceWildcard, policy(management, 'DeveloperAccess'), 'PASS'],
  [securityTooling, GLOBAL.serviceWildcard, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.serviceWildcard, acct(logArchive), 'PASS'],
  [prodWeb, GLOBAL.serviceWildcard, policy(prodWeb, 'WebDeploy'), 'PASS'],
  [prodWeb, GLOBAL.serviceWildcard, policy(prodWeb, 'LegacyFullAccess'), 'PASS'],
  [prodData, GLOBAL.serviceWildcard, policy(prodData, 'EtlPipeline'), 'FAIL'],
  [devSandbox, GLOBAL.serviceWildcard, policy(devSandbox, 'AllAccessDraft'), 'PASS'],
  [sharedServices, GLOBAL.serviceWildcard, acct(sharedServices), 'PASS'],

  [management, GLOBAL.policyDecrypt, policy(management, 'DeveloperAccess'), 'PASS'],
  [securityTooling, GLOBAL.policyDecrypt, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.policyDecrypt, acct(logArchive), 'PASS'],
  [prodWeb, GLOBAL.policyDecrypt, policy(prodWeb, 'WebDeploy'), 'PASS'],
  [prodWeb, GLOBAL.policyDecrypt, policy(prodWeb, 'LegacyFullAccess'), 'FAIL'],
  [prodData, GLOBAL.policyDecrypt, policy(prodData, 'EtlPipeline'), 'PASS'],
  [devSandbox, GLOBAL.policyDecrypt, policy(devSandbox, 'AllAccessDraft'), 'FAIL'],
  [sharedServices, GLOBAL.policyDecrypt, acct(sharedServices), 'PASS'],

  [management, GLOBAL.inlineDecrypt, acct(management), 'PASS'],
  [securityTooling, GLOBAL.inlineDecrypt, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.inlineDecrypt, user(logArchive, 'log-reader'), 'FAIL'],
  [prodWeb, GLOBAL.inlineDecrypt, acct(prodWeb), 'PASS'],
  [prodData, GLOBAL.inlineDecrypt, acct(prodData), 'PASS'],
  [devSandbox, GLOBAL.inlineDecrypt, acct(devSandbox), 'PASS'],
  [sharedServices, GLOBAL.inlineDecrypt, acct(sharedServices), 'PASS'],

  [management, GLOBAL.bucketLogging, bucket('orgscan-demo-mgmt-billing-reports'), 'FAIL'],
  [securityTooling, GLOBAL.bucketLogging, acct(securityTooling), 'PASS'],
  [logArchive, GLOBAL.bucketLogging, bucket('orgscan-demo-org-trail-logs'), 'PASS'],
  [logArchive, GLOBAL.bucketLogging, bucket('orgscan-demo-access-logs'), 'FAIL'],
  [logArchive, GLOBAL.bucketLogging, bucket('orgscan-demo-legacy-trail-logs'), 'FAIL'],
  [prodWeb, GLOBAL.bucketLogging, bucket('prod-web-static-assets'), 'FAIL'],
  [prodWeb, GLOBAL.bucketLogging, bucket('prod-web-uploads'), 'FAIL'],
  [prodData, GLOBAL.bucketLogging, bucket('prod-data-lake'), 'FAIL'],
  [prodData, GLOBAL.bucketLogging, bucket('prod-data-exports'), 'FAIL'],
  [devSandbox, GLOBAL.bucketLogging, bucket('dev-sandbox-scratch'), 'FAIL'],
  [devSandbox, GLOBAL.bucketLogging, bucket('dev-sandbox-sa-archive'), 'ERROR'],
  [sharedServices, GLOBAL.bucketLogging, bucket('shared-services-artifacts'), 'FAIL'],
];

type RegionalRow = [account: string, region: string, checkId: string, resourceId: string, status: string];

/**
 * The regional resources the demo plants (data-demo.ts), with their results on these checks; AWS managed
 * keys and keys of other checks' regions are not judged. prod-data's fourth key is pending deletion,
 * sandbox-etl-test runs python3.8, prod-web-notifications is not encrypted at rest.
 */
const PLANTED: RegionalRow[] = [
  [
    management,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(management, 'us-east-1', '1a1a1a1a-0000-4000-8000-000000000001'),
    'PASS',
  ],
  [
    logArchive,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(logArchive, 'us-east-1', '3c3c3c3c-0000-4000-8000-000000000001'),
    'PASS',
  ],
  [
    prodData,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(prodData, 'us-east-1', '5e5e5e5e-0000-4000-8000-000000000001'),
    'PASS',
  ],
  [
    prodData,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(prodData, 'us-east-1', '5e5e5e5e-0000-4000-8000-000000000002'),
    'PASS',
  ],
  [
    prodData,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(prodData, 'us-east-1', '5e5e5e5e-0000-4000-8000-000000000003'),
    'PASS',
  ],
  [
    prodData,
    'us-east-1',
    REGIONAL.kmsPendingDeletion,
    kmsKey(prodData, 'us-east-1', '5e5e5e5e-0000-4000-8000-000000000004'),
    'FAIL',
  ],
  [
    sharedServices,
    'us-west-2',
    REGIONAL.kmsPendingDeletion,
    kmsKey(sharedServices, 'us-west-2', '9f9f9f9f-0000-4000-8000-000000000001'),
    'PASS',
  ],

  [
    securityTooling,
    'us-east-1',
    REGIONAL.lambdaRuntime,
    fn(securityTooling, 'us-east-1', 'findings-forwarder'),
    'PASS',
  ],
  [prodWeb, 'us-east-1', REGIONAL.lambdaRuntime, fn(prodWeb, 'us-east-1', 'prod-web-api-handler'), 'PASS'],
  [prodWeb, 'eu-west-1', REGIONAL.lambdaRuntime, fn(prodWeb, 'eu-west-1', 'prod-web-image-resizer'), 'PASS'],
  [devSandbox, 'us-east-1', REGIONAL.lambdaRuntime, fn(devSandbox, 'us-east-1', 'sandbox-etl-test'), 'FAIL'],
  [
    devSandbox,
    'eu-south-1',
    REGIONAL.lambdaRuntime,
    fn(devSandbox, 'eu-south-1', 'sandbox-eu-probe'),
    'PASS',
  ],

  [
    securityTooling,
    'us-east-1',
    REGIONAL.sqsEncrypted,
    queue(securityTooling, 'us-east-1', 'security-findings'),
    'PASS',
  ],
  [prodWeb, 'us-east-1', REGIONAL.sqsEncrypted, queue(prodWeb, 'us-east-1', 'prod-web-order-events'), 'PASS'],
  [
    prodWeb,
    'us-east-1',
    REGIONAL.sqsEncrypted,
    queue(prodWeb, 'us-east-1', 'prod-web-notifications'),
    'FAIL',
  ],
  [
    sharedServices,
    'us-west-2',
    REGIONAL.sqsEncrypted,
    queue(sharedServices, 'us-west-2', 'build-events'),
    'PASS',
  ],

  // prod-data's secrets (fsbp-g5-demo.ts): the warehouse credentials rotate every 30 days and are read daily;
  // the legacy token never rotated and was last read 200 days ago; the replica's 7-day rotation is failing.
  [prodData, 'us-east-1', REGIONAL.secretRotationEnabled, WAREHOUSE, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretRotationEnabled, LEGACY_TOKEN, 'FAIL'],
  [prodData, 'us-east-1', REGIONAL.secretRotationEnabled, REPLICA, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretRotationOnSchedule, WAREHOUSE, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretRotationOnSchedule, REPLICA, 'FAIL'],
  [prodData, 'us-east-1', REGIONAL.secretUsed, WAREHOUSE, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretUsed, LEGACY_TOKEN, 'FAIL'],
  [prodData, 'us-east-1', REGIONAL.secretUsed, REPLICA, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretRotated, WAREHOUSE, 'PASS'],
  [prodData, 'us-east-1', REGIONAL.secretRotated, LEGACY_TOKEN, 'FAIL'],
  [prodData, 'us-east-1', REGIONAL.secretRotated, REPLICA, 'PASS'],
];

/**
 * Every regional check in every region of every scanned account: the planted resources where there are
 * some, else one result on the region itself — PASS elsewhere but in dev-sandbox's SCP-denied sa-east-1 (not evaluated).
 */
function regionalRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const [account, regions] of Object.entries(REGIONS)) {
    for (const region of regions) {
      for (const check of Object.values(REGIONAL)) {
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

const GUARDDUTY = {
  detector: 'guardduty-detector-enabled',
  eksAuditLogs: 'guardduty-eks-audit-log-monitoring-enabled',
  lambda: 'guardduty-lambda-protection-enabled',
  eksRuntime: 'guardduty-eks-runtime-monitoring-enabled',
  ec2Malware: 'guardduty-ec2-malware-protection-enabled',
  rds: 'guardduty-rds-protection-enabled',
  s3: 'guardduty-s3-protection-enabled',
  runtime: 'guardduty-runtime-monitoring-enabled',
  ecsRuntime: 'guardduty-ecs-runtime-monitoring-enabled',
  ec2Runtime: 'guardduty-ec2-runtime-monitoring-enabled',
} as const;

type GuardDutyStatuses = { readonly [K in keyof typeof GUARDDUTY]: string };

/**
 * The detectors fsbp-g5-demo.ts plants, with their result on each GuardDuty check: security-tooling's
 * us-east-1 detector has every protection, its eu-west-1 one lacks Lambda, Malware, RDS Protection and
 * the ECS and EC2 agents; management's us-east-1 detector is suspended with no protection.
 */
const DETECTORS: [account: string, region: string, id: string, statuses: GuardDutyStatuses][] = [
  [
    securityTooling,
    'us-east-1',
    '12abc34d567e8fa901bc2d34e56789f0',
    {
      detector: 'PASS',
      eksAuditLogs: 'PASS',
      lambda: 'PASS',
      eksRuntime: 'PASS',
      ec2Malware: 'PASS',
      rds: 'PASS',
      s3: 'PASS',
      runtime: 'PASS',
      ecsRuntime: 'PASS',
      ec2Runtime: 'PASS',
    },
  ],
  [
    securityTooling,
    'eu-west-1',
    '98fed76c543b2a109fe8d76c54321b0a',
    {
      detector: 'PASS',
      eksAuditLogs: 'PASS',
      lambda: 'FAIL',
      eksRuntime: 'PASS',
      ec2Malware: 'FAIL',
      rds: 'FAIL',
      s3: 'PASS',
      runtime: 'PASS',
      ecsRuntime: 'FAIL',
      ec2Runtime: 'FAIL',
    },
  ],
  [
    management,
    'us-east-1',
    '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    {
      detector: 'FAIL',
      eksAuditLogs: 'FAIL',
      lambda: 'FAIL',
      eksRuntime: 'FAIL',
      ec2Malware: 'FAIL',
      rds: 'FAIL',
      s3: 'FAIL',
      runtime: 'FAIL',
      ecsRuntime: 'FAIL',
      ec2Runtime: 'FAIL',
    },
  ],
];

/**
 * Every GuardDuty check in every region of every scanned account: on the planted detector where there is
 * one; elsewhere GuardDuty was never enabled, so guardduty-detector-enabled fails the region and the
 * protection checks have nothing to judge (PASS) — none in dev-sandbox's SCP-denied sa-east-1 (not evaluated).
 */
function guardDutyRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const [account, regions] of Object.entries(REGIONS)) {
    for (const region of regions) {
      const planted = DETECTORS.find(([owner, where]) => owner === account && where === region);
      const denied = account === devSandbox && region === SCP_DENIED_REGION;
      for (const [name, check] of Object.entries(GUARDDUTY) as [keyof typeof GUARDDUTY, string][]) {
        if (planted) {
          const [, , id, statuses] = planted;
          rows.push([
            account,
            check,
            `arn:aws:guardduty:${region}:${account}:detector/${id}`,
            statuses[name],
          ]);
        } else {
          const nothingToJudge = check === GUARDDUTY.detector ? 'FAIL' : 'PASS';
          if (!denied) rows.push([account, check, acctRegion(account, region), nothingToJudge]);
        }
      }
    }
  }
  return rows;
}

/** The FSBP checks of group g5 (GuardDuty, IAM, KMS, Lambda, S3, Secrets Manager, SQS) on the demo organization. */
export const EXPECTED_FSBP_G5: ExpectedFinding[] = [...GLOBAL_ROWS, ...regionalRows(), ...guardDutyRows()];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G5. */
export const FSBP_G5_CHECKS: string[] = [
  ...Object.values(GLOBAL),
  ...Object.values(REGIONAL),
  ...Object.values(GUARDDUTY),
];
