import { CIS_METRIC_FILTERS, judgeFilterPattern } from '@orgscan/checks';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { cloudTrailTrailsCollector } from '../../collectors/cloudtrail.js';
import { cloudWatchAlarmsCollector } from '../../collectors/cloudwatch.js';
import { logsMetricFiltersCollector, logsSubscriptionFiltersCollector } from '../../collectors/logs.js';
import { snsTopicsCollector } from '../../collectors/sns.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoLoggingState } from '../demo/logging-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type LoggingState, LoggingStateSchema } from '../state/logging-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(logging?: LoggingState, id = ACCOUNT_ID): SimulatedAccount {
  const template = ORG.accounts[1]!;
  return { ...template, id, services: logging ? { logging } : {} };
}

/** Calls one handler as `account` in `region` with the SDK input. */
function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

const trail = (name: string, fields: object = {}) => ({
  name,
  multiRegion: true,
  organization: false,
  logging: true,
  s3BucketName: 'bucket',
  logFileValidation: true,
  ...fields,
});

const demoAccount = (accountId: string) => openSimulatedMemberAccount(ORG, accountId, NOW);

describe('simulated logging services: an account nobody configured', () => {
  it('has no trail, no metric filter, no alarm and no topic', () => {
    // (With shadow trails, every member of the demo organization also sees the organization trail.)
    expect(call('cloudtrail:DescribeTrails', { includeShadowTrails: false })).toEqual({ trailList: [] });
    expect(call('logs:DescribeMetricFilters', {})).toEqual({ metricFilters: [] });
    expect(call('cloudwatch:DescribeAlarms', {})).toEqual({ MetricAlarms: [], CompositeAlarms: [] });
    expect(call('sns:ListTopics', {})).toEqual({ Topics: [] });
  });

  it('answers lookups of things that do not exist with the AWS error codes', () => {
    expect(() => call('cloudtrail:GetTrailStatus', { Name: 'nope' })).toThrow(
      expect.objectContaining({ name: 'TrailNotFoundException' }),
    );
    expect(() => call('logs:DescribeSubscriptionFilters', { logGroupName: 'nope' })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFoundException' }),
    );
    expect(() =>
      call('sns:GetTopicAttributes', { TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT_ID}:nope` }),
    ).toThrow(expect.objectContaining({ name: 'NotFoundException' }));
  });
});

describe('simulated CloudTrail', () => {
  const account = caller({
    regions: {
      'eu-west-1': { trails: [trail('multi'), trail('local', { multiRegion: false })] },
    },
  });

  it('shows trails in their home region, and multi-region ones elsewhere only as shadow trails', () => {
    const names = (region: string, includeShadowTrails?: boolean) =>
      call(
        'cloudtrail:DescribeTrails',
        includeShadowTrails === undefined ? {} : { includeShadowTrails },
        account,
        region,
      ).trailList.map((t: { Name: string; HomeRegion: string }) => `${t.Name}@${t.HomeRegion}`);
    expect(names('eu-west-1', false)).toEqual(['multi@eu-west-1', 'local@eu-west-1']);
    expect(names('us-east-1', false)).toEqual([]);
    expect(names('us-east-1')).toEqual(['multi@eu-west-1', 'org-trail@us-east-1']);
  });

  it("shows a member the management account's organization trail only as a shadow trail", () => {
    const member = caller(undefined, DEMO_ACCOUNTS.logArchive);
    expect(call('cloudtrail:DescribeTrails', { includeShadowTrails: false }, member).trailList).toEqual([]);
    expect(call('cloudtrail:DescribeTrails', {}, member, 'ap-south-1').trailList).toMatchObject([
      { Name: 'org-trail', IsOrganizationTrail: true, HomeRegion: 'us-east-1' },
    ]);
  });

  it('answers status and the default selectors by name in the home region or by ARN anywhere', () => {
    const arn = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT_ID}:trail/multi`;
    expect(call('cloudtrail:GetTrailStatus', { Name: 'multi' }, account, 'eu-west-1')).toMatchObject({
      IsLogging: true,
    });
    expect(call('cloudtrail:GetTrailStatus', { Name: arn }, account, 'us-east-1')).toMatchObject({
      IsLogging: true,
    });
    expect(() => call('cloudtrail:GetTrailStatus', { Name: 'multi' }, account, 'us-east-1')).toThrow();
    expect(call('cloudtrail:GetEventSelectors', { TrailName: arn }, account, 'eu-west-1')).toEqual({
      TrailARN: arn,
      EventSelectors: [
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: true,
          ExcludeManagementEventSources: [],
          DataResources: [],
        },
      ],
    });
  });
});

describe('simulated CloudWatch Logs, CloudWatch and SNS paging', () => {
  const many = caller({
    regions: {
      'us-east-1': {
        logGroups: [
          {
            name: 'g',
            metricFilters: Array.from({ length: 60 }, (_, index) => ({
              name: `f${index}`,
              pattern: '{ $.a = b }',
              metricName: `m${index}`,
              metricNamespace: 'N',
            })),
            subscriptionFilters: [],
          },
        ],
        alarms: Array.from({ length: 55 }, (_, index) => ({
          name: `a${index}`,
          metricName: 'm',
          namespace: 'N',
          actionsEnabled: true,
          alarmActions: [],
          state: 'OK' as const,
        })),
        topics: Array.from({ length: 120 }, (_, index) => ({
          name: `t${index}`,
          subscriptionsConfirmed: 0,
          subscriptionsPending: 0,
        })),
      },
    },
  });

  it('pages metric filters, alarms and topics the way AWS does', () => {
    const first = call('logs:DescribeMetricFilters', {}, many);
    expect(first.metricFilters).toHaveLength(50);
    expect(
      call('logs:DescribeMetricFilters', { nextToken: first.nextToken }, many).metricFilters,
    ).toHaveLength(10);
    const alarms = call('cloudwatch:DescribeAlarms', { AlarmTypes: ['MetricAlarm'] }, many);
    expect(alarms.MetricAlarms).toHaveLength(50);
    expect(
      call('cloudwatch:DescribeAlarms', { NextToken: alarms.NextToken }, many).MetricAlarms,
    ).toHaveLength(5);
    expect(call('cloudwatch:DescribeAlarms', { AlarmTypes: ['CompositeAlarm'] }, many).MetricAlarms).toEqual(
      [],
    );
    const topics = call('sns:ListTopics', {}, many);
    expect(topics.Topics).toHaveLength(100);
    expect(call('sns:ListTopics', { NextToken: topics.NextToken }, many).Topics).toHaveLength(20);
  });

  it('gives a topic without a policy the default one, limited to the owner account', () => {
    const attributes = call(
      'sns:GetTopicAttributes',
      { TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT_ID}:t0` },
      many,
    ).Attributes;
    expect(JSON.parse(attributes.Policy).Statement[0].Condition).toEqual({
      StringEquals: { 'AWS:SourceOwner': ACCOUNT_ID },
    });
    expect(attributes).toMatchObject({ SubscriptionsConfirmed: '0', SubscriptionsPending: '0' });
  });
});

describe('the demo organization logging posture', () => {
  it('is valid for the schema, in every account that configures logging', () => {
    for (const account of ORG.accounts) {
      const state = demoLoggingState(account.id);
      if (state) expect([...Value.Errors(LoggingStateSchema, state)], account.name).toEqual([]);
    }
  });

  it('collects through the SDK shapes: the organization trail, its 15 filters and the gaps planted', async () => {
    const { context, stats, close } = await demoAccount(DEMO_ACCOUNTS.management);
    try {
      const ctx = context('us-east-1');
      const [trails, filters, subscriptions, alarms, topics] = await Promise.all([
        cloudTrailTrailsCollector.collect(ctx),
        logsMetricFiltersCollector.collect(ctx),
        logsSubscriptionFiltersCollector.collect(ctx),
        cloudWatchAlarmsCollector.collect(ctx),
        snsTopicsCollector.collect(ctx),
      ]);
      expect(trails).toMatchObject([
        {
          name: 'org-trail',
          isOrganizationTrail: true,
          managementEvents: 'all',
          excludedManagementEventSources: ['rdsdata.amazonaws.com'],
          s3DataEvents: { read: false, write: false },
          latestCloudWatchLogsDeliveryTime: '2026-05-31T23:00:00.000Z',
        },
      ]);
      expect(filters).toHaveLength(15);
      const satisfied = CIS_METRIC_FILTERS.filter((control) =>
        filters.some((filter) => judgeFilterPattern(filter.filterPattern, control).satisfies),
      ).map((control) => control.controlId);
      expect(satisfied).toEqual(CIS_METRIC_FILTERS.map((c) => c.controlId).filter((id) => id !== '5.1'));
      expect(subscriptions).toEqual([
        { logGroupName: 'org-trail-events', logGroupExists: true, filters: [] },
      ]);
      expect(alarms).toHaveLength(15);
      expect(topics.map((topic) => [topic.name, topic.subscriptionsConfirmed])).toEqual([
        ['org-security-alerts', 0],
        ['billing-alerts', 1],
      ]);
      expect(stats.maxSameRequest()).toBe(1);
    } finally {
      close();
    }
  });

  it('gives security-tooling filters that satisfy all 15 controls, written in varied styles', async () => {
    const { context, close } = await demoAccount(DEMO_ACCOUNTS.securityTooling);
    try {
      const filters = await logsMetricFiltersCollector.collect(context('eu-west-1'));
      for (const control of CIS_METRIC_FILTERS) {
        const own = filters.find((filter) => filter.filterName.startsWith(`cis-${control.controlId}-`));
        expect(own && judgeFilterPattern(own.filterPattern, control), control.controlId).toEqual({
          satisfies: true,
        });
      }
    } finally {
      close();
    }
  });
});
