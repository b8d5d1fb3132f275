import { CIS_METRIC_FILTERS } from '@orgscan/checks';
import type { LoggingState, SimulatedLogGroup, SimulatedMetricAlarm } from '../state/logging-state.js';

/**
 * The demo organization's logging and monitoring. The story: the management account runs an organization
 * trail with every CIS metric filter, yet its monitoring is not finished, so members get no credit from it;
 * security-tooling runs its own complete monitoring; some accounts keep trails of their own.
 *
 * - management: organization trail `org-trail` (us-east-1): multi-region, logging, validated, KMS-encrypted,
 *   delivering to log group `org-trail-events`, but it leaves RDS Data API events out of the management
 *   events (CIS 4.1 wants them all) and records S3 object events only for the audit buckets (not all
 *   buckets, CIS 4.8/4.9). Its log group has no subscription. All 15 CIS metric filters exist, several
 *   written differently from the benchmark, with these gaps: the 5.1 filter misses AccessDenied errors, 5.2
 *   has no alarm, the 5.4 alarm has its actions disabled, and every other alarm notifies
 *   `org-security-alerts`, whose only subscription was never confirmed. A billing alarm reaches a confirmed
 *   `billing-alerts` topic.
 * - security-tooling: its own multi-region trail `security-trail` (eu-west-1) with a complete chain for all
 *   15 controls (filters in many styles, alarms, `security-alerts` topic with two confirmed subscribers,
 *   open to the organization only) and a subscription streaming the log group to a SIEM forwarder.
 * - prod-web: an SNS topic `public-alerts` anyone may publish to; `deploy-events` limited to its account.
 * - prod-data: a multi-region `data-events-trail` for S3 object reads and writes of every bucket, without
 *   management events, KMS or CloudWatch Logs.
 * - dev-sandbox: a single-region `sandbox-trail` in us-west-2 without validation, KMS or CloudWatch Logs.
 * - shared-services: a multi-region `shared-trail` (us-east-2) of write events only (management and S3
 *   objects) whose CloudWatch Logs delivery stopped three days ago.
 * - log-archive: nothing of its own; every trail above delivers to its bucket `orgscan-demo-org-trail-logs`.
 */
export function demoLoggingState(accountId: string): LoggingState | undefined {
  return DEMO_LOGGING[accountId];
}

const MANAGEMENT = '111111111111';
/** log-archive's bucket (data-demo.ts): every trail of the organization delivers there. */
const CENTRAL_TRAIL_BUCKET = 'orgscan-demo-org-trail-logs';
const SECURITY_TOOLING = '222222222222';

const recommended = (controlId: string) => {
  const control = CIS_METRIC_FILTERS.find((candidate) => candidate.controlId === controlId);
  if (!control) throw new Error(`no CIS metric filter ${controlId}`);
  return control.recommendedPattern;
};

const METRIC_NAMES: Record<string, string> = {
  '5.1': 'UnauthorizedAPICalls',
  '5.2': 'ConsoleSigninWithoutMFA',
  '5.3': 'RootAccountUsage',
  '5.4': 'IAMPolicyChanges',
  '5.5': 'CloudTrailConfigChanges',
  '5.6': 'ConsoleAuthenticationFailures',
  '5.7': 'CMKDisableOrDeletion',
  '5.8': 'S3BucketPolicyChanges',
  '5.9': 'AWSConfigChanges',
  '5.10': 'SecurityGroupChanges',
  '5.11': 'NACLChanges',
  '5.12': 'NetworkGatewayChanges',
  '5.13': 'RouteTableChanges',
  '5.14': 'VPCChanges',
  '5.15': 'OrganizationsChanges',
};

interface AlarmPlan {
  readonly topicArn: string;
  /** Controls whose filter has no alarm. */
  readonly withoutAlarm?: readonly string[];
  /** Controls whose alarm has its actions disabled. */
  readonly actionsDisabled?: readonly string[];
}

/** A log group with one metric filter per control, and the alarms on their metrics. */
function cisMonitoring(
  logGroupName: string,
  patterns: Readonly<Record<string, string>>,
  plan: AlarmPlan,
  subscriptionFilters: SimulatedLogGroup['subscriptionFilters'] = [],
): { logGroup: SimulatedLogGroup; alarms: SimulatedMetricAlarm[] } {
  const entries = Object.entries(patterns);
  return {
    logGroup: {
      name: logGroupName,
      subscriptionFilters,
      metricFilters: entries.map(([controlId, pattern]) => ({
        name: `cis-${controlId}-${METRIC_NAMES[controlId]}`,
        pattern,
        metricName: METRIC_NAMES[controlId]!,
        metricNamespace: 'CISBenchmark',
      })),
    },
    alarms: entries
      .filter(([controlId]) => !plan.withoutAlarm?.includes(controlId))
      .map(([controlId]) => ({
        name: `cis-${controlId}-${METRIC_NAMES[controlId]}`,
        metricName: METRIC_NAMES[controlId]!,
        namespace: 'CISBenchmark',
        actionsEnabled: !plan.actionsDisabled?.includes(controlId),
        alarmActions: [plan.topicArn],
        state: 'OK' as const,
      })),
  };
}

