import { DEMO_ACCOUNTS } from '@orgscan/aws';
import {
  acct,
  acctRegion,
  DEFAULT_REGIONS,
  type ExpectedFinding,
  SCANNED_ACCOUNTS,
  SCP_DENIED_REGION,
} from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** dev-sandbox also opted in to eu-south-1; an SCP denies it sa-east-1, which is not evaluated. */
const regionsOf = (account: string) =>
  account === devSandbox
    ? [...DEFAULT_REGIONS, 'eu-south-1'].filter((region) => region !== SCP_DENIED_REGION)
    : DEFAULT_REGIONS;

const trail = (account: string, region: string, name: string) =>
  `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;
const alarm = (account: string, region: string, name: string) =>
  `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`;
const topic = (account: string, region: string, name: string) => `arn:aws:sns:${region}:${account}:${name}`;

const ORG_TRAIL = trail(management, 'us-east-1', 'org-trail');
const SECURITY_TRAIL = trail(securityTooling, 'eu-west-1', 'security-trail');
const DATA_TRAIL = trail(prodData, 'us-east-1', 'data-events-trail');
const SANDBOX_TRAIL = trail(devSandbox, 'us-west-2', 'sandbox-trail');
const SHARED_TRAIL = trail(sharedServices, 'us-east-2', 'shared-trail');

/** The CIS 5.1-5.15 checks, in benchmark order. */
const MONITORING_CHECKS = [
  'cloudwatch-unauthorized-api-calls-monitored',
  'cloudwatch-console-signin-without-mfa-monitored',
  'cloudwatch-root-usage-monitored',
  'cloudwatch-iam-policy-changes-monitored',
  'cloudwatch-cloudtrail-changes-monitored',
  'cloudwatch-console-auth-failures-monitored',
  'cloudwatch-cmk-deletion-monitored',
  'cloudwatch-s3-bucket-policy-changes-monitored',
  'cloudwatch-config-changes-monitored',
  'cloudwatch-security-group-changes-monitored',
  'cloudwatch-nacl-changes-monitored',
  'cloudwatch-network-gateway-changes-monitored',
  'cloudwatch-route-table-changes-monitored',
  'cloudwatch-vpc-changes-monitored',
  'cloudwatch-organizations-changes-monitored',
];

/** Checks judged per account: the organization trail's gaps fail everyone but the accounts that do it themselves. */
const ACCOUNT_LEVEL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The organization trail leaves RDS Data API events out; only security-tooling's own trail records all.
  'cloudtrail-multi-region-trail-enabled': { [securityTooling]: 'PASS' },
  // S3 object events of all buckets: prod-data (reads and writes), shared-services (writes only).
  'cloudtrail-s3-object-writes-logged': { [prodData]: 'PASS', [sharedServices]: 'PASS' },
  'cloudtrail-s3-object-reads-logged': { [prodData]: 'PASS' },
  // The organization trail's log group has no subscription; security-tooling streams to its SIEM.
  'logs-cloudtrail-log-group-subscribed': { [securityTooling]: 'PASS' },
  // CIS 5.1-5.15: the organization's chains are all broken (see logging-demo.ts), security-tooling's complete.
  ...Object.fromEntries(MONITORING_CHECKS.map((check) => [check, { [securityTooling]: 'PASS' }])),
};

/**
 * One finding per account; FAIL unless listed. dev-sandbox has no qualifying setup either: its sa-east-1,
 * which an SCP denies, is not evaluated and does not keep the verdict from being reached elsewhere.
 */
const accountLevelRows: ExpectedFinding[] = Object.entries(ACCOUNT_LEVEL).flatMap(([check, passes]) =>
  SCANNED_ACCOUNTS.map((account): ExpectedFinding => {
    const status = passes[account] ?? 'FAIL';
    return [account, check, acct(account), status];
  }),
);

/** Checks judged per trail homed in the account (the organization trail in the management account only). */
const perTrailRows: ExpectedFinding[] = [
  [management, 'cloudtrail-trail-log-validation-enabled', ORG_TRAIL, 'PASS'],
  [securityTooling, 'cloudtrail-trail-log-validation-enabled', SECURITY_TRAIL, 'PASS'],
  [logArchive, 'cloudtrail-trail-log-validation-enabled', acct(logArchive), 'PASS'],
  [prodWeb, 'cloudtrail-trail-log-validation-enabled', acct(prodWeb), 'PASS'],
  [prodData, 'cloudtrail-trail-log-validation-enabled', DATA_TRAIL, 'PASS'],
  [devSandbox, 'cloudtrail-trail-log-validation-enabled', SANDBOX_TRAIL, 'FAIL'],
  [sharedServices, 'cloudtrail-trail-log-validation-enabled', SHARED_TRAIL, 'PASS'],

  [management, 'cloudtrail-trail-kms-encrypted', ORG_TRAIL, 'PASS'],
  [securityTooling, 'cloudtrail-trail-kms-encrypted', SECURITY_TRAIL, 'PASS'],
  [logArchive, 'cloudtrail-trail-kms-encrypted', acct(logArchive), 'PASS'],
  [prodWeb, 'cloudtrail-trail-kms-encrypted', acct(prodWeb), 'PASS'],
  [prodData, 'cloudtrail-trail-kms-encrypted', DATA_TRAIL, 'FAIL'],
  [devSandbox, 'cloudtrail-trail-kms-encrypted', SANDBOX_TRAIL, 'FAIL'],
  [sharedServices, 'cloudtrail-trail-kms-encrypted', SHARED_TRAIL, 'PASS'],

  [management, 'cloudtrail-trail-cloudwatch-logs-delivering', ORG_TRAIL, 'PASS'],
  [securityTooling, 'cloudtrail-trail-cloudwatch-logs-delivering', SECURITY_TRAIL, 'PASS'],
  [logArchive, 'cloudtrail-trail-cloudwatch-logs-delivering', acct(logArchive), 'PASS'],
  [prodWeb, 'cloudtrail-trail-cloudwatch-logs-delivering', acct(prodWeb), 'PASS'],
  [prodData, 'cloudtrail-trail-cloudwatch-logs-delivering', DATA_TRAIL, 'FAIL'],
  [devSandbox, 'cloudtrail-trail-cloudwatch-logs-delivering', SANDBOX_TRAIL, 'FAIL'],
  [sharedServices, 'cloudtrail-trail-cloudwatch-logs-delivering', SHARED_TRAIL, 'FAIL'],
];

/** Alarm names of the demo's CIS metric filters, by control. */
const CIS_ALARMS = [
  'cis-5.1-UnauthorizedAPICalls',
  'cis-5.2-ConsoleSigninWithoutMFA',
  'cis-5.3-RootAccountUsage',
  'cis-5.4-IAMPolicyChanges',
  'cis-5.5-CloudTrailConfigChanges',
  'cis-5.6-ConsoleAuthenticationFailures',
  'cis-5.7-CMKDisableOrDeletion',
  'cis-5.8-S3BucketPolicyChanges',
  'cis-5.9-AWSConfigChanges',
  'cis-5.10-SecurityGroupChanges',
  'cis-5.11-NACLChanges',
  'cis-5.12-NetworkGatewayChanges',
  'cis-5.13-RouteTableChanges',
  'cis-5.14-VPCChanges',
  'cis-5.15-OrganizationsChanges',
];

/** Per metric alarm: the organization's notify an unconfirmed topic (5.2 has none, 5.4's is disabled). */
const alarmRows: ExpectedFinding[] = [
  ...CIS_ALARMS.filter((name) => name !== 'cis-5.2-ConsoleSigninWithoutMFA').map(
    (name): ExpectedFinding => [
      management,
      'cloudwatch-alarm-notifies-subscribers',
      alarm(management, 'us-east-1', name),
      'FAIL',
    ],
  ),
  [
    management,
    'cloudwatch-alarm-notifies-subscribers',
    alarm(management, 'us-east-1', 'estimated-charges'),
    'PASS',
  ],
  ...CIS_ALARMS.map(
    (name): ExpectedFinding => [
      securityTooling,
      'cloudwatch-alarm-notifies-subscribers',
      alarm(securityTooling, 'eu-west-1', name),
      'PASS',
    ],
  ),
  ...[logArchive, prodWeb, prodData, sharedServices, devSandbox].map(
    (account): ExpectedFinding => [account, 'cloudwatch-alarm-notifies-subscribers', acct(account), 'PASS'],
  ),
];

/** SNS topics by account and region; every other scanned region has none (one PASS for the region). */
const TOPICS: Record<string, Record<string, [name: string, status: string][]>> = {
  [management]: {
    'us-east-1': [
      ['org-security-alerts', 'PASS'],
      ['billing-alerts', 'PASS'],
    ],
  },
  [securityTooling]: { 'eu-west-1': [['security-alerts', 'PASS']] },
  [prodWeb]: {
    'us-east-1': [
      ['public-alerts', 'FAIL'],
      ['deploy-events', 'PASS'],
    ],
  },
};

const topicRows: ExpectedFinding[] = SCANNED_ACCOUNTS.flatMap((account) =>
  regionsOf(account).flatMap((region): ExpectedFinding[] => {
    const check = 'sns-topic-policy-not-public';
    const topics = TOPICS[account]?.[region];
    if (!topics) return [[account, check, acctRegion(account, region), 'PASS']];
    return topics.map(
      ([name, status]): ExpectedFinding => [account, check, topic(account, region, name), status],
    );
  }),
);

/** Checks on CloudTrail, CloudWatch Logs metric filters and alarms, SNS: the demo organization's planted posture, written out by hand. */
export const EXPECTED_LOGGING: ExpectedFinding[] = [
  ...accountLevelRows,
  ...perTrailRows,
  ...alarmRows,
  ...topicRows,
];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_LOGGING. */
export const LOGGING_CHECKS: string[] = [
  ...Object.keys(ACCOUNT_LEVEL),
  'cloudtrail-trail-log-validation-enabled',
  'cloudtrail-trail-kms-encrypted',
  'cloudtrail-trail-cloudwatch-logs-delivering',
  'cloudwatch-alarm-notifies-subscribers',
  'sns-topic-policy-not-public',
];
