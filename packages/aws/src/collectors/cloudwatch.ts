import { DescribeAlarmsCommand, type DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchMetricAlarm } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** Metric alarms of the region; composite alarms are left out (they watch alarms, not metric filters). */
export const cloudWatchAlarmsCollector: RegionalCollector<'cloudwatch.alarms'> = {
  slice: 'cloudwatch.alarms',
  async collect({ api, region }) {
    const pages = await allPages<DescribeAlarmsOutput>(
      (NextToken) =>
        api.call(region, 'cloudwatch', new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], NextToken })),
      (page) => page.NextToken,
    );
    return pages.flatMap((page) =>
      (page.MetricAlarms ?? []).map(
        (alarm): CloudWatchMetricAlarm => ({
          arn: alarm.AlarmArn ?? '',
          name: alarm.AlarmName ?? '',
          metricName: alarm.MetricName ?? null,
          namespace: alarm.Namespace ?? null,
          actionsEnabled: alarm.ActionsEnabled ?? false,
          alarmActions: alarm.AlarmActions ?? [],
          state: alarm.StateValue ?? null,
        }),
      ),
    );
  },
};
