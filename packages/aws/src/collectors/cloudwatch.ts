import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchMetricAlarm } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** Metric alarms of the region; composite alarms are left out (they watch alarms, not metric filters). */
export const cloudWatchAlarmsCollector: RegionalCollector<'cloudwatch.alarms'> = {
  slice: 'cloudwatch.alarms',
  collect: ({ api, region }) =>
    collectList({
      listPage: (NextToken) =>
        api.call(region, 'cloudwatch', new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], NextToken })),
      nextToken: (page) => page.NextToken,
      items: (page) => page.MetricAlarms,
      entry: (alarm): CloudWatchMetricAlarm => ({
        arn: alarm.AlarmArn ?? '',
        name: alarm.AlarmName ?? '',
        metricName: alarm.MetricName ?? null,
        namespace: alarm.Namespace ?? null,
        actionsEnabled: alarm.ActionsEnabled ?? false,
        alarmActions: alarm.AlarmActions ?? [],
        state: alarm.StateValue ?? null,
      }),
    }),
};
