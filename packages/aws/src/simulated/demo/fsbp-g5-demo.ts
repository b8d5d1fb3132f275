import { DEMO_ACCOUNTS } from '../demo-org.js';
import type { AccountServices } from '../state/account-services.js';
import type { GuarddutyState } from '../state/guardduty-state.js';
import type { SecretsmanagerState } from '../state/secretsmanager-state.js';

/**
 * What the demo organization plants for the FSBP checks of group g5 that have services of their own
 * (GuardDuty, Secrets Manager). Every other account and region is fresh: GuardDuty never enabled, so guardduty-detector-enabled
 * fails each region there while the protection checks have no detector to judge.
 * - security-tooling (where an organization would delegate GuardDuty): in us-east-1 a detector with every
 *   protection plan and Runtime Monitoring managing the EKS, ECS Fargate and EC2 agents; in eu-west-1 one
 *   with S3 Protection, EKS Audit Log Monitoring and Runtime Monitoring managing only the EKS add-on
 * - management: a suspended detector in us-east-1 with no protection plan
 * - prod-data, in us-east-1: database credentials rotated every 30 days and read daily; a legacy API token
 *   without rotation, created 400 days ago and last read 200 days ago; a secret whose 7-day rotation has
 *   been failing since its last rotation 40 days ago
 */
const ALL_PROTECTIONS: GuarddutyState = {
  detectors: [
    {
      region: 'us-east-1',
      id: '12abc34d567e8fa901bc2d34e56789f0',
      features: {
        S3_DATA_EVENTS: { status: 'ENABLED' },
        EKS_AUDIT_LOGS: { status: 'ENABLED' },
        EBS_MALWARE_PROTECTION: { status: 'ENABLED' },
        RDS_LOGIN_EVENTS: { status: 'ENABLED' },
        LAMBDA_NETWORK_LOGS: { status: 'ENABLED' },
        RUNTIME_MONITORING: {
          status: 'ENABLED',
          additional: {
            EKS_ADDON_MANAGEMENT: 'ENABLED',
            ECS_FARGATE_AGENT_MANAGEMENT: 'ENABLED',
            EC2_AGENT_MANAGEMENT: 'ENABLED',
          },
        },
      },
    },
    {
      region: 'eu-west-1',
      id: '98fed76c543b2a109fe8d76c54321b0a',
      features: {
        S3_DATA_EVENTS: { status: 'ENABLED' },
        EKS_AUDIT_LOGS: { status: 'ENABLED' },
        RUNTIME_MONITORING: {
          status: 'ENABLED',
          additional: {
            EKS_ADDON_MANAGEMENT: 'ENABLED',
            ECS_FARGATE_AGENT_MANAGEMENT: 'DISABLED',
            EC2_AGENT_MANAGEMENT: 'DISABLED',
          },
        },
      },
    },
  ],
};

const SUSPENDED: GuarddutyState = {
  detectors: [{ region: 'us-east-1', id: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', status: 'DISABLED' }],
};

const PROD_DATA_SECRETS: SecretsmanagerState = {
  secrets: [
    {
      region: 'us-east-1',
      name: 'prod-data/warehouse-credentials',
      createdDaysAgo: 300,
      rotationDays: 30,
      lastRotatedDaysAgo: 12,
      lastAccessedDaysAgo: 0,
    },
    {
      region: 'us-east-1',
      name: 'prod-data/legacy-api-token',
      createdDaysAgo: 400,
      lastAccessedDaysAgo: 200,
    },
    {
      region: 'us-east-1',
      name: 'prod-data/replica-credentials',
      createdDaysAgo: 200,
      rotationDays: 7,
      lastRotatedDaysAgo: 40,
      lastAccessedDaysAgo: 2,
    },
  ],
};

export function demoFsbpG5Services(accountId: string): Pick<AccountServices, 'guardduty' | 'secretsmanager'> {
  const guardduty: Readonly<Record<string, GuarddutyState>> = {
    [DEMO_ACCOUNTS.securityTooling]: ALL_PROTECTIONS,
    [DEMO_ACCOUNTS.management]: SUSPENDED,
  };
  const secretsmanager: Readonly<Record<string, SecretsmanagerState>> = {
    [DEMO_ACCOUNTS.prodData]: PROD_DATA_SECRETS,
  };
  return { guardduty: guardduty[accountId], secretsmanager: secretsmanager[accountId] };
}
