import { DEFAULT_REGIONS } from '../aws-regions.js';
import { DEMO_ACCOUNTS } from '../demo-org.js';
import type { GovernanceState } from '../state/governance-state.js';

/**
 * The demo organization's account contacts, IAM beyond the credential report, Access Analyzer, Config and
 * Security Hub. Most accounts follow the organization's baseline (security contact, alias, the
 * OrganizationAccountAccessRole, a support role, an external access analyzer, Config and Security Hub in
 * every region); what each account plants on top:
 * - management: admin through an Identity Center role; alice in a Developers group; an organization-wide
 *   Config aggregator and an ORGANIZATION analyzer in us-east-1 and eu-west-1 covering every member there
 * - security-tooling: the baseline
 * - log-archive: log-reader has an inline policy of its own; an expired server certificate; no analyzer of
 *   its own; Config records only some resource types in eu-central-1
 *   (a second inline policy of log-reader lets it decrypt with every KMS key: FSBP KMS.2)
 * - prod-web: deployer has AdministratorAccess attached directly; a customer policy allowing "*" on "*"
 *   on role legacy-ops; AWSCloudShellFullAccess on role ops-console; no support role; Config stopped in
 *   ap-northeast-3
 * - prod-data: etl holds IAMFullAccess through group etl-admins (and has an active key)
 * - dev-sandbox: no contact, no alias, no admin group or role, no support role, an unattached "*:*" draft
 *   policy; an analyzer and a recorder (without global types) in us-east-1 only; no Security Hub
 * - shared-services: the root MFA device is virtual; only an unused-access analyzer; no recorder records
 *   global types and the us-west-1 recorder fails; no Security Hub in eu-north-1
 */
const ALL_ON_ALL_RESOURCES = { allSupported: true, includeGlobalResourceTypes: false, recording: true };

/** Global resource types recorded once, in the home region, as AWS recommends. */
const BASELINE_RECORDERS: GovernanceState['configRecorders'] = [
  { regions: ['us-east-1'], ...ALL_ON_ALL_RESOURCES, includeGlobalResourceTypes: true },
  { regions: 'all', ...ALL_ON_ALL_RESOURCES },
];

const ORGANIZATION_ACCESS_ROLE = {
  name: 'OrganizationAccountAccessRole',
  attachedPolicies: ['AdministratorAccess'],
};
const SUPPORT_ROLE = { name: 'aws-support', attachedPolicies: ['AWSSupportAccess'] };

/** The organization's baseline for an account named `name`. */
function baseline(name: string): GovernanceState {
  return {
    securityContactEmail: 'security@demo-corp.example',
    accountAlias: `demo-corp-${name}`,
    iam: { roles: [ORGANIZATION_ACCESS_ROLE, SUPPORT_ROLE] },
    accessAnalyzers: [{ name: 'external-access', type: 'ACCOUNT', regions: 'all' }],
    configRecorders: BASELINE_RECORDERS,
    securityHubRegions: 'all',
  };
}

const allow = (actions: string[], resources: string[] = ['*']) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: resources }],
});

const FULL_ADMIN_DOCUMENT = allow(['*']);

const MANAGEMENT: GovernanceState = {
  ...baseline('management'),
  iam: {
    customerPolicies: [
      { name: 'DeveloperAccess', document: allow(['ec2:Describe*', 'logs:Get*', 'cloudwatch:Get*']) },
    ],
    groups: [
      { name: 'Developers', members: ['alice'], attachedPolicies: ['DeveloperAccess', 'ReadOnlyAccess'] },
    ],
    roles: [
      {
        name: 'AWSReservedSSO_AdministratorAccess_5f1c2d3e4a6b7c8d',
        path: '/aws-reserved/sso.amazonaws.com/',
        attachedPolicies: ['AdministratorAccess'],
      },
      SUPPORT_ROLE,
    ],
  },
  accessAnalyzers: [
    { name: 'external-access', type: 'ACCOUNT', regions: 'all' },
    { name: 'organization-external-access', type: 'ORGANIZATION', regions: ['us-east-1', 'eu-west-1'] },
  ],
  configAggregators: [{ name: 'org-aggregator', region: 'us-east-1', organizationWide: true }],
};

const SECURITY_TOOLING: GovernanceState = baseline('security-tooling');

