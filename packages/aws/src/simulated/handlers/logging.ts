import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type { RegionLoggingState, SimulatedTopic, SimulatedTrail } from '../state/logging-state.js';
import { page, type SimulatedHandler, type SimulatedRequest } from './handler.js';

/**
 * Simulated operations of CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms,
 * SNS topics: answered from the caller's logging state, in the SDK's output shapes, paged like AWS.
 */

const HOUR_MS = 60 * 60 * 1000;

function regionState(account: SimulatedAccount, region: string): RegionLoggingState {
  return account.services?.logging?.regions[region] ?? {};
}

interface HomedTrail {
  readonly trail: SimulatedTrail;
  readonly owner: SimulatedAccount;
  readonly homeRegion: string;
}

const trailArn = ({ trail, owner, homeRegion }: HomedTrail) =>
  `arn:aws:cloudtrail:${homeRegion}:${owner.id}:trail/${trail.name}`;

function homedTrails(account: SimulatedAccount): HomedTrail[] {
  return Object.entries(account.services?.logging?.regions ?? {}).flatMap(([homeRegion, state]) =>
    (state.trails ?? []).map((trail) => ({ trail, owner: account, homeRegion })),
  );
}

/**
 * The trails DescribeTrails shows in `region`: the caller's trails homed there and, with shadow trails,
 * its multi-region trails homed elsewhere and (in a member) the management account's organization trails.
 */
function visibleTrails(
  { org, caller, region }: SimulatedRequest,
  includeShadowTrails: boolean,
): HomedTrail[] {
  const reaches = (homed: HomedTrail) => homed.homeRegion === region || homed.trail.multiRegion;
  const own = homedTrails(caller).filter(
    (homed) => homed.homeRegion === region || (includeShadowTrails && homed.trail.multiRegion),
  );
  const management = org.accounts.find((account) => account.id === org.managementAccountId);
  const organization =
    includeShadowTrails && management && management.id !== caller.id
      ? homedTrails(management).filter((homed) => homed.trail.organization && reaches(homed))
      : [];
  return [...own, ...organization];
}

/** GetTrailStatus and GetEventSelectors take a trail name (home region) or ARN (any region). */
function findTrail(request: SimulatedRequest, nameOrArn: string | undefined): HomedTrail {
  const found = visibleTrails(request, true).find(
    (homed) =>
      trailArn(homed) === nameOrArn ||
      (homed.trail.name === nameOrArn && homed.homeRegion === request.region),
  );
  if (!found) {
    throw simulatedError(
      'TrailNotFoundException',
      `Unknown trail: ${nameOrArn} for the user: ${request.caller.id}`,
      400,
    );
  }
  return found;
}

