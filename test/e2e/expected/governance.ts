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

const role = (id: string, name: string) => `arn:aws:iam::${id}:role/${name}`;
const policy = (id: string, name: string) => `arn:aws:iam::${id}:policy/${name}`;
const certificate = (id: string, name: string) => `arn:aws:iam::${id}:server-certificate/${name}`;

/** dev-sandbox also opted in to eu-south-1; an SCP denies everything in its sa-east-1 (not evaluated). */
const DEV_SANDBOX_REGIONS = [...DEFAULT_REGIONS, 'eu-south-1'].filter(
  (region) => region !== SCP_DENIED_REGION,
);

/** Where the management account's ORGANIZATION analyzer covers every member. */
const ORGANIZATION_ANALYZER_REGIONS = ['us-east-1', 'eu-west-1'];

/** One row per region: `status(region)` decides each. */
function perRegion(
  accountId: string,
  checkId: string,
  regions: readonly string[],
  status: (region: string) => string,
): ExpectedFinding[] {
  return regions.map((region) => [accountId, checkId, acctRegion(accountId, region), status(region)]);
}

const ALL_SCANNED = [management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices];

/** Account-level rows of a global check for `accounts`: PASS unless `statuses` says otherwise. */
function perAccount(
  checkId: string,
  statuses: Readonly<Record<string, string>> = {},
  accounts: readonly string[] = ALL_SCANNED,
): ExpectedFinding[] {
  return accounts.map((id) => [id, checkId, acct(id), statuses[id] ?? 'PASS']);
}

const ANALYZER = 'accessanalyzer-external-analyzer-active';
const RECORDER = 'config-recorder-all-resources-enabled';
const SECURITY_HUB = 'securityhub-hub-enabled';