const LOG_ARCHIVE: GovernanceState = {
  ...baseline('log-archive'),
  iam: {
    roles: [ORGANIZATION_ACCESS_ROLE, SUPPORT_ROLE],
    userPolicies: [
      {
        user: 'log-reader',
        inlinePolicies: [
          { name: 'read-log-archive', document: allow(['s3:GetObject'], ['arn:aws:s3:::demo-corp-logs/*']) },
          { name: 'decrypt-archives', document: allow(['kms:Decrypt']) },
        ],
      },
    ],
    serverCertificates: [{ name: 'legacy-logs-2019', expiresInDays: -400 }],
  },
  accessAnalyzers: [],
  configRecorders: [
    { regions: ['eu-central-1'], ...ALL_ON_ALL_RESOURCES, allSupported: false },
    ...(BASELINE_RECORDERS ?? []),
  ],
};

const PROD_WEB: GovernanceState = {
  ...baseline('prod-web'),
  iam: {
    customerPolicies: [
      { name: 'WebDeploy', document: allow(['s3:PutObject', 'cloudfront:CreateInvalidation']) },
      { name: 'LegacyFullAccess', document: FULL_ADMIN_DOCUMENT },
    ],
    groups: [{ name: 'web-deployers', members: ['bob'], attachedPolicies: ['WebDeploy'] }],
    userPolicies: [{ user: 'deployer', attachedPolicies: ['AdministratorAccess'] }],
    roles: [
      ORGANIZATION_ACCESS_ROLE,
      { name: 'legacy-ops', attachedPolicies: ['LegacyFullAccess'] },
      { name: 'ops-console', attachedPolicies: ['AWSCloudShellFullAccess', 'ReadOnlyAccess'] },
    ],
    serverCertificates: [{ name: 'www-demo-corp-2026', expiresInDays: 200 }],
  },
  configRecorders: [
    { regions: ['ap-northeast-3'], ...ALL_ON_ALL_RESOURCES, recording: false },
    ...(BASELINE_RECORDERS ?? []),
  ],
};

const PROD_DATA: GovernanceState = {
  ...baseline('prod-data'),
  iam: {
    customerPolicies: [{ name: 'EtlPipeline', document: allow(['s3:GetObject', 's3:PutObject', 'glue:*']) }],
    groups: [
      { name: 'etl-admins', members: ['etl'], attachedPolicies: ['EtlPipeline', 'IAMFullAccess'] },
      { name: 'analysts', members: ['carol'], attachedPolicies: ['ReadOnlyAccess'] },
    ],
    roles: [ORGANIZATION_ACCESS_ROLE, SUPPORT_ROLE],
  },
};

const DEV_SANDBOX: GovernanceState = {
  iam: {
    customerPolicies: [{ name: 'AllAccessDraft', document: FULL_ADMIN_DOCUMENT }],
    roles: [{ name: 'sandbox-developer', attachedPolicies: ['PowerUserAccess'] }],
  },
  accessAnalyzers: [{ name: 'external-access', type: 'ACCOUNT', regions: ['us-east-1'] }],
  configRecorders: [{ regions: ['us-east-1'], ...ALL_ON_ALL_RESOURCES }],
};

const SHARED_SERVICES: GovernanceState = {
  ...baseline('shared-services'),
  iam: { roles: [ORGANIZATION_ACCESS_ROLE, SUPPORT_ROLE], rootMfaDevice: 'virtual' },
  accessAnalyzers: [{ name: 'unused-access', type: 'ACCOUNT_UNUSED_ACCESS', regions: 'all' }],
  configRecorders: [
    { regions: ['us-west-1'], ...ALL_ON_ALL_RESOURCES, lastStatus: 'Failure' },
    { regions: 'all', ...ALL_ON_ALL_RESOURCES },
  ],
  securityHubRegions: DEFAULT_REGIONS.filter((region) => region !== 'eu-north-1'),
};

/** The demo organization's governance state of one account (undefined: nothing configured). */
export function demoGovernanceState(accountId: string): GovernanceState | undefined {
  const byAccount: Readonly<Record<string, GovernanceState>> = {
    [DEMO_ACCOUNTS.management]: MANAGEMENT,
    [DEMO_ACCOUNTS.securityTooling]: SECURITY_TOOLING,
    [DEMO_ACCOUNTS.logArchive]: LOG_ARCHIVE,
    [DEMO_ACCOUNTS.prodWeb]: PROD_WEB,
    [DEMO_ACCOUNTS.prodData]: PROD_DATA,
    [DEMO_ACCOUNTS.devSandbox]: DEV_SANDBOX,
    [DEMO_ACCOUNTS.sharedServices]: SHARED_SERVICES,
  };
  return byAccount[accountId];
}