function describeTrail(homed: HomedTrail) {
  const { trail, owner, homeRegion } = homed;
  const usesCustomSelectors =
    trail.eventSelectors !== undefined || trail.advancedEventSelectors !== undefined;
  return {
    Name: trail.name,
    S3BucketName: trail.s3BucketName,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: trail.multiRegion,
    HomeRegion: homeRegion,
    TrailARN: trailArn(homed),
    LogFileValidationEnabled: trail.logFileValidation,
    ...(trail.cloudWatchLogsLogGroup
      ? {
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${homeRegion}:${owner.id}:log-group:${trail.cloudWatchLogsLogGroup}:*`,
          CloudWatchLogsRoleArn: `arn:aws:iam::${owner.id}:role/CloudTrailToCloudWatchLogs`,
        }
      : {}),
    ...(trail.kmsKeyId ? { KmsKeyId: trail.kmsKeyId } : {}),
    HasCustomEventSelectors: usesCustomSelectors,
    HasInsightSelectors: false,
    IsOrganizationTrail: trail.organization,
  };
}

function logGroup(request: SimulatedRequest, name: string) {
  const group = (regionState(request.caller, request.region).logGroups ?? []).find((g) => g.name === name);
  if (!group)
    throw simulatedError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
  return group;
}

const topicArn = (account: SimulatedAccount, region: string, topic: SimulatedTopic) =>
  `arn:aws:sns:${region}:${account.id}:${topic.name}`;

/** The policy SNS gives a new topic: every principal, but only on behalf of the owner account. */
function defaultTopicPolicy(arn: string, accountId: string): object {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
      },
    ],
  };
}

export const loggingHandlers: Record<string, SimulatedHandler> = {
  'cloudtrail:DescribeTrails': (request) => ({
    trailList: visibleTrails(request, request.input.includeShadowTrails !== false).map(describeTrail),
  }),

  'cloudtrail:GetTrailStatus': (request) => {
    const { trail } = findTrail(request, request.input.Name);
    const hoursAgo = (hours: number) => new Date(request.now.getTime() - hours * HOUR_MS);
    return {
      IsLogging: trail.logging,
      ...(trail.logging ? { LatestDeliveryTime: hoursAgo(0.1), StartLoggingTime: hoursAgo(24 * 400) } : {}),
      ...(trail.cloudWatchLogsDeliveredHoursAgo !== undefined
        ? { LatestCloudWatchLogsDeliveryTime: hoursAgo(trail.cloudWatchLogsDeliveredHoursAgo) }
        : {}),
    };
  },

  'cloudtrail:GetEventSelectors': (request) => {
    const homed = findTrail(request, request.input.TrailName);
    const { trail } = homed;
    if (trail.advancedEventSelectors) {
      return {
        TrailARN: trailArn(homed),
        AdvancedEventSelectors: trail.advancedEventSelectors.map((selector) => ({
          Name: selector.name,
          FieldSelectors: selector.fieldSelectors.map((field) => ({
            Field: field.field,
            ...(field.equals ? { Equals: field.equals } : {}),
            ...(field.notEquals ? { NotEquals: field.notEquals } : {}),
            ...(field.startsWith ? { StartsWith: field.startsWith } : {}),
          })),
        })),
      };
    }
    const selectors = trail.eventSelectors ?? [{ readWriteType: 'All', includeManagementEvents: true }];
    return {
      TrailARN: trailArn(homed),
      EventSelectors: selectors.map((selector) => ({
        ReadWriteType: selector.readWriteType,
        IncludeManagementEvents: selector.includeManagementEvents,
        ExcludeManagementEventSources: selector.excludeManagementEventSources ?? [],
        DataResources: (selector.dataResources ?? []).map((resource) => ({
          Type: resource.type,
          Values: resource.values,
        })),
      })),
    };
  },

  'logs:DescribeMetricFilters': (request) => {
    const { logGroupName, filterNamePrefix, nextToken, limit } = request.input;
    const groups = logGroupName
      ? [logGroup(request, logGroupName)]
      : (regionState(request.caller, request.region).logGroups ?? []);
    const filters = groups.flatMap((group) =>
      group.metricFilters
        .filter((filter) => !filterNamePrefix || filter.name.startsWith(filterNamePrefix))
        .map((filter) => ({
          filterName: filter.name,
          filterPattern: filter.pattern,
          metricTransformations: [
            { metricName: filter.metricName, metricNamespace: filter.metricNamespace, metricValue: '1' },
          ],
          creationTime: request.now.getTime() - 100 * 24 * HOUR_MS,
          logGroupName: group.name,
        })),
    );
    const { items, next } = page(filters, nextToken, limit ?? 50);
    return { metricFilters: items, ...(next ? { nextToken: next } : {}) };
  },

  'logs:DescribeSubscriptionFilters': (request) => {
    const { logGroupName, nextToken, limit } = request.input;
    const group = logGroup(request, logGroupName);
    const filters = group.subscriptionFilters.map((filter) => ({
      filterName: filter.name,
      logGroupName: group.name,
      filterPattern: '',
      destinationArn: filter.destinationArn,
      distribution: 'ByLogStream',
      creationTime: request.now.getTime() - 100 * 24 * HOUR_MS,
    }));
    const { items, next } = page(filters, nextToken, limit ?? 50);
    return { subscriptionFilters: items, ...(next ? { nextToken: next } : {}) };
  },

  'cloudwatch:DescribeAlarms': (request) => {
    const { AlarmTypes, NextToken, MaxRecords } = request.input;
    // Without AlarmTypes, DescribeAlarms answers metric alarms only.
    const wantsMetricAlarms = !AlarmTypes || AlarmTypes.includes('MetricAlarm');
    const alarms = wantsMetricAlarms ? (regionState(request.caller, request.region).alarms ?? []) : [];
    const { items, next } = page(alarms, NextToken, MaxRecords ?? 50);
    return {
      MetricAlarms: items.map((alarm) => ({
        AlarmName: alarm.name,
        AlarmArn: `arn:aws:cloudwatch:${request.region}:${request.caller.id}:alarm:${alarm.name}`,
        ActionsEnabled: alarm.actionsEnabled,
        OKActions: [],
        AlarmActions: alarm.alarmActions,
        InsufficientDataActions: [],
        StateValue: alarm.state,
        MetricName: alarm.metricName,
        Namespace: alarm.namespace,
        Statistic: 'Sum',
        Dimensions: [],
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      })),
      CompositeAlarms: [],
      ...(next ? { NextToken: next } : {}),
    };
  },

  'sns:ListTopics': (request) => {
    const topics = regionState(request.caller, request.region).topics ?? [];
    const { items, next } = page(topics, request.input.NextToken, 100);
    return {
      Topics: items.map((topic) => ({ TopicArn: topicArn(request.caller, request.region, topic) })),
      ...(next ? { NextToken: next } : {}),
    };
  },

  'sns:GetTopicAttributes': (request) => {
    const arn: string | undefined = request.input.TopicArn;
    const topic = (regionState(request.caller, request.region).topics ?? []).find(
      (candidate) => topicArn(request.caller, request.region, candidate) === arn,
    );
    if (!arn || !topic) throw simulatedError('NotFoundException', 'Topic does not exist', 404);
    return {
      Attributes: {
        TopicArn: arn,
        Owner: request.caller.id,
        Policy: JSON.stringify(topic.policy ?? defaultTopicPolicy(arn, request.caller.id)),
        DisplayName: '',
        SubscriptionsConfirmed: String(topic.subscriptionsConfirmed),
        SubscriptionsPending: String(topic.subscriptionsPending),
        SubscriptionsDeleted: '0',
      },
    };
  },
};