/** Checks on account contacts, IAM governance, Access Analyzer, Config, Security Hub: the demo organization's planted posture, written out by hand. */
export const EXPECTED_GOVERNANCE: ExpectedFinding[] = [
  ...perAccount('account-security-contact-registered', { [devSandbox]: 'FAIL' }),
  ...perAccount('account-root-email-dedicated', { [devSandbox]: 'FAIL' }),
  ...perAccount('iam-account-alias-set', { [devSandbox]: 'FAIL' }),
  // dev-sandbox root has no MFA at all; shared-services root has a virtual device.
  ...perAccount('iam-root-hardware-mfa-enabled', { [devSandbox]: 'FAIL', [sharedServices]: 'FAIL' }),
  // dev-sandbox root signed in 3 days ago; prod-web's root key was used 30 days ago; shared-services'
  // credential report has no root row.
  ...perAccount('iam-root-unused-90-days', {
    [devSandbox]: 'FAIL',
    [prodWeb]: 'FAIL',
    [sharedServices]: 'ERROR',
  }),
  ...perAccount('iam-support-role-exists', { [prodWeb]: 'FAIL', [devSandbox]: 'FAIL' }),
  ...perAccount('config-recorder-global-resources-included', {
    [sharedServices]: 'FAIL',
    // Only us-east-1 records, without global types; sa-east-1 (SCP-denied) is not evaluated and cannot
    // hold the verdict back.
    [devSandbox]: 'FAIL',
  }),

  // Per user where the account has users, else one PASS on the account.
  ...perAccount('iam-user-permissions-via-groups-only', {}, [securityTooling, devSandbox, sharedServices]),
  [management, 'iam-user-permissions-via-groups-only', user(management, 'alice'), 'PASS'],
  [logArchive, 'iam-user-permissions-via-groups-only', user(logArchive, 'log-reader'), 'FAIL'],
  [prodWeb, 'iam-user-permissions-via-groups-only', user(prodWeb, 'deployer'), 'FAIL'],
  [prodWeb, 'iam-user-permissions-via-groups-only', user(prodWeb, 'bob'), 'PASS'],
  [prodData, 'iam-user-permissions-via-groups-only', user(prodData, 'etl'), 'PASS'],
  [prodData, 'iam-user-permissions-via-groups-only', user(prodData, 'carol'), 'PASS'],

  ...perAccount('iam-user-broad-managed-policies-absent', {}, [securityTooling, devSandbox, sharedServices]),
  [management, 'iam-user-broad-managed-policies-absent', user(management, 'alice'), 'PASS'],
  [logArchive, 'iam-user-broad-managed-policies-absent', user(logArchive, 'log-reader'), 'PASS'],
  [prodWeb, 'iam-user-broad-managed-policies-absent', user(prodWeb, 'deployer'), 'FAIL'],
  [prodWeb, 'iam-user-broad-managed-policies-absent', user(prodWeb, 'bob'), 'PASS'],
  [prodData, 'iam-user-broad-managed-policies-absent', user(prodData, 'etl'), 'FAIL'],
  [prodData, 'iam-user-broad-managed-policies-absent', user(prodData, 'carol'), 'PASS'],

  // Only high-power users are judged: deployer (no key) and etl (an active key).
  ...perAccount('iam-user-high-power-access-keys-inactive', {}, [
    management,
    securityTooling,
    logArchive,
    devSandbox,
    sharedServices,
  ]),
  [prodWeb, 'iam-user-high-power-access-keys-inactive', user(prodWeb, 'deployer'), 'PASS'],
  [prodData, 'iam-user-high-power-access-keys-inactive', user(prodData, 'etl'), 'FAIL'],

  // The account row says whether an admin group or role exists; users holding admin directly FAIL.
  ...perAccount('iam-admin-access-via-groups-or-roles', { [devSandbox]: 'FAIL' }),
  [prodWeb, 'iam-admin-access-via-groups-or-roles', user(prodWeb, 'deployer'), 'FAIL'],

  // Per attached customer managed policy; dev-sandbox's "*:*" draft is not attached.
  ...perAccount('iam-policy-full-admin-not-attached', {}, [
    securityTooling,
    logArchive,
    devSandbox,
    sharedServices,
  ]),
  [management, 'iam-policy-full-admin-not-attached', policy(management, 'DeveloperAccess'), 'PASS'],
  [prodWeb, 'iam-policy-full-admin-not-attached', policy(prodWeb, 'WebDeploy'), 'PASS'],
  [prodWeb, 'iam-policy-full-admin-not-attached', policy(prodWeb, 'LegacyFullAccess'), 'FAIL'],
  [prodData, 'iam-policy-full-admin-not-attached', policy(prodData, 'EtlPipeline'), 'PASS'],

  ...perAccount('iam-cloudshell-full-access-not-attached', {}, [
    management,
    securityTooling,
    logArchive,
    prodData,
    devSandbox,
    sharedServices,
  ]),
  [prodWeb, 'iam-cloudshell-full-access-not-attached', role(prodWeb, 'ops-console'), 'FAIL'],

  ...perAccount('iam-server-certificate-not-expired', {}, [
    management,
    securityTooling,
    prodData,
    devSandbox,
    sharedServices,
  ]),
  [logArchive, 'iam-server-certificate-not-expired', certificate(logArchive, 'legacy-logs-2019'), 'FAIL'],
  [prodWeb, 'iam-server-certificate-not-expired', certificate(prodWeb, 'www-demo-corp-2026'), 'PASS'],

  // Access Analyzer: own analyzers everywhere, or the organization analyzer where it runs.
  ...[management, securityTooling, prodWeb, prodData].flatMap((id) =>
    perRegion(id, ANALYZER, DEFAULT_REGIONS, () => 'PASS'),
  ),
  ...[logArchive, sharedServices].flatMap((id) =>
    perRegion(id, ANALYZER, DEFAULT_REGIONS, (region) =>
      ORGANIZATION_ANALYZER_REGIONS.includes(region) ? 'PASS' : 'FAIL',
    ),
  ),
  ...perRegion(devSandbox, ANALYZER, DEV_SANDBOX_REGIONS, (region) =>
    region === 'us-east-1' || ORGANIZATION_ANALYZER_REGIONS.includes(region) ? 'PASS' : 'FAIL',
  ),

  // Config recorders: the baseline everywhere but for one region in three accounts; dev-sandbox in us-east-1 only.
  ...[management, securityTooling, prodData].flatMap((id) =>
    perRegion(id, RECORDER, DEFAULT_REGIONS, () => 'PASS'),
  ),
  ...perRegion(logArchive, RECORDER, DEFAULT_REGIONS, (region) =>
    region === 'eu-central-1' ? 'FAIL' : 'PASS',
  ),
  ...perRegion(prodWeb, RECORDER, DEFAULT_REGIONS, (region) =>
    region === 'ap-northeast-3' ? 'FAIL' : 'PASS',
  ),
  ...perRegion(sharedServices, RECORDER, DEFAULT_REGIONS, (region) =>
    region === 'us-west-1' ? 'FAIL' : 'PASS',
  ),
  ...perRegion(devSandbox, RECORDER, DEV_SANDBOX_REGIONS, (region) =>
    region === 'us-east-1' ? 'PASS' : 'FAIL',
  ),

  // Security Hub: everywhere but shared-services' eu-north-1 and all of dev-sandbox.
  ...[management, securityTooling, logArchive, prodWeb, prodData].flatMap((id) =>
    perRegion(id, SECURITY_HUB, DEFAULT_REGIONS, () => 'PASS'),
  ),
  ...perRegion(sharedServices, SECURITY_HUB, DEFAULT_REGIONS, (region) =>
    region === 'eu-north-1' ? 'FAIL' : 'PASS',
  ),
  ...perRegion(devSandbox, SECURITY_HUB, DEV_SANDBOX_REGIONS, () => 'FAIL'),
];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_GOVERNANCE. */
export const GOVERNANCE_CHECKS: string[] = [
  'account-security-contact-registered',
  'account-root-email-dedicated',
  'iam-account-alias-set',
  'iam-root-hardware-mfa-enabled',
  'iam-root-unused-90-days',
  'iam-support-role-exists',
  'iam-user-permissions-via-groups-only',
  'iam-user-broad-managed-policies-absent',
  'iam-user-high-power-access-keys-inactive',
  'iam-admin-access-via-groups-or-roles',
  'iam-policy-full-admin-not-attached',
  'iam-cloudshell-full-access-not-attached',
  'iam-server-certificate-not-expired',
  'config-recorder-global-resources-included',
  ANALYZER,
  RECORDER,
  SECURITY_HUB,
];
