import { regionCatalog } from './aws-regions.js';
import { demoDataState } from './demo/data-demo.js';
import { demoFsbpG1AutoscalingState, demoFsbpG1SsmState, demoFsbpG1State } from './demo/fsbp-g1-demo.js';
import { demoFsbpG2Services } from './demo/fsbp-g2-demo.js';
import { demoFsbpG3Services } from './demo/fsbp-g3-demo.js';
import { demoFsbpG4Services } from './demo/fsbp-g4-demo.js';
import { demoFsbpG5Services } from './demo/fsbp-g5-demo.js';
import { demoFsbpG6Services } from './demo/fsbp-g6-demo.js';
import { demoFsbpG7Services } from './demo/fsbp-g7-demo.js';
import { demoFsbpG8Services } from './demo/fsbp-g8-demo.js';
import { demoGovernanceState } from './demo/governance-demo.js';
import { demoLoggingState } from './demo/logging-demo.js';
import { demoNetworkState } from './demo/network-demo.js';
import type { SimulatedAccount, SimulatedOrg } from './org-description.js';

/** Ids of the built-in demo organization, for docs and tests that talk about specific accounts. */
export const DEMO_ACCOUNTS = {
  management: '111111111111',
  securityTooling: '222222222222',
  logArchive: '333333333333',
  prodWeb: '444444444444',
  prodData: '555555555555',
  devSandbox: '666666666666',
  devExperiments: '777777777777',
  retiredApp: '888888888888',
  sharedServices: '999999999999',
} as const;

const STRONG_POLICY = {
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
};

const HEALTHY_ROOT = { mfa: true, activeAccessKeys: 0, passwordLastUsedDaysAgo: 400 };

function account(
  id: string,
  name: string,
  parentId: string,
  iam: Partial<SimulatedAccount['iam']>,
  extra: Partial<Omit<SimulatedAccount, 'iam'>> = {},
): SimulatedAccount {
  const services = {
    logging: demoLoggingState(id),
    network: demoNetworkState(id),
    data: demoDataState(id),
    governance: demoGovernanceState(id),
    ec2: demoFsbpG1State(id),
    autoscaling: demoFsbpG1AutoscalingState(id),
    ssm: demoFsbpG1SsmState(id),
    ...demoFsbpG3Services(id),
    ...demoFsbpG5Services(id),
    ...demoFsbpG2Services(id),
    ...demoFsbpG4Services(id),
    ...demoFsbpG6Services(id),
    ...demoFsbpG7Services(id),
    ...demoFsbpG8Services(id),
  };
  return {
    id,
    name,
    email: `aws+${name}@demo-corp.example`,
    state: 'ACTIVE',
    parentId,
    joinedDaysAgo: 900,
    roleAssumable: true,
    optInRegionsEnabled: [],
    scpDeniedRegions: [],
    iam: { root: HEALTHY_ROOT, passwordPolicy: STRONG_POLICY, users: [], ...iam },
    services: Object.fromEntries(Object.entries(services).filter(([, state]) => state !== undefined)),
    ...extra,
  };
}

/**
 * The built-in demo organization: 9 accounts in nested OUs with a mixed, deliberate posture, so a scan
 * without any AWS account shows every status. What each account plants:
 * - management: everything compliant (one console user with MFA and a fresh key)
 * - security-tooling: compliant, no IAM users
 * - log-archive: no password policy
 * - prod-web: a root access key; a console user without MFA
 * - prod-data: a key 200 days old unused for 100 days; a console password unused for 60 days
 * - dev-sandbox: root without MFA; weak password policy; sa-east-1 denied by an SCP; eu-south-1 opted in;
 *   a personal free-mail root e-mail address
 * - dev-experiments: the scanning role cannot be assumed
 * - retired-app: SUSPENDED
 * - shared-services: a credential report without the root row
 */
