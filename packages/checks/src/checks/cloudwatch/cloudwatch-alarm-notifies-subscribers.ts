import type { CloudWatchMetricAlarm } from '../../inventory/cloudwatch.js';
import { defineCheck, type EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, error, fail, pass } from '../../model/check-result.js';
import { accountRegionResource, type ResourceRef } from '../../model/resource.js';
import { acrossRegions, readAt } from '../cloudtrail/trail-coverage.js';
import { parseSnsTopicArn } from './sns-topic-arn.js';

export const cloudwatchAlarmNotifiesSubscribers = defineCheck({
  id: 'cloudwatch-alarm-notifies-subscribers',
  title: 'Metric alarms notify an SNS topic that someone is subscribed to',
  service: 'cloudwatch',
  severity: 'medium',
  scope: 'global',
  requires: ['cloudwatch.alarms', 'sns.topics'],
  compliance: { 'account-checklist': ['15'] },
  remediation: {
    text:
      'Enable the alarm actions and point them at an SNS topic with a confirmed subscription (confirm the e-mail ' +
      'or endpoint subscription, or subscribe the on-call tool).',
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <alarm> && aws sns subscribe --topic-arn <topic> --protocol email --notification-endpoint <address>',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html',
  },
  evaluate(ctx) {
    const { items, unreadable } = acrossRegions(ctx, 'cloudwatch.alarms');
    const results = items.flatMap(({ value: alarms }) => alarms.map((alarm) => judgeAlarm(ctx, alarm)));
    for (const { region, error: cause } of unreadable) {
      const resource = accountRegionResource(ctx.account.partition, ctx.account.id, region);
      results.push(
        error(
          resource,
          cause.code,
          `Could not read the alarms of ${region}: ${cause.operation} failed with ${cause.code}.`,
        ),
      );
    }
    if (results.length === 0) results.push(pass(ctx.scopeResource, 'The account has no metric alarm.'));
    return results;
  },
});

function judgeAlarm(ctx: EvaluationContext, alarm: CloudWatchMetricAlarm): CheckResult {
  const resource: ResourceRef = { id: alarm.arn, type: 'AwsCloudWatchAlarm' };
  if (!alarm.actionsEnabled)
    return fail(resource, `Alarm ${alarm.name} has its actions disabled: it notifies no one.`);
  if (alarm.alarmActions.length === 0)
    return fail(resource, `Alarm ${alarm.name} has no alarm action: it notifies no one.`);
  const topicActions = alarm.alarmActions.filter((action) => parseSnsTopicArn(action) !== null);
  if (topicActions.length === 0) {
    return pass(resource, `Alarm ${alarm.name} acts without notifying (${alarm.alarmActions.join(', ')}).`);
  }
  const states: string[] = [];
  const unknown: { code: string; why: string }[] = [];
  for (const action of topicActions) {
    const where = parseSnsTopicArn(action)!;
    // Only this account's topics are read: a topic elsewhere cannot be checked for subscribers.
    if (where.accountId !== ctx.account.id) {
      unknown.push({ code: 'TopicNotReadable', why: `${action} belongs to account ${where.accountId}` });
      continue;
    }
    const topics = readAt(ctx, 'sns.topics', where.accountId, where.region);
    if (!topics.ok) {
      unknown.push({
        code: topics.error.code,
        why: `the topics of ${where.region} could not be read (${topics.error.code})`,
      });
      continue;
    }
    const topic = topics.value.find((candidate) => candidate.arn === action);
    if (topic && topic.subscriptionsConfirmed > 0) {
      return pass(
        resource,
        `Alarm ${alarm.name} notifies SNS topic ${topic.name} (${topic.subscriptionsConfirmed} confirmed subscription${topic.subscriptionsConfirmed === 1 ? '' : 's'}).`,
        { topicArn: topic.arn, subscriptionsConfirmed: topic.subscriptionsConfirmed },
      );
    }
    states.push(
      topic
        ? `${topic.name}: ${topic.subscriptionsConfirmed} confirmed, ${topic.subscriptionsPending} pending`
        : `${where.name}: no such topic`,
    );
  }
  const [firstUnknown] = unknown;
  if (firstUnknown) {
    return error(
      resource,
      firstUnknown.code,
      `Could not tell whether alarm ${alarm.name} reaches a subscriber: ${unknown.map((entry) => entry.why).join('; ')}.`,
    );
  }
  return fail(
    resource,
    `Alarm ${alarm.name} notifies no SNS topic with a confirmed subscription (${states.join('; ')}).`,
    {
      topics: topicActions,
    },
  );
}
