import { describe, expect, it } from 'vitest';
import { cloudWatchAlarm, evaluate, InventoryBuilder, snsTopic, snsTopicArn } from '../../fixtures/index.js';
import type { CloudWatchMetricAlarm } from '../../inventory/cloudwatch.js';
import type { SnsTopic } from '../../inventory/sns.js';
import { cloudwatchAlarmNotifiesSubscribers } from './cloudwatch-alarm-notifies-subscribers.js';

const judge = (alarms: CloudWatchMetricAlarm[], topics: SnsTopic[] = [snsTopic('security-alerts')]) =>
  evaluate(
    cloudwatchAlarmNotifiesSubscribers,
    new InventoryBuilder()
      .regional('us-east-1', 'cloudwatch.alarms', alarms)
      .regional('us-east-1', 'sns.topics', topics)
      .build(),
  );

describe('cloudwatch-alarm-notifies-subscribers', () => {
  it('passes an alarm whose SNS topic has a confirmed subscription, per alarm', () => {
    const [finding, ...rest] = judge([cloudWatchAlarm('root-usage')]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: 'PASS',
      resourceId: 'arn:aws:cloudwatch:us-east-1:111111111111:alarm:root-usage',
      resourceType: 'AwsCloudWatchAlarm',
      evidence: { subscriptionsConfirmed: 1 },
    });
  });

  it('fails an alarm whose topics have only pending subscriptions or do not exist', () => {
    const pending = snsTopic('security-alerts', { subscriptionsConfirmed: 0, subscriptionsPending: 1 });
    expect(judge([cloudWatchAlarm('root-usage')], [pending])).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('security-alerts: 0 confirmed, 1 pending') },
    ]);
    expect(judge([cloudWatchAlarm('root-usage')], [])).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('security-alerts: no such topic') },
    ]);
  });

  it('passes when one of several topics reaches a subscriber', () => {
    const alarm = cloudWatchAlarm('root-usage', {
      alarmActions: [snsTopicArn('silent'), snsTopicArn('security-alerts')],
    });
    const silent = snsTopic('silent', { subscriptionsConfirmed: 0 });
    expect(judge([alarm], [silent, snsTopic('security-alerts')])).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails an alarm with its actions disabled or without actions', () => {
    const findings = judge([
      cloudWatchAlarm('disabled', { actionsEnabled: false }),
      cloudWatchAlarm('silent', { alarmActions: [] }),
    ]);
    expect(findings.map((f) => [f.status, f.message])).toEqual([
      ['FAIL', 'Alarm disabled has its actions disabled: it notifies no one.'],
      ['FAIL', 'Alarm silent has no alarm action: it notifies no one.'],
    ]);
  });

  it('passes an alarm that acts without notifying (Auto Scaling)', () => {
    const scaling = cloudWatchAlarm('cpu-high', {
      alarmActions: [
        'arn:aws:autoscaling:us-east-1:111111111111:scalingPolicy:abc:autoScalingGroupName/web:policyName/up',
      ],
    });
    expect(judge([scaling])).toMatchObject([
      { status: 'PASS', message: expect.stringContaining('acts without notifying') },
    ]);
  });

  it('is an ERROR when the topic belongs to another account or its region could not be read', () => {
    const crossAccount = cloudWatchAlarm('x', {
      alarmActions: [snsTopicArn('alerts', 'us-east-1', '222222222222')],
    });
    expect(judge([crossAccount])).toMatchObject([{ status: 'ERROR', errorCode: 'TopicNotReadable' }]);
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudwatch.alarms', [cloudWatchAlarm('root-usage')])
      .regionalError('us-east-1', 'sns.topics', 'AuthorizationError', 'sns:ListTopics')
      .build();
    expect(evaluate(cloudwatchAlarmNotifiesSubscribers, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AuthorizationError' },
    ]);
  });

  it('passes on the account when it has no metric alarm, and reports unreadable regions as ERROR', () => {
    expect(judge([])).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' },
    ]);
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudwatch.alarms', [])
      .regional('us-east-1', 'sns.topics', [])
      .regionalError('sa-east-1', 'cloudwatch.alarms', 'AccessDenied', 'cloudwatch:DescribeAlarms')
      .build();
    expect(evaluate(cloudwatchAlarmNotifiesSubscribers, inventory)).toMatchObject([
      {
        status: 'ERROR',
        errorCode: 'AccessDenied',
        resourceId: 'arn:aws:account::111111111111:account/sa-east-1',
      },
    ]);
  });
});