export function demoOrganization(): SimulatedOrg {
  const rootId = 'r-demo1';
  const ou = {
    security: 'ou-demo1-security1',
    workloads: 'ou-demo1-workload1',
    production: 'ou-demo1-producti1',
    development: 'ou-demo1-developm1',
    suspended: 'ou-demo1-suspende1',
  };
  return {
    organizationId: 'o-demo123456',
    managementAccountId: DEMO_ACCOUNTS.management,
    rootId,
    memberRoleName: 'OrgScanReadOnly',
    externalId: 'orgscan-demo-external-id',
    regions: regionCatalog(),
    organizationalUnits: [
      { id: ou.security, name: 'Security', parentId: rootId },
      { id: ou.workloads, name: 'Workloads', parentId: rootId },
      { id: ou.production, name: 'Production', parentId: ou.workloads },
      { id: ou.development, name: 'Development', parentId: ou.workloads },
      { id: ou.suspended, name: 'Suspended', parentId: rootId },
    ],
    accounts: [
      account(DEMO_ACCOUNTS.management, 'management', rootId, {
        users: [
          {
            name: 'alice',
            createdDaysAgo: 700,
            console: true,
            mfa: true,
            passwordLastUsedDaysAgo: 2,
            accessKeys: [{ active: true, ageDays: 30, lastUsedDaysAgo: 1 }],
          },
        ],
      }),
      account(DEMO_ACCOUNTS.securityTooling, 'security-tooling', ou.security, {}),
      account(DEMO_ACCOUNTS.logArchive, 'log-archive', ou.security, {
        passwordPolicy: null,
        users: [
          {
            name: 'log-reader',
            createdDaysAgo: 300,
            console: false,
            mfa: false,
            passwordLastUsedDaysAgo: null,
            accessKeys: [{ active: true, ageDays: 10, lastUsedDaysAgo: 1 }],
          },
        ],
      }),
      account(DEMO_ACCOUNTS.prodWeb, 'prod-web', ou.production, {
        root: { ...HEALTHY_ROOT, activeAccessKeys: 1 },
        users: [
          {
            name: 'deployer',
            createdDaysAgo: 400,
            console: true,
            mfa: false,
            passwordLastUsedDaysAgo: 5,
            accessKeys: [],
          },
          {
            name: 'bob',
            createdDaysAgo: 100,
            console: true,
            mfa: true,
            passwordLastUsedDaysAgo: 1,
            accessKeys: [],
          },
        ],
      }),
      account(DEMO_ACCOUNTS.prodData, 'prod-data', ou.production, {
        users: [
          {
            name: 'etl',
            createdDaysAgo: 800,
            console: false,
            mfa: false,
            passwordLastUsedDaysAgo: null,
            accessKeys: [
              { active: true, ageDays: 200, lastUsedDaysAgo: 100 },
              { active: false, ageDays: 900, lastUsedDaysAgo: null },
            ],
          },
          {
            name: 'carol',
            createdDaysAgo: 500,
            console: true,
            mfa: true,
            passwordLastUsedDaysAgo: 60,
            accessKeys: [],
          },
        ],
      }),
      account(
        DEMO_ACCOUNTS.devSandbox,
        'dev-sandbox',
        ou.development,
        {
          root: { ...HEALTHY_ROOT, mfa: false, passwordLastUsedDaysAgo: 3 },
          passwordPolicy: { minimumPasswordLength: 8, passwordReusePrevention: 5 },
        },
        {
          email: 'jane.doe@gmail.com',
          scpDeniedRegions: ['sa-east-1'],
          optInRegionsEnabled: ['eu-south-1'],
        },
      ),
      account(DEMO_ACCOUNTS.devExperiments, 'dev-experiments', ou.development, {}, { roleAssumable: false }),
      account(DEMO_ACCOUNTS.retiredApp, 'retired-app', ou.suspended, {}, { state: 'SUSPENDED' }),
      account(DEMO_ACCOUNTS.sharedServices, 'shared-services', ou.workloads, {
        root: { ...HEALTHY_ROOT, inCredentialReport: false },
      }),
    ],
  };
}