/** The organization's filters: mostly the benchmark's patterns, some rewritten, 5.1 narrower than CIS asks. */
const ORG_PATTERNS: Record<string, string> = {
  '5.1':
    '{ ($.errorCode = "*UnauthorizedOperation") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") }',
  '5.2': recommended('5.2'),
  '5.3':
    '{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS && $.eventType != AwsServiceEvent }',
  '5.4': recommended('5.4'),
  '5.5': recommended('5.5'),
  '5.6': '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  '5.7': recommended('5.7'),
  '5.8':
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucket*) || ($.eventName = DeleteBucket*)) }',
  '5.9': recommended('5.9'),
  '5.10': recommended('5.10'),
  '5.11': recommended('5.11'),
  '5.12': recommended('5.12'),
  '5.13':
    '{ ($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ' +
    '($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ' +
    '($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  '5.14': recommended('5.14'),
  '5.15': recommended('5.15'),
};

/** security-tooling's filters: all complete, in the styles people write them (bare values, wildcards, no parentheses). */
const SECURITY_PATTERNS: Record<string, string> = {
  '5.1':
    '{($.eventName!=HeadBucket)&&($.sourceIPAddress!=delivery.logs.amazonaws.com)&&($.errorCode=AccessDenied*||$.errorCode=*UnauthorizedOperation)}',
  '5.2': '{$.additionalEventData.MFAUsed!=Yes&&$.eventName=ConsoleLogin}',
  '5.3': recommended('5.3'),
  '5.4': '{ ($.eventName = "*Policy") || ($.eventName = "*PolicyVersion") }',
  '5.5': '{ $.eventName = StopLogging || $.eventName = StartLogging || $.eventName = *Trail }',
  '5.6': recommended('5.6'),
  '5.7': '{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }',
  '5.8': recommended('5.8'),
  '5.9': '{ ($.eventSource = config.amazonaws.com) }',
  '5.10':
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ' +
    '($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ' +
    '($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  '5.11': '{ $.eventName = *NetworkAcl* }',
  '5.12': '{ $.eventName = *CustomerGateway || $.eventName = *InternetGateway }',
  '5.13': recommended('5.13'),
  '5.14':
    '{ $.eventName = *Vpc || $.eventName = *VpcAttribute || $.eventName = *VpcPeeringConnection || $.eventName = *VpcClassicLink }',
  '5.15': '{ $.eventSource = organizations.amazonaws.com }',
};

const orgMonitoring = cisMonitoring('org-trail-events', ORG_PATTERNS, {
  topicArn: `arn:aws:sns:us-east-1:${MANAGEMENT}:org-security-alerts`,
  withoutAlarm: ['5.2'],
  actionsDisabled: ['5.4'],
});

const securityMonitoring = cisMonitoring(
  'security-trail-events',
  SECURITY_PATTERNS,
  { topicArn: `arn:aws:sns:eu-west-1:${SECURITY_TOOLING}:security-alerts` },
  [
    {
      name: 'to-siem',
      destinationArn: `arn:aws:lambda:eu-west-1:${SECURITY_TOOLING}:function:siem-forwarder`,
    },
  ],
);

const DEMO_LOGGING: Readonly<Record<string, LoggingState>> = {
  [MANAGEMENT]: {
    regions: {
      'us-east-1': {
        trails: [
          {
            name: 'org-trail',
            multiRegion: true,
            organization: true,
            logging: true,
            s3BucketName: CENTRAL_TRAIL_BUCKET,
            kmsKeyId: `arn:aws:kms:us-east-1:${MANAGEMENT}:key/5f0c1a2b-0000-4000-8000-000000000001`,
            logFileValidation: true,
            cloudWatchLogsLogGroup: 'org-trail-events',
            cloudWatchLogsDeliveredHoursAgo: 1,
            advancedEventSelectors: [
              {
                name: 'Management events without the RDS Data API',
                fieldSelectors: [
                  { field: 'eventCategory', equals: ['Management'] },
                  { field: 'eventSource', notEquals: ['rdsdata.amazonaws.com'] },
                ],
              },
              {
                name: 'Objects of the audit buckets',
                fieldSelectors: [
                  { field: 'eventCategory', equals: ['Data'] },
                  { field: 'resources.type', equals: ['AWS::S3::Object'] },
                  { field: 'resources.ARN', startsWith: ['arn:aws:s3:::demo-corp-audit-'] },
                ],
              },
            ],
          },
        ],
        logGroups: [orgMonitoring.logGroup],
        alarms: [
          ...orgMonitoring.alarms,
          {
            name: 'estimated-charges',
            metricName: 'EstimatedCharges',
            namespace: 'AWS/Billing',
            actionsEnabled: true,
            alarmActions: [`arn:aws:sns:us-east-1:${MANAGEMENT}:billing-alerts`],
            state: 'OK',
          },
        ],
        topics: [
          { name: 'org-security-alerts', subscriptionsConfirmed: 0, subscriptionsPending: 1 },
          { name: 'billing-alerts', subscriptionsConfirmed: 1, subscriptionsPending: 0 },
        ],
      },
    },
  },
  [SECURITY_TOOLING]: {
    regions: {
      'eu-west-1': {
        trails: [
          {
            name: 'security-trail',
            multiRegion: true,
            organization: false,
            logging: true,
            s3BucketName: CENTRAL_TRAIL_BUCKET,
            kmsKeyId: `arn:aws:kms:eu-west-1:${SECURITY_TOOLING}:key/5f0c1a2b-0000-4000-8000-000000000002`,
            logFileValidation: true,
            cloudWatchLogsLogGroup: 'security-trail-events',
            cloudWatchLogsDeliveredHoursAgo: 2,
          },
        ],
        logGroups: [securityMonitoring.logGroup],
        alarms: securityMonitoring.alarms,
        topics: [
          {
            name: 'security-alerts',
            subscriptionsConfirmed: 2,
            subscriptionsPending: 0,
            policy: {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'OrganizationPublishes',
                  Effect: 'Allow',
                  Principal: { AWS: '*' },
                  Action: 'sns:Publish',
                  Resource: `arn:aws:sns:eu-west-1:${SECURITY_TOOLING}:security-alerts`,
                  Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-demo123456' } },
                },
              ],
            },
          },
        ],
      },
    },
  },
  '444444444444': {
    regions: {
      'us-east-1': {
        topics: [
          {
            name: 'public-alerts',
            subscriptionsConfirmed: 1,
            subscriptionsPending: 0,
            policy: {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'AnyonePublishes',
                  Effect: 'Allow',
                  Principal: '*',
                  Action: ['sns:Publish', 'sns:Subscribe'],
                  Resource: 'arn:aws:sns:us-east-1:444444444444:public-alerts',
                },
              ],
            },
          },
          {
            name: 'deploy-events',
            subscriptionsConfirmed: 1,
            subscriptionsPending: 0,
            policy: {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'CodePipelinePublishes',
                  Effect: 'Allow',
                  Principal: { AWS: '*' },
                  Action: 'sns:Publish',
                  Resource: 'arn:aws:sns:us-east-1:444444444444:deploy-events',
                  Condition: { StringEquals: { 'aws:SourceAccount': '444444444444' } },
                },
              ],
            },
          },
        ],
      },
    },
  },
  '555555555555': {
    regions: {
      'us-east-1': {
        trails: [
          {
            name: 'data-events-trail',
            multiRegion: true,
            organization: false,
            logging: true,
            s3BucketName: CENTRAL_TRAIL_BUCKET,
            logFileValidation: true,
            eventSelectors: [
              {
                readWriteType: 'All',
                includeManagementEvents: false,
                dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
              },
            ],
          },
        ],
      },
    },
  },
  '666666666666': {
    regions: {
      'us-west-2': {
        trails: [
          {
            name: 'sandbox-trail',
            multiRegion: false,
            organization: false,
            logging: true,
            s3BucketName: CENTRAL_TRAIL_BUCKET,
            logFileValidation: false,
          },
        ],
      },
    },
  },
  '999999999999': {
    regions: {
      'us-east-2': {
        trails: [
          {
            name: 'shared-trail',
            multiRegion: true,
            organization: false,
            logging: true,
            s3BucketName: CENTRAL_TRAIL_BUCKET,
            kmsKeyId: 'arn:aws:kms:us-east-2:999999999999:key/5f0c1a2b-0000-4000-8000-000000000009',
            logFileValidation: true,
            cloudWatchLogsLogGroup: 'shared-trail-events',
            cloudWatchLogsDeliveredHoursAgo: 72,
            eventSelectors: [
              {
                readWriteType: 'WriteOnly',
                includeManagementEvents: true,
                dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
              },
            ],
          },
        ],
        logGroups: [{ name: 'shared-trail-events', metricFilters: [], subscriptionFilters: [] }],
      },
    },
  },
};
